import { describe, expect, it } from '@jest/globals'
import { commentEvent, PR_HEAD } from '../support/payloads.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

// Each case waits out one full request timeout (10 s), so this file runs
// beside the others rather than after them.
const comment = { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) }

describe.each(runtimes())('dist/index.js under $name: a request that never answers is timed out and retried', ({ node }) => {
  const standIns = useStandIns()

  it('CodePipeline', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    standIns.pipeline.inject({ kind: 'hang', operation: 'GetPipelineState', times: 1 })
    const run = await standIns.run(node, comment)
    expect(run.exitCode).toBe(0)
    expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    expect(standIns.pipeline.requests.map((request) => `${request.operation} ${request.answer}`)).toContain('GetPipelineState hang')
    expect(run.durationMs).toBeLessThan(25_000)
  })

  it('GitHub', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    standIns.github.inject({ route: /pulls\/2$/, hang: true, times: 1 })
    const run = await standIns.run(node, comment)
    expect(run.exitCode).toBe(0)
    expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    expect(standIns.github.calls.filter((call) => call.method === 'GET' && !/\/(comments|commits|timeline)$/.test(call.path)).map((call) => call.status)).toEqual([200, 'hang', 200])
    expect(run.durationMs).toBeLessThan(25_000)
  })
})
