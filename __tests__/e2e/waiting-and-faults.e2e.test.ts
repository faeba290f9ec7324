import { describe, expect, it } from '@jest/globals'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { commentEvent, PR_HEAD, PR_URL } from '../support/payloads.js'
import { shopPipeline } from '../support/pipelines.js'
import { failureMessage, unexpectedStderr } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

const comment = { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) }

describe.each(runtimes())('dist/index.js under $name: waiting, retries and lost answers', ({ node }) => {
  const standIns = useStandIns()
  const puts = () => standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')

  describe('wait-timeout', () => {
    it('polls once per poll-interval until the approval is pending, logging progress', async () => {
      const { token } = standIns.waitingFor(PR_HEAD, { afterPolls: 2 })
      const run = await standIns.run(node, { ...comment, inputs: { 'pipeline-name': 'shop-pipeline', 'wait-timeout': '30', 'poll-interval': '1' } })
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(
        'Waiting (check 1): Nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" (Deploy/Approve is not run yet); checking again in 1 s, 30 s left.'
      )
      expect(puts()[0]?.input.token).toBe(token)
      // GetPipeline and the executions with their revisions once (beside the first poll), one GetPipelineState per poll.
      const operations = standIns.pipeline.operations()
      expect(operations.slice(0, 3).sort()).toEqual(['GetPipeline', 'GetPipelineState', 'ListPipelineExecutions'])
      expect(operations.slice(3)).toEqual(['GetPipelineState', 'GetPipelineState', 'PutApprovalResult'])
    })

    it('gives up when the time runs out, within the budget, saying why', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      const run = await standIns.run(node, { ...comment, inputs: { 'pipeline-name': 'shop-pipeline', 'wait-timeout': '2', 'poll-interval': '1' } })
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe(
        'After waiting 2 s, nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" (Deploy/Approve is not run yet), so nothing was sent: check that the pipeline run reached the approval, or set wait-timeout to wait for it.'
      )
      expect(run.durationMs).toBeLessThan(2_000 + 10_000)
      expect(standIns.pipeline.operations().filter((operation) => operation === 'GetPipelineState')).toHaveLength(3)
    })
  })

  describe('CodePipeline faults', () => {
    it('backs off and retries throttling and 5xx', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.pipeline
        .inject({ kind: 'throttle', operation: 'GetPipelineState', times: 2 })
        .inject({ kind: 'error503', operation: 'PutApprovalResult', times: 1 })
      const run = await standIns.run(node, comment)
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      const answers = standIns.pipeline.requests.map((request) => `${request.operation} ${request.answer}`)
      expect(answers.filter((answer) => answer.startsWith('GetPipelineState'))).toEqual([
        'GetPipelineState throttle',
        'GetPipelineState throttle',
        'GetPipelineState 200'
      ])
      expect(answers.slice(-2)).toEqual(['PutApprovalResult error503', 'PutApprovalResult 200'])
      expect(answers).toContain('ListPipelineExecutions 200')
      expect(answers).toContain('GetPipeline 200')
    })

    it('fails in one sentence when 5xx persists', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.pipeline.inject({ kind: 'error500', operation: 'GetPipeline', times: 10 })
      const run = await standIns.run(node, comment)
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe('CodePipeline failed GetPipeline with HTTP 500 after 3 attempts: try again later.')
      expect(puts()).toEqual([])
    })

    it('confirms from the state when a retried PutApprovalResult finds its first attempt went through', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.pipeline.inject({ kind: 'applyThenFail', operation: 'PutApprovalResult', times: 1 })
      const run = await standIns.run(node, comment)
      expect(run.exitCode).toBe(0)
      expect(run.stdout).toContain(
        'PutApprovalResult answered ApprovalAlreadyCompletedException on attempt 2; reading the approval again to see whether an earlier attempt went through.'
      )
      expect(standIns.pipeline.model.answerOf(token)).toEqual({ status: 'Succeeded', summary: `Approved by @Codertocat via ${PR_URL} (commit ${PR_HEAD})` })
      expect(run.outputs).toMatchObject({ outcome: 'sent', 'approved-at': expect.stringMatching(/^2026-11-01T/) })
    })
  })

  describe('a PutApprovalResult whose answer is lost', () => {
    it('reports it sent when CodePipeline applied the first attempt though every attempt answered 500', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.pipeline.inject({ kind: 'applyThenFail', operation: 'PutApprovalResult', times: 1 }).inject({ kind: 'error500', operation: 'PutApprovalResult', times: 2 })
      const run = await standIns.run(node, comment)
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(puts().map((request) => request.answer)).toEqual(['applyThenFail', 'error500', 'error500'])
      expect(run.stdout).toContain('PutApprovalResult got no clear answer (HTTP 500 after 3 attempts); reading the approval again to see whether it went through.')
      expect(standIns.pipeline.model.answerOf(token)).toEqual({ status: 'Succeeded', summary: `Approved by @Codertocat via ${PR_URL} (commit ${PR_HEAD})` })
      expect(run.outputs).toMatchObject({ outcome: 'sent', decision: 'Approved', 'approved-at': expect.stringMatching(/^2026-11-01T/) })
      expect(run.stepSummary).toContain('CodePipeline approval: Approved')
      expect(standIns.github.commentsOn(2).map((reply) => reply.body)).toEqual([expect.stringMatching(/^🚀 \*\*Approved\*\*/)])
    })

    it('says the answer may have been sent, never that nothing was, when the approval does not show it', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.pipeline.inject({ kind: 'error500', operation: 'PutApprovalResult', times: 3 })
      const run = await standIns.run(node, comment)
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(1)
      const message =
        'PutApprovalResult for Deploy/Approve in pipeline "shop-pipeline" got no clear answer (HTTP 500 after 3 attempts) and the approval, read again, does not show it, so the Approved answer may have been sent: check the approval in the CodePipeline console before trying again.'
      expect(failureMessage(run)).toBe(message)
      expect(run.outputs).toMatchObject({ outcome: 'failed', error: message })
      expect(run.stepSummary).toContain('CodePipeline approval: failed, and the answer may have been sent')
      expect(run.stepSummary).not.toMatch(/nothing was sent/i)
      const replies = standIns.github.commentsOn(2).map((reply) => reply.body)
      expect(replies).toEqual([expect.stringMatching(/^⚠️ PutApprovalResult for Deploy\/Approve in pipeline "shop-pipeline" got no clear answer/)])
      expect(replies[0]).not.toMatch(/nothing was sent/i)
    })
  })

  it('retries 5xx from GitHub', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    standIns.github.inject({ route: /permission$/, status: 502, times: 1 })
    const run = await standIns.run(node, comment)
    expect(run.exitCode).toBe(0)
    expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    expect(standIns.github.calls.filter((call) => call.method === 'GET' && !/\/(comments|commits|timeline)$/.test(call.path)).map((call) => call.status)).toEqual([502, 200, 200])
  })
})
