import { describe, expect, it } from '@jest/globals'
import { readPendingApprovals } from '../../src/codepipeline/pending-approvals.js'
import { readLayout } from '../../src/codepipeline/pipeline-layout.js'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { modelApi } from '../support/codepipeline-model-api.js'
import { shopPipeline } from '../support/pipelines.js'

const target = [{ stageName: 'Deploy', actionName: 'Approve' }]
const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

async function snapshot(model: CodePipelineModel) {
  const api = modelApi(model)
  const layout = readLayout(await api.getPipeline('shop-pipeline'))
  model.calls.length = 0
  return readPendingApprovals(api, layout, target)
}

describe('readPendingApprovals', () => {
  it.each(['SUPERSEDED', 'QUEUED'] as const)('%s: reads the token and the stage execution from GetPipelineState alone', async (mode) => {
    const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', mode))
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    const token = model.waitAtApproval(executionId, 'Deploy', 'Approve')
    expect(await snapshot(model)).toEqual({
      pending: [{ stageName: 'Deploy', actionName: 'Approve', token, pipelineExecutionId: executionId }],
      notPending: []
    })
    expect(model.calls.map((call) => call.operation)).toEqual(['GetPipelineState'])
  })

  it('reports the latest status of an approval that is not pending', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    expect(await snapshot(model)).toEqual({ pending: [], notPending: ['Deploy/Approve is not run yet'] })
    const token = model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
    model.handle('PutApprovalResult', {
      pipelineName: 'shop-pipeline',
      stageName: 'Deploy',
      actionName: 'Approve',
      token,
      result: { status: 'Approved', summary: 'ok' }
    })
    expect(await snapshot(model)).toEqual({ pending: [], notPending: ['Deploy/Approve is Succeeded'] })
  })

  it('PARALLEL: lists every execution waiting at the approval, with its token and source revisions', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
    const first = model.startExecution('shop-pipeline', SHA_A)
    const tokenA = model.waitAtApproval(first, 'Deploy', 'Approve')
    const second = model.startExecution('shop-pipeline', SHA_B)
    const tokenB = model.waitAtApproval(second, 'Deploy', 'Approve')
    model.startExecution('shop-pipeline', 'c'.repeat(40), { status: 'Succeeded' })

    const { pending } = await snapshot(model)
    expect(pending).toEqual(
      expect.arrayContaining([
        { stageName: 'Deploy', actionName: 'Approve', token: tokenA, pipelineExecutionId: first, revisions: [SHA_A] },
        { stageName: 'Deploy', actionName: 'Approve', token: tokenB, pipelineExecutionId: second, revisions: [SHA_B] }
      ])
    )
    expect(pending).toHaveLength(2)
    // GetPipelineState has no token in PARALLEL mode; only executions in progress are asked.
    expect(model.calls.map((call) => call.operation).sort()).toEqual([
      'ListActionExecutions',
      'ListActionExecutions',
      'ListPipelineExecutions'
    ])
  })

  it('PARALLEL: gives no revisions for an execution listed with none, so its commits are read from the execution', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    const token = model.waitAtApproval(executionId, 'Deploy', 'Approve')
    const api = modelApi(model)
    const layout = readLayout(await api.getPipeline('shop-pipeline'))
    const listsNone: typeof api = {
      ...api,
      listPipelineExecutions: async (pipelineName, nextToken) => {
        const listing = await api.listPipelineExecutions(pipelineName, nextToken)
        return { ...listing, pipelineExecutionSummaries: listing.pipelineExecutionSummaries?.map((summary) => ({ ...summary, sourceRevisions: [] })) }
      }
    }
    const { pending } = await readPendingApprovals(listsNone, layout, target)
    expect(pending).toEqual([{ stageName: 'Deploy', actionName: 'Approve', token, pipelineExecutionId: executionId }])
  })

  it('PARALLEL: pages through executions and action executions', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
    const waiting = model.startExecution('shop-pipeline', SHA_A)
    const token = model.waitAtApproval(waiting, 'Deploy', 'Approve')
    for (let i = 0; i < 150; i++) model.startExecution('shop-pipeline', SHA_B, { status: 'Succeeded' })
    expect((await snapshot(model)).pending).toEqual([expect.objectContaining({ token, pipelineExecutionId: waiting })])
    expect(model.calls.filter((call) => call.operation === 'ListPipelineExecutions').map((call) => call.input.nextToken)).toEqual([
      undefined,
      '100'
    ])
  })

  it('PARALLEL: says how many executions are in progress when none waits', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
    model.startExecution('shop-pipeline', SHA_A)
    expect(await snapshot(model)).toEqual({ pending: [], notPending: ['no execution waits at Deploy/Approve (1 in progress)'] })
  })
})
