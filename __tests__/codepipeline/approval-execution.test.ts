import { describe, expect, it } from '@jest/globals'
import { executionCommits, readApprovalExecution, readWaitingApprovals } from '../../src/codepipeline/approval-execution.js'
import { readLayout } from '../../src/codepipeline/pipeline-layout.js'
import { CodePipelineModel, type ExecutionMode } from '../support/codepipeline-model.js'
import { modelApi } from '../support/codepipeline-model-api.js'
import { shopPipeline, twoWaitingShop, waitingShop } from '../support/pipelines.js'

const target = { stageName: 'Deploy', actionName: 'Approve' }
const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)
const ARN = 'arn:aws:sts::123456789012:assumed-role/deployer/GitHubActions'

/** The API and layout over a model, with the calls made so far forgotten. */
async function over(model: CodePipelineModel) {
  const api = modelApi(model)
  const layout = readLayout(await api.getPipeline('shop-pipeline'))
  model.calls.length = 0
  return { api, layout }
}

async function read(model: CodePipelineModel, executionId: string, approval = target) {
  const { api, layout } = await over(model)
  return readApprovalExecution(api, layout, approval, executionId)
}

const operations = (model: CodePipelineModel) => model.calls.map((call) => call.operation).sort()

describe('readApprovalExecution', () => {
  it.each(['SUPERSEDED', 'QUEUED'] as ExecutionMode[])('%s: a waiting run, with the token GetPipelineState shows and its commits', async (mode) => {
    const { model, executionId, token } = waitingShop(SHA_A, mode)
    expect(await read(model, executionId)).toEqual({
      stageName: 'Deploy',
      actionName: 'Approve',
      pipelineName: 'shop-pipeline',
      executionMode: mode,
      pipelineExecutionId: executionId,
      status: 'InProgress',
      token,
      commits: [SHA_A]
    })
    expect(operations(model)).toEqual(['GetPipelineExecution', 'GetPipelineState', 'ListActionExecutions'])
  })

  it('PARALLEL: the token is the externalExecutionId, and GetPipelineState is not read', async () => {
    const { model, firstExecution, firstToken, secondExecution, secondToken } = twoWaitingShop(SHA_A, SHA_B)
    expect(await read(model, firstExecution)).toMatchObject({ status: 'InProgress', token: firstToken, commits: [SHA_A], executionMode: 'PARALLEL' })
    expect(await read(model, secondExecution)).toMatchObject({ status: 'InProgress', token: secondToken, commits: [SHA_B] })
    expect(operations(model)).not.toContain('GetPipelineState')
  })

  it('SUPERSEDED: no token when the stage shows another execution', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    const older = model.startExecution('shop-pipeline', SHA_A)
    model.waitAtApproval(older, 'Deploy', 'Approve')
    const newer = model.startExecution('shop-pipeline', SHA_B)
    const newerToken = model.waitAtApproval(newer, 'Deploy', 'Approve')
    const run = await read(model, older)
    expect(run).toMatchObject({ pipelineExecutionId: older, status: 'InProgress', commits: [SHA_A] })
    expect(run.token).toBeUndefined()
    expect((await read(model, newer)).token).toBe(newerToken)
  })

  it('an answered run: its status, summary and who answered, and no token', async () => {
    const { model, executionId, token } = waitingShop(SHA_A)
    model.answer(token, 'Succeeded', { summary: 'ship it', by: ARN })
    const run = await read(model, executionId)
    expect(run).toEqual({
      stageName: 'Deploy',
      actionName: 'Approve',
      pipelineName: 'shop-pipeline',
      executionMode: 'SUPERSEDED',
      pipelineExecutionId: executionId,
      status: 'Succeeded',
      summary: 'ship it',
      updatedBy: ARN,
      commits: [SHA_A]
    })
  })

  it.each(['Failed', 'Abandoned'] as const)('%s by itself: no answerer, no summary, no token', async (status) => {
    const { model, executionId, token } = waitingShop(SHA_A)
    model.answer(token, status)
    const run = await read(model, executionId)
    expect(run).toMatchObject({ status, commits: [SHA_A] })
    expect(run.summary).toBeUndefined()
    expect(run.updatedBy).toBeUndefined()
    expect(run.token).toBeUndefined()
  })

  it('PARALLEL: an answered run has no token either', async () => {
    const { model, firstExecution, firstToken } = twoWaitingShop(SHA_A, SHA_B)
    model.answer(firstToken, 'Failed', { summary: 'no', by: ARN })
    const run = await read(model, firstExecution)
    expect(run).toMatchObject({ status: 'Failed', summary: 'no', updatedBy: ARN })
    expect(run.token).toBeUndefined()
  })

  it('a run that has not reached the approval has no status and no token, but its commits', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    const run = await read(model, executionId)
    expect(run).toMatchObject({ pipelineExecutionId: executionId, commits: [SHA_A] })
    expect(run.status).toBeUndefined()
    expect(run.token).toBeUndefined()
  })

  it('reads only the target approval, not another in the same execution', async () => {
    const model = new CodePipelineModel().addPipeline({
      name: 'shop-pipeline',
      stages: [
        { name: 'Source', actions: [{ name: 'Checkout' }] },
        { name: 'Deploy', actions: [{ name: 'Approve' }, { name: 'Second' }] }
      ]
    })
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    const first = model.waitAtApproval(executionId, 'Deploy', 'Approve')
    model.answer(first, 'Succeeded', { summary: 'one', by: ARN })
    const second = model.waitAtApproval(executionId, 'Deploy', 'Second')
    expect(await read(model, executionId)).toMatchObject({ status: 'Succeeded', summary: 'one' })
    expect(await read(model, executionId, { stageName: 'Deploy', actionName: 'Second' })).toMatchObject({ status: 'InProgress', token: second })
  })

  it('reads ListActionExecutions for that execution even when GetPipelineState shows a newer one', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    const older = model.startExecution('shop-pipeline', SHA_A)
    const olderToken = model.waitAtApproval(older, 'Deploy', 'Approve')
    model.answer(olderToken, 'Succeeded', { summary: 'older ok', by: ARN })
    const newer = model.startExecution('shop-pipeline', SHA_B)
    model.waitAtApproval(newer, 'Deploy', 'Approve')

    expect(await read(model, older)).toMatchObject({ pipelineExecutionId: older, status: 'Succeeded', summary: 'older ok', updatedBy: ARN, commits: [SHA_A] })
    const listings = model.calls.filter((call) => call.operation === 'ListActionExecutions')
    expect(listings.map((call) => call.input.filter)).toEqual([{ pipelineExecutionId: older }])
  })

  it('takes the newest run of an approval a retried stage ran again', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    const firstTry = model.waitAtApproval(executionId, 'Deploy', 'Approve')
    model.answer(firstTry, 'Failed', { summary: 'not yet', by: ARN })
    const retry = model.waitAtApproval(executionId, 'Deploy', 'Approve')
    expect(await read(model, executionId)).toMatchObject({ status: 'InProgress', token: retry })
  })
})

