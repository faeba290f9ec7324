import { describe, expect, it } from '@jest/globals'
import { CodePipelineError, type CodePipelineApi } from '../../src/codepipeline/api.js'
import type { LocatedApproval } from '../../src/codepipeline/locate-approval.js'
import { sendApproval } from '../../src/codepipeline/send-approval.js'
import { MaybeSent } from '../../src/errors.js'
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

/** An error shaped like the SDK's, as CodePipelineError's cause. */
function sdkFailure(name: string, status: number | undefined, attempts: number, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(name), { name, $metadata: { attempts, httpStatusCode: status }, ...extra })
}

/** PutApprovalResult fails as `cause` says, after CodePipeline applied it when `applied`. */
function failingPut(api: CodePipelineApi, cause: Error, { applied }: { applied: boolean }): CodePipelineApi {
  return {
    ...api,
    putApprovalResult: async (input) => {
      if (applied) await api.putApprovalResult(input)
      const { name, $metadata } = cause as Error & { $metadata: { attempts: number } }
      throw new CodePipelineError(`CodePipeline PutApprovalResult failed (${name}).`, name, $metadata.attempts, { cause, transient: true })
    }
  }
}

/** What a promise rejected with. */
async function rejection(promise: Promise<unknown>): Promise<Error> {
  return promise.then(
    () => {
      throw new Error('resolved')
    },
    (caught: unknown) => caught as Error
  )
}

