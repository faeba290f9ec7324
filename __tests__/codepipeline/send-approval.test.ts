import { describe, expect, it } from '@jest/globals'
import { CodePipelineError, type CodePipelineApi } from '../../src/codepipeline/api.js'
import type { LocatedApproval } from '../../src/codepipeline/locate-approval.js'
import { sendApproval } from '../../src/codepipeline/send-approval.js'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { modelApi } from '../support/codepipeline-model-api.js'
import { shopPipeline, waitingShop } from '../support/pipelines.js'

const SHA = 'a'.repeat(40)

function located(model: CodePipelineModel, token: string, executionId: string, mode: LocatedApproval['executionMode']): LocatedApproval {
  return {
    pipelineName: 'shop-pipeline',
    executionMode: mode,
    stageName: 'Deploy',
    actionName: 'Approve',
    token,
    pipelineExecutionId: executionId,
    commits: [SHA],
    commit: SHA,
    verdict: { verified: true }
  }
}

/** The SDK retried: the first attempt went through, the retry was told the approval is answered. */
function lostAnswer(api: CodePipelineApi, code: string): CodePipelineApi {
  return {
    ...api,
    putApprovalResult: async (input) => {
      await api.putApprovalResult(input)
      throw new CodePipelineError('already answered', code, 2)
    }
  }
}

describe('sendApproval', () => {
  it('sends the decision with the token and returns when CodePipeline recorded it', async () => {
    const { model, token, executionId } = waitingShop(SHA)
    const sent = await sendApproval(modelApi(model), located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {})
    expect(sent).toEqual({ approvedAt: expect.any(Date), confirmedFromState: false })
    expect(model.answerOf(token)).toEqual({ status: 'Succeeded', summary: 'Approved by @a' })
    expect(model.calls.at(-1)).toEqual({
      operation: 'PutApprovalResult',
      input: {
        pipelineName: 'shop-pipeline',
        stageName: 'Deploy',
        actionName: 'Approve',
        token,
        result: { status: 'Approved', summary: 'Approved by @a' }
      }
    })
  })

  it.each(['ApprovalAlreadyCompletedException', 'InvalidApprovalTokenException'])(
    'after a retried attempt answered %s, confirms our own result from the state',
    async (code) => {
      const { model, token, executionId } = waitingShop(SHA)
      const log: string[] = []
      const sent = await sendApproval(
        lostAnswer(modelApi(model), code),
        located(model, token, executionId, 'SUPERSEDED'),
        'Rejected',
        'Rejected by @a',
        (message) => log.push(message)
      )
      expect(sent).toEqual({ approvedAt: expect.any(Date), confirmedFromState: true })
      expect(log).toEqual([
        `PutApprovalResult answered ${code} on attempt 2; reading the approval again to see whether an earlier attempt went through.`
      ])
    }
  )

  it('confirms from ListActionExecutions in PARALLEL mode', async () => {
    const { model, token, executionId } = waitingShop(SHA, 'PARALLEL')
    const sent = await sendApproval(
      lostAnswer(modelApi(model), 'InvalidApprovalTokenException'),
      located(model, token, executionId, 'PARALLEL'),
      'Approved',
      'Approved by @a',
      () => {}
    )
    expect(sent.confirmedFromState).toBe(true)
    expect(model.calls.at(-1)?.operation).toBe('ListActionExecutions')
  })

  it('fails when the state shows someone else’s answer', async () => {
    const { model, token, executionId } = waitingShop(SHA)
    model.handle('PutApprovalResult', {
      pipelineName: 'shop-pipeline',
      stageName: 'Deploy',
      actionName: 'Approve',
      token,
      result: { status: 'Approved', summary: 'by someone else' }
    })
    const retried: CodePipelineApi = {
      ...modelApi(model),
      putApprovalResult: async () => {
        throw new CodePipelineError('The approval was already answered.', 'ApprovalAlreadyCompletedException', 3)
      }
    }
    await expect(
      sendApproval(retried, located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {})
    ).rejects.toThrow('The approval was already answered.')
  })

  it('does not second-guess a first attempt that was told the approval is answered', async () => {
    const { model, token, executionId } = waitingShop(SHA)
    const api = modelApi(model)
    await sendApproval(api, located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {})
    model.calls.length = 0
    await expect(
      sendApproval(api, located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {})
    ).rejects.toMatchObject({ code: 'ApprovalAlreadyCompletedException' })
    expect(model.calls.map((call) => call.operation)).toEqual(['PutApprovalResult'])
  })

  it('passes other failures through', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    await expect(
      sendApproval(modelApi(model), located(model, '00000000-0000-0000-0000-000000000000', 'x', 'SUPERSEDED'), 'Approved', 's', () => {})
    ).rejects.toMatchObject({ code: 'InvalidApprovalTokenException' })
  })
})