describe('executionCommits', () => {
  it('keeps Git commits only, lower-cased', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    const git = model.startExecution('shop-pipeline', SHA_A.toUpperCase())
    const s3 = model.startExecution('shop-pipeline', 'x7Fq2Lq9.version-id')
    const { api } = await over(model)
    expect(await executionCommits(api, 'shop-pipeline', git)).toEqual([SHA_A])
    expect(await executionCommits(api, 'shop-pipeline', s3)).toEqual([])
  })

  it('takes the revisions a listing gave, and reads the execution only when the listing gave none', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    const { api } = await over(model)
    expect(await executionCommits(api, 'shop-pipeline', executionId, [SHA_B])).toEqual([SHA_B])
    expect(operations(model)).toEqual([])
    expect(await executionCommits(api, 'shop-pipeline', executionId, [])).toEqual([SHA_A])
    expect(operations(model)).toEqual(['GetPipelineExecution'])
  })
})

describe('readWaitingApprovals', () => {
  it('SUPERSEDED: the stage’s one waiting execution, with its token and commits', async () => {
    const { model, executionId, token } = waitingShop(SHA_A)
    const { api, layout } = await over(model)
    expect(await readWaitingApprovals(api, layout, [target])).toEqual([
      {
        stageName: 'Deploy',
        actionName: 'Approve',
        pipelineName: 'shop-pipeline',
        executionMode: 'SUPERSEDED',
        pipelineExecutionId: executionId,
        status: 'InProgress',
        token,
        commits: [SHA_A]
      }
    ])
    // GetPipelineState has no revisions: the execution is read for them.
    expect(operations(model)).toEqual(['GetPipelineExecution', 'GetPipelineState'])
  })

  it('SUPERSEDED: only the newest of two executions that reached the stage', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
    const newer = model.startExecution('shop-pipeline', SHA_B)
    const token = model.waitAtApproval(newer, 'Deploy', 'Approve')
    const { api, layout } = await over(model)
    expect(await readWaitingApprovals(api, layout, [target])).toEqual([expect.objectContaining({ pipelineExecutionId: newer, token, commits: [SHA_B] })])
  })

  it('PARALLEL: every waiting execution, with the commits of its listing', async () => {
    const { model, firstExecution, firstToken, secondExecution, secondToken } = twoWaitingShop(SHA_A, SHA_B)
    model.startExecution('shop-pipeline', 'c'.repeat(40))
    const { api, layout } = await over(model)
    const waiting = await readWaitingApprovals(api, layout, [target])
    expect(waiting).toHaveLength(2)
    expect(waiting).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ pipelineExecutionId: firstExecution, token: firstToken, commits: [SHA_A], status: 'InProgress', executionMode: 'PARALLEL' }),
        expect.objectContaining({ pipelineExecutionId: secondExecution, token: secondToken, commits: [SHA_B], status: 'InProgress' })
      ])
    )
    expect(operations(model)).not.toContain('GetPipelineExecution')
  })

  it('PARALLEL: an answered execution no longer waits', async () => {
    const { model, firstToken, secondExecution } = twoWaitingShop(SHA_A, SHA_B)
    model.answer(firstToken, 'Failed', { summary: 'no' })
    const { api, layout } = await over(model)
    expect((await readWaitingApprovals(api, layout, [target])).map((run) => run.pipelineExecutionId)).toEqual([secondExecution])
  })

  it('nothing waits: an empty list', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    model.startExecution('shop-pipeline', SHA_A)
    const { api, layout } = await over(model)
    expect(await readWaitingApprovals(api, layout, [target])).toEqual([])
    const { model: answered, token } = waitingShop(SHA_A)
    answered.answer(token, 'Succeeded', { summary: 'ok' })
    const again = await over(answered)
    expect(await readWaitingApprovals(again.api, again.layout, [target])).toEqual([])
  })
})
