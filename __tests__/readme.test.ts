import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { parseAction } from '@actions/workflow-parser/actions/action-parser'
import { describe, expect, it } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { actionYml, inputVariable } from './support/inputs.js'

// The README is what a newcomer copies from: its tables, workflows and
// policies must stay true to action.yml and the code. Workflows and
// action.yml are checked with GitHub's own parser (@actions/workflow-parser).
const readme = readFileSync('README.md', 'utf8')
const trace = new NoOperationTraceWriter()
const OUR_ACTION = /\/codepipeline-approval-action@/

function section(heading: string, level = '##', text = readme): string {
  const start = text.indexOf(`\n${level} ${heading}\n`)
  if (start < 0) throw new Error(`README has no "${level} ${heading}" section`)
  const end = text.slice(start + 1).search(new RegExp(`\n#{2,${level.length}} `))
  return text.slice(start, end < 0 ? undefined : start + 1 + end)
}

/** Rows of the first table in a section, as arrays of cell texts. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| input |') && !line.startsWith('| output |'))
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim())
    )
}

/** Fenced blocks of a language, dedented by their fence's indentation (blocks inside list items). */
function codeBlocks(language: string): string[] {
  return [...readme.matchAll(new RegExp('^( *)```' + language + '\\n([\\s\\S]*?)^\\1```', 'gm'))].map((match) =>
    match[2]!.replace(new RegExp(`^${match[1]}`, 'gm'), '')
  )
}

interface Step {
  uses?: string
  with?: Record<string, unknown>
}
interface Job {
  steps: Step[]
  environment?: string
  concurrency?: { group: string; queue?: string; 'cancel-in-progress'?: boolean }
  permissions?: Record<string, string>
  if?: string
}
interface Workflow {
  on: Record<string, unknown>
  permissions: Record<string, string>
  jobs: Record<string, Job>
}

const workflows = codeBlocks('yaml').map((text) => ({ text, workflow: parse(text) as Workflow }))

