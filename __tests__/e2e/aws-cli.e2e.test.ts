import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { awsEnvironment } from '../support/aws-environment.js'
import { CodePipelineServer } from '../support/codepipeline-server.js'
import { waitingShop } from '../support/pipelines.js'

// Keeps the CodePipeline stand-in honest with a client nobody here wrote: the
// AWS CLI, running the reference procedure's exact commands against it.
const version = spawnSync('aws', ['--version'], { encoding: 'utf8' })
const available = version.status === 0
if (!available && process.env.REQUIRE_AWS_CLI) {
  throw new Error('REQUIRE_AWS_CLI is set but the AWS CLI is missing: .ci/run installs the awscli package.')
}
const describeWithCli = available ? describe : describe.skip
if (!available) console.warn('The AWS CLI is not installed: skipping the stand-in check against it (CI installs it).')

const SHA = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'

// What the CLI prints is JSON read field by field.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>

describeWithCli(`the CodePipeline stand-in, driven by ${(version.stdout || version.stderr || '').trim() || 'the AWS CLI'}`, () => {
  let server: CodePipelineServer
  let token: string
  let work: string

  beforeEach(async () => {
    const shop = waitingShop(SHA)
    token = shop.token
    server = await CodePipelineServer.start(shop.model)
    work = mkdtempSync(join(tmpdir(), 'aws-cli-'))
  })
  afterEach(() => server.close())

  // Asynchronous: the stand-in answers from this very process.
  function aws(...args: string[]) {
    return new Promise<{ status: number; stdout: string; stderr: string; json(): Json }>((resolve) => {
      execFile(
        'aws',
        [...args, '--endpoint-url', server.url, '--output', 'json'],
        {
          cwd: work,
          timeout: 60_000,
          env: { PATH: process.env.PATH, HOME: work, AWS_PAGER: '', AWS_DEFAULT_REGION: 'us-east-1', ...awsEnvironment(server.url) }
        },
        (error, stdout, stderr) => {
          const status = error ? (typeof error.code === 'number' ? error.code : 1) : 0
          resolve({ status, stdout, stderr, json: () => JSON.parse(stdout) as Json })
        }
      )
    })
  }

  it('answers the reference procedure: get-pipeline-state, then put-approval-result --cli-input-json file://', async () => {
    const state = await aws('codepipeline', 'get-pipeline-state', '--name', 'shop-pipeline')
    expect(state.stderr).toBe('')
    expect(state.status).toBe(0)
    const approval = state
      .json()
      .stageStates.flatMap((stage: Json) => stage.actionStates)
      .find((action: Json) => action.actionName === 'Approve')
    expect(approval.latestExecution).toMatchObject({ status: 'InProgress', token })

    // Step 3 of the procedure: a file with the pipeline, stage, action, token and result.
    writeFileSync(
      join(work, 'approvalstage-approved.json'),
      JSON.stringify({
        pipelineName: 'shop-pipeline',
        stageName: 'Deploy',
        actionName: 'Approve',
        token: approval.latestExecution.token,
        result: { status: 'Approved', summary: 'The new design looks good. Ready to release to customers.' }
      })
    )
    const put = await aws('codepipeline', 'put-approval-result', '--cli-input-json', 'file://approvalstage-approved.json')
    expect(put.stderr).toBe('')
    expect(put.status).toBe(0)
    expect(put.json()).toEqual({ approvedAt: expect.anything() })
    expect(server.model.answerOf(token)).toEqual({ status: 'Succeeded', summary: 'The new design looks good. Ready to release to customers.' })
    expect(server.requests.map((request) => request.headers['x-amz-target'])).toEqual([
      'CodePipeline_20150709.GetPipelineState',
      'CodePipeline_20150709.PutApprovalResult'
    ])

    // The token is single-use.
    const again = await aws('codepipeline', 'put-approval-result', '--cli-input-json', 'file://approvalstage-approved.json')
    expect(again.status).not.toBe(0)
    expect(again.stderr).toContain('ApprovalAlreadyCompletedException')
  })

  it('returns the service errors by name', async () => {
    const missing = await aws('codepipeline', 'get-pipeline-state', '--name', 'no-such-pipeline')
    expect(missing.status).not.toBe(0)
    expect(missing.stderr).toContain('PipelineNotFoundException')

    const answer = (answerToken: string, result: string) =>
      aws(
        'codepipeline',
        'put-approval-result',
        ...['--pipeline-name', 'shop-pipeline', '--stage-name', 'Deploy', '--action-name', 'Approve'],
        ...['--token', answerToken, '--result', result]
      )
    const lowercase = await answer(token, 'status=approved,summary=ok')
    expect(lowercase.status).not.toBe(0)
    expect(lowercase.stderr).toContain('ValidationException')

    const stranger = await answer('00000000-0000-0000-0000-000000000000', 'status=Approved,summary=ok')
    expect(stranger.stderr).toContain('InvalidApprovalTokenException')
    expect(server.model.answerOf(token)?.status).toBe('InProgress')
  })

  it('pages executions the way the CLI paginates them, and reads execution revisions', async () => {
    for (let i = 0; i < 120; i++) server.model.startExecution('shop-pipeline', SHA, { status: 'Succeeded' })
    const listing = await aws('codepipeline', 'list-pipeline-executions', '--pipeline-name', 'shop-pipeline')
    expect(listing.status).toBe(0)
    expect(listing.json().pipelineExecutionSummaries).toHaveLength(121)
    expect(server.requests.filter((request) => request.operation === 'ListPipelineExecutions').length).toBe(2)

    const [first] = listing.json().pipelineExecutionSummaries
    const execution = await aws('codepipeline', 'get-pipeline-execution', '--pipeline-name', 'shop-pipeline', '--pipeline-execution-id', first.pipelineExecutionId)
    expect(execution.json().pipelineExecution.artifactRevisions[0].revisionId).toBe(SHA)
  })

  it('refuses a request that is not signed', async () => {
    const unsigned = await aws('codepipeline', 'get-pipeline-state', '--name', 'shop-pipeline', '--no-sign-request')
    expect(unsigned.status).not.toBe(0)
    expect(unsigned.stderr).toContain('MissingAuthenticationTokenException')
  })
})
