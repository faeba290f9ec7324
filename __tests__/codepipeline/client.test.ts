import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { CodePipelineError } from '../../src/codepipeline/api.js'
import { createCodePipelineApi } from '../../src/codepipeline/client.js'
import { useAwsEnvironment } from '../support/aws-environment.js'
import { CodePipelineServer } from '../support/codepipeline-server.js'
import { waitingShop } from '../support/pipelines.js'

// The real client against the stand-in over HTTP: signing, the JSON 1.1
// protocol, timeouts, retries and error descriptions.
const SHA = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'
let server: CodePipelineServer
let restore: () => void
let masked: string[]
let token: string
let executionId: string

function client(requestTimeoutMs = 400) {
  return createCodePipelineApi({ mask: (secret) => masked.push(secret), requestTimeoutMs })
}

beforeEach(async () => {
  const shop = waitingShop(SHA)
  ;({ token, executionId } = shop)
  server = await CodePipelineServer.start(shop.model)
  restore = useAwsEnvironment(server.url)
  masked = []
})

afterEach(async () => {
  restore()
  await server.close()
})

describe('createCodePipelineApi', () => {
  it('signs requests for codepipeline and sends the JSON 1.1 protocol to AWS_ENDPOINT_URL_CODEPIPELINE', async () => {
    const pipeline = await client().getPipeline('shop-pipeline')
    expect(pipeline.executionMode).toBe('SUPERSEDED')
    const [request] = server.requests
    expect(request).toMatchObject({ operation: 'GetPipeline', input: { name: 'shop-pipeline' }, answer: 200 })
    expect(request?.headers['content-type']).toBe('application/x-amz-json-1.1')
    expect(request?.headers.authorization).toMatch(/Credential=AKIAIOSFODNN7EXAMPLE\/\d{8}\/us-east-1\/codepipeline\/aws4_request/)
    expect(request?.headers['user-agent']).toContain('codepipeline-approval-action')
  })

  it('reads epoch-second timestamps as dates and masks every token before returning', async () => {
    const state = await client().getPipelineState('shop-pipeline')
    const latest = state.stageStates?.[2]?.actionStates?.[0]?.latestExecution
    expect(latest?.token).toBe(token)
    expect(latest?.lastStatusChange).toBeInstanceOf(Date)
    expect(masked).toEqual([token])
    const execution = await client().getPipelineExecution('shop-pipeline', executionId)
    expect(execution.artifactRevisions?.[0]?.revisionId).toBe(SHA)
  })

  it('masks PARALLEL tokens read from ListActionExecutions', async () => {
    const parallel = waitingShop(SHA, 'PARALLEL')
    await server.close()
    server = await CodePipelineServer.start(parallel.model)
    restore()
    restore = useAwsEnvironment(server.url)
    const listing = await client().listActionExecutions('shop-pipeline', parallel.executionId)
    expect(listing.actionExecutionDetails?.[0]?.output?.executionResult?.externalExecutionId).toBe(parallel.token)
    expect(masked).toEqual([parallel.token])
  })

  it('sends PutApprovalResult and returns approvedAt', async () => {
    const output = await client().putApprovalResult({
      pipelineName: 'shop-pipeline',
      stageName: 'Deploy',
      actionName: 'Approve',
      token,
      result: { status: 'Approved', summary: 'ok' }
    })
    expect(output.approvedAt).toBeInstanceOf(Date)
    expect(server.model.answerOf(token)).toEqual({ status: 'Succeeded', summary: 'ok' })
  })

  it('turns an AWS error into one sentence that names what to fix, keeping the code', async () => {
    const error = await client()
      .getPipelineState('no-such-pipeline')
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CodePipelineError)
    expect(error).toMatchObject({
      code: 'PipelineNotFoundException',
      attempts: 1,
      message: 'CodePipeline found no pipeline "no-such-pipeline" in us-east-1: check pipeline-name and aws-region.'
    })
  })

  it('retries throttling and 5xx with backoff', async () => {
    server.inject({ kind: 'throttle', operation: 'GetPipelineState', times: 1 }).inject({ kind: 'error503', operation: 'GetPipelineState', times: 1 })
    await client().getPipelineState('shop-pipeline')
    expect(server.requests.map((request) => request.answer)).toEqual(['throttle', 'error503', 200])
  })

  it('gives up after three attempts, saying so', async () => {
    server.inject({ kind: 'error500', times: 5 })
    await expect(client().getPipeline('shop-pipeline')).rejects.toMatchObject({
      attempts: 3,
      message: 'CodePipeline failed GetPipeline with HTTP 500 after 3 attempts: try again later.'
    })
    expect(server.requests).toHaveLength(3)
  })

  it('times out a request that never answers and retries it', async () => {
    server.inject({ kind: 'hang', times: 1 })
    await expect(client().getPipeline('shop-pipeline')).resolves.toMatchObject({ name: 'shop-pipeline' })
    expect(server.requests.map((request) => request.answer)).toEqual(['hang', 200])
  })

  it('fails clearly when every attempt hangs', async () => {
    server.inject({ kind: 'hang', times: 5 })
    await expect(client().getPipeline('shop-pipeline')).rejects.toMatchObject({
      code: 'TimeoutError',
      message: 'CodePipeline did not answer GetPipeline after 3 attempts: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set, and try again.'
    })
  })

  it('reports a retried PutApprovalResult whose first attempt went through, with the attempts', async () => {
    server.inject({ kind: 'applyThenFail', operation: 'PutApprovalResult', times: 1 })
    const input = { pipelineName: 'shop-pipeline', stageName: 'Deploy', actionName: 'Approve', token, result: { status: 'Approved' as const, summary: 'ok' } }
    await expect(client().putApprovalResult(input)).rejects.toMatchObject({ code: 'ApprovalAlreadyCompletedException', attempts: 2 })
  })

  it('explains missing credentials and a missing region', async () => {
    restore()
    restore = useAwsEnvironment(server.url, { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined })
    await expect(client().getPipeline('shop-pipeline')).rejects.toThrow(
      'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step.'
    )
    restore()
    restore = useAwsEnvironment(server.url, { AWS_REGION: undefined })
    await expect(client().getPipeline('shop-pipeline')).rejects.toThrow(
      'No AWS region is set: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).'
    )
    expect(server.requests).toHaveLength(0)
  })

  it('uses the aws-region input over AWS_REGION', async () => {
    await createCodePipelineApi({ region: 'eu-west-3', mask: () => {} }).getPipeline('shop-pipeline')
    expect(server.requests[0]?.headers.authorization).toContain('/eu-west-3/codepipeline/aws4_request')
  })
})