describe('README', () => {
  it('lists every input of action.yml with its default, and nothing else', () => {
    const rows = tableRows(section('Inputs'))
    const documented = Object.fromEntries(rows.map(([name, fallback]) => [name!.replace(/`/g, ''), fallback!]))
    const expected = Object.fromEntries(
      Object.entries(actionYml.inputs).map(([name, spec]) => [
        name,
        spec.required ? '(required)' : spec.default ? `\`${spec.default}\`` : 'empty'
      ])
    )
    expect(documented).toEqual(expected)
  })

  it('lists every output of action.yml, and nothing else', () => {
    const documented = tableRows(section('Outputs')).map(([name]) => name!.replace(/`/g, ''))
    expect(documented.sort()).toEqual(Object.keys(actionYml.outputs).sort())
  })

  it('has a workflow for each of the five uses', () => {
    expect(workflows.map(({ workflow }) => JSON.stringify(workflow.on))).toEqual([
      '{"issue_comment":{"types":["created"]}}',
      '{"pull_request_target":{"types":["closed"],"branches":["main"]}}',
      '{"pull_request_target":{"types":["labeled","synchronize","reopened"]}}',
      '{"push":{"branches":["main"]}}',
      '{"repository_dispatch":{"types":["codepipeline-approval"]},"schedule":[{"cron":"*/15 * * * *"}],"workflow_dispatch":null}'
    ])
  })

  it('defers early merges and labels to the dispatch workflow, and takes labels off on new commits', () => {
    const [, merge, label] = workflows as [(typeof workflows)[number], (typeof workflows)[number], (typeof workflows)[number]]
    const ours = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => OUR_ACTION.test(step.uses ?? '')))
    expect(ours(merge.workflow).map((step) => step.with?.['when-not-waiting'])).toEqual(['defer'])
    expect(ours(label.workflow).map((step) => step.with?.['when-not-waiting'])).toEqual(['defer', undefined])
    expect(label.workflow.jobs['expire-labels']).toMatchObject({
      if: "github.event.action == 'synchronize' || github.event.action == 'reopened'",
      permissions: { 'pull-requests': 'write' }
    })
  })

  it('gives the dispatch workflow, which decides early merges and labels, the same policy inputs as the merge and label workflows', () => {
    const [, merge, label, , dispatch] = workflows as (typeof workflows)[number][]
    const POLICY = ['approvers', 'approvers-token', 'permission', 'allow-self-approval', 'approve-on-merge', 'approve-label', 'reject-label']
    const policyOf = (workflow: Workflow): Record<string, unknown>[] =>
      Object.values(workflow.jobs)
        .filter((job) => job.steps.some((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@')))
        .flatMap((job) => job.steps.filter((step) => OUR_ACTION.test(step.uses ?? '')))
        .map((step) => Object.fromEntries(Object.entries(step.with ?? {}).filter(([name]) => POLICY.includes(name))))
    expect(Object.keys(dispatch!.workflow.on)).toContain('repository_dispatch')
    const [dispatchPolicy] = policyOf(dispatch!.workflow)
    expect(dispatchPolicy).toHaveProperty('approvers')
    expect(policyOf(merge!.workflow)).toEqual([dispatchPolicy])
    expect(policyOf(label!.workflow)).toEqual([dispatchPolicy])
    expect(section('Tell the pull request when a deployment waits')).toContain('the same policy inputs as the merge and label')
  })

  it.each(workflows.map(({ text, workflow }) => [Object.keys(workflow.on).join(', '), text, workflow] as const))(
    'the %s workflow is valid for GitHub, with OIDC, an environment, a queueing concurrency group per pipeline, and only inputs that exist',
    (_name, text, workflow) => {
      const parsed = parseWorkflow({ name: 'workflow.yml', content: text }, trace)
      expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([])

      expect(workflow.permissions['id-token']).toBe('write')
      // Nothing asks for more than it uses: contents only to read (the pull requests of a commit).
      for (const permissions of [workflow.permissions, ...Object.values(workflow.jobs).map((job) => job.permissions ?? {})]) {
        expect(Object.keys(permissions).every((scope) => ['id-token', 'contents', 'pull-requests', 'statuses'].includes(scope))).toBe(true)
        if (permissions.contents) expect(permissions.contents).toBe('read')
      }
      const withOurs = Object.values(workflow.jobs).filter((job) => job.steps.some((step) => OUR_ACTION.test(step.uses ?? '')))
      const answering = withOurs.filter((job) => job.steps.some((step) => step.uses?.startsWith('aws-actions/configure-aws-credentials@')))
      expect(answering).toHaveLength(1)
      const [job] = answering as [(typeof answering)[number]]
      expect(job.environment).toBe('codepipeline-approval')
      // queue: max keeps every waiting command, in order; GitHub's default cancels all but the newest.
      expect(job.concurrency).toEqual({ group: 'codepipeline-approval-shop-pipeline', queue: 'max', 'cancel-in-progress': false })
      // A job with the action but no AWS step gets no OIDC token.
      for (const other of withOurs.filter((candidate) => candidate !== job)) expect(other.permissions?.['id-token']).toBeUndefined()
      // A job that checks out code asks for contents: read itself, and so gets no id-token.
      for (const other of Object.values(workflow.jobs).filter((candidate) => candidate.steps.some((step) => step.uses?.startsWith('actions/checkout@')))) {
        expect(other.permissions).toEqual({ contents: 'read' })
      }
      const steps = job.steps.map((step) => step.uses ?? '')
      expect(steps.findIndex((uses) => uses.startsWith('aws-actions/configure-aws-credentials@'))).toBeLessThan(
        steps.findIndex((uses) => OUR_ACTION.test(uses))
      )
      // No job that answers the approval checks out code.
      expect(steps.some((uses) => uses.startsWith('actions/checkout@'))).toBe(false)
      for (const ours of withOurs.flatMap((candidate) => candidate.steps.filter((step) => OUR_ACTION.test(step.uses ?? '')))) {
        for (const key of Object.keys(ours.with ?? {})) expect(Object.keys(actionYml.inputs)).toContain(key)
        expect(ours.with?.['pipeline-name']).toBe('shop-pipeline')
      }
    }
  )

  it('fails the workflow check for a concurrency queue GitHub does not know', () => {
    const [{ text }] = workflows as [(typeof workflows)[number]]
    const broken = text.replace('queue: max', 'queue: unlimited')
    expect(broken).not.toBe(text)
    expect(parseWorkflow({ name: 'workflow.yml', content: broken }, trace).context.errors.getErrors()).not.toEqual([])
  })

  it('gives an IAM policy with exactly the CodePipeline calls the action makes, scoped to the pipeline and the approval', () => {
    interface Policy {
      Statement: { Action: string | string[]; Resource?: string; Condition?: unknown }[]
    }
    // The trust policy, the same condition for a repository on immutable subject claims, the permissions policy.
    const blocks = codeBlocks('json').map((text) => JSON.parse(text) as unknown)
    expect(blocks).toHaveLength(3)
    const [trust, idCondition, policy] = blocks as [Policy, unknown, Policy]
    const client = readFileSync('src/codepipeline/client.ts', 'utf8')
    const called = [...client.matchAll(/new (\w+)Command\(/g)].map((match) => `codepipeline:${match[1]}`).sort()
    const granted = policy!.Statement.flatMap((statement) => statement.Action).sort()
    expect(granted).toEqual(called)
    expect(policy!.Statement).toContainEqual(
      expect.objectContaining({
        Action: 'codepipeline:PutApprovalResult',
        Resource: 'arn:aws:codepipeline:us-east-1:123456789012:shop-pipeline/Deploy/Approve'
      })
    )
    const condition = (sub: string): unknown => ({
      StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': sub }
    })
    expect(trust.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
        Action: 'sts:AssumeRoleWithWebIdentity',
        Condition: condition('repo:acme/shop:environment:codepipeline-approval')
      }
    ])
    // repo:OWNER@OWNER_ID/REPO@REPO_ID, the ids the README's gh api commands print.
    expect(idCondition).toEqual(condition('repo:acme@123456/shop@789012:environment:codepipeline-approval'))
    expect(section('Set up AWS')).toContain("gh api repos/acme/shop --jq '.owner.id, .id'")
  })

  const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(`src/${file}`, 'utf8'))
    .join('\n')
  const troubleshooting = (): { table: string; otherSteps: string } => {
    const text = section('Troubleshooting')
    const otherSteps = section('Errors from other steps', '###', text)
    return { table: text.replace(otherSteps, ''), otherSteps }
  }

  it('quotes, in its troubleshooting table, only messages the action can print', () => {
    const quoted = tableRows(troubleshooting().table)
      .slice(1)
      .flatMap(([message]) => [...message!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!))
    expect(quoted.length).toBeGreaterThan(30)
    for (const fragment of quoted) expect({ fragment, found: sources.includes(fragment) }).toEqual({ fragment, found: true })
  })

  it('keeps errors of other steps apart: each names a step its workflows use, and a message the action does not print', () => {
    const used = new Set(workflows.flatMap(({ workflow }) => Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses?.split('@')[0]))))
    const rows = tableRows(troubleshooting().otherSteps).slice(1)
    expect(rows.map(([step, message]) => [step, message])).toContainEqual([
      '`aws-actions/configure-aws-credentials`',
      '`Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity`'
    ])
    for (const [step, message, fix] of rows) {
      expect(used).toContain(step!.replace(/^`|`$/g, ''))
      expect(message).toMatch(/^`[^`]+`$/)
      expect(sources.includes(message!.slice(1, -1))).toBe(false)
      expect(fix).toBeTruthy()
    }
  })
})

describe('action.yml', () => {
  it('is valid for GitHub and runs dist/index.js on node24', () => {
    const parsed = parseAction({ name: 'action.yml', content: readFileSync('action.yml', 'utf8') }, trace)
    expect(parsed.context.errors.getErrors().map((error) => error.message)).toEqual([])
    expect((parse(readFileSync('action.yml', 'utf8')) as { runs: unknown }).runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('fails the same check when it is not valid', () => {
    const broken = readFileSync('action.yml', 'utf8').replace('using: node24', 'using: node99')
    expect(parseAction({ name: 'action.yml', content: broken }, trace).context.errors.getErrors()).not.toEqual([])
  })
})

describe('.env.example', () => {
  it('sets every input for @github/local-action', () => {
    const names = readFileSync('.env.example', 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('INPUT_'))
      .map((line) => line.split('=')[0])
    expect(names.sort()).toEqual(Object.keys(actionYml.inputs).map(inputVariable).sort())
  })
})