const MAYBE = (what: string, readBack: string, decision = 'Approved') =>
  `PutApprovalResult for Deploy/Approve in pipeline "shop-pipeline" got no clear answer (${what}) and ${readBack}, so the ${decision} answer may have been sent: check the approval in the CodePipeline console before trying again.`

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

  describe('when PutApprovalResult failed in a way that may have reached CodePipeline', () => {
    const http500 = () => sdkFailure('InternalFailure', 500, 3)

    it.each([
      ['HTTP 500 after 3 attempts', http500()],
      ['a timeout', sdkFailure('TimeoutError', undefined, 1)],
      ['a connection reset after the request was written', Object.assign(new Error('socket hang up'), { name: 'Error', code: 'ECONNRESET', $metadata: { attempts: 1 } })]
    ])('reports it sent when the approval, read again, shows this answer (%s)', async (_what, cause) => {
      const { model, token, executionId } = waitingShop(SHA)
      const log: string[] = []
      const sent = await sendApproval(
        failingPut(modelApi(model), cause, { applied: true }),
        located(model, token, executionId, 'SUPERSEDED'),
        'Approved',
        'Approved by @a',
        (message) => log.push(message)
      )
      expect(sent).toEqual({ approvedAt: expect.any(Date), confirmedFromState: true })
      expect(log).toEqual([expect.stringMatching(/^PutApprovalResult got no clear answer \(.+\); reading the approval again to see whether it went through\.$/)])
      expect(model.calls.at(-1)?.operation).toBe('GetPipelineState')
    })

    it('says the answer may have been sent, never that nothing was, when the approval does not show it', async () => {
      const { model, token, executionId } = waitingShop(SHA)
      const error = await rejection(
        sendApproval(failingPut(modelApi(model), http500(), { applied: false }), located(model, token, executionId, 'SUPERSEDED'), 'Rejected', 'Rejected by @a', () => {})
      )
      expect(error).toBeInstanceOf(MaybeSent)
      expect(error.message).toBe(MAYBE('HTTP 500 after 3 attempts', 'the approval, read again, does not show it', 'Rejected'))
      expect((error as MaybeSent).publicMessage).toBe(error.message)
      expect(error.message).not.toMatch(/nothing was sent/i)
    })

    it('says the answer may have been sent when the approval cannot be read again either', async () => {
      const { model, token, executionId } = waitingShop(SHA)
      const api = failingPut(modelApi(model), http500(), { applied: true })
      api.getPipelineState = async () => {
        throw new CodePipelineError('CodePipeline failed GetPipelineState with HTTP 503 after 3 attempts: try again later.', 'ServiceUnavailableException', 3)
      }
      const error = await rejection(sendApproval(api, located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {}))
      expect(error).toBeInstanceOf(MaybeSent)
      expect(error.message).toBe(MAYBE('HTTP 500 after 3 attempts', 'the approval could not be read again (ServiceUnavailableException)'))
    })

    it('after a retry was told the approval is answered, says it may have been sent when the approval cannot be read again', async () => {
      const { model, token, executionId } = waitingShop(SHA)
      const api = lostAnswer(modelApi(model), 'ApprovalAlreadyCompletedException')
      api.getPipelineState = async () => {
        throw new CodePipelineError('CodePipeline failed GetPipelineState with HTTP 503 after 3 attempts: try again later.', 'ServiceUnavailableException', 3)
      }
      const error = await rejection(sendApproval(api, located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {}))
      expect(error).toBeInstanceOf(MaybeSent)
      expect(error.message).toBe(MAYBE('ApprovalAlreadyCompletedException on attempt 2', 'the approval could not be read again (ServiceUnavailableException)'))
    })

    it.each([
      ['throttling on its only attempt', sdkFailure('ThrottlingException', 400, 1)],
      ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { name: 'Error', code: 'ECONNREFUSED', $metadata: { attempts: 1 } })],
      ['access denied', sdkFailure('AccessDeniedException', 400, 1)]
    ])('passes through a failure that cannot have reached CodePipeline (%s), reading nothing again', async (_what, cause) => {
      const { model, token, executionId } = waitingShop(SHA)
      const error = await rejection(
        sendApproval(failingPut(modelApi(model), cause, { applied: false }), located(model, token, executionId, 'SUPERSEDED'), 'Approved', 's', () => {})
      )
      expect(error).toBeInstanceOf(CodePipelineError)
      expect(error).not.toBeInstanceOf(MaybeSent)
      expect(model.calls).toEqual([])
    })

    it.each([
      ['ApprovalAlreadyCompletedException on attempt 2', (api: CodePipelineApi) => lostAnswer(api, 'ApprovalAlreadyCompletedException'), 'ApprovalAlreadyCompletedException'],
      ['HTTP 500 after 3 attempts', (api: CodePipelineApi) => failingPut(api, http500(), { applied: false }), 'MaybeSent']
    ])('does not take the same answer on a newer execution for this one (%s): reads this execution own run', async (_what, wrap, expected) => {
      const { model, token, executionId } = waitingShop(SHA)
      // A newer execution took the stage, and was approved with the same words; this one's approval was abandoned.
      model.answer(token, 'Abandoned')
      const newer = model.waitAtApproval(model.startExecution('shop-pipeline', SHA), 'Deploy', 'Approve')
      model.answer(newer, 'Succeeded', { summary: 'Approved by @a' })
      const api = wrap({ ...modelApi(model), putApprovalResult: async () => ({}) })
      const error = await rejection(sendApproval(api, located(model, token, executionId, 'SUPERSEDED'), 'Approved', 'Approved by @a', () => {}))
      expect(error instanceof MaybeSent ? 'MaybeSent' : (error as CodePipelineError).code).toBe(expected)
      expect(model.calls.filter((call) => call.operation === 'ListActionExecutions')).toEqual([
        expect.objectContaining({ input: expect.objectContaining({ filter: { pipelineExecutionId: executionId } }) })
      ])
    })

    it('PARALLEL: never takes an earlier run of the action in the same execution (a retried stage) for this one', async () => {
      const { model, token, executionId } = waitingShop(SHA)
      const run = (id: string, status: 'Succeeded' | 'InProgress', summary?: string) => ({
        pipelineExecutionId: executionId,
        stageName: 'Deploy',
        actionName: 'Approve',
        status,
        output: { executionResult: { externalExecutionId: id, ...(summary && { externalExecutionSummary: summary }) } }
      })
      const api = failingPut(modelApi(model), sdkFailure('InternalFailure', 500, 3), { applied: false })
      // Newest first: an earlier run answered in the same words, then ours, still waiting.
      api.listActionExecutions = async () => ({ actionExecutionDetails: [run('earlier-token', 'Succeeded', 'Approved by @a'), run(token, 'InProgress')] })
      const error = await rejection(sendApproval(api, located(model, token, executionId, 'PARALLEL'), 'Approved', 'Approved by @a', () => {}))
      expect(error).toBeInstanceOf(MaybeSent)
    })

    it('QUEUED: reports it sent when the next execution entered the stage as soon as this answer let this one go', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'QUEUED'))
      const executionId = model.startExecution('shop-pipeline', SHA)
      const token = model.waitAtApproval(executionId, 'Deploy', 'Approve')
      const api = failingPut(modelApi(model), sdkFailure('TimeoutError', undefined, 1), { applied: true })
      const put = api.putApprovalResult
      api.putApprovalResult = async (input) => {
        try {
          return await put(input)
        } finally {
          // The next execution took the stage before the approval was read again.
          model.waitAtApproval(model.startExecution('shop-pipeline', 'b'.repeat(40)), 'Deploy', 'Approve')
        }
      }
      const sent = await sendApproval(api, located(model, token, executionId, 'QUEUED'), 'Approved', 'Approved by @a', () => {})
      expect(sent).toEqual({ approvedAt: expect.any(Date), confirmedFromState: true })
    })
  })
})
