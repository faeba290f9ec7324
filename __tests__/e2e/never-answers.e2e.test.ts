import { describe, expect, it } from '@jest/globals'
import { commentEvent, PR_HEAD } from '../support/payloads.js'
import { failureMessage } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

// Every attempt hanging costs three full timeouts (about 30 s), so this runs
// under the runtime users get only, in a file of its own.
const [users] = runtimes()

describe(`dist/index.js under ${users!.name}: an endpoint that never answers`, () => {
  const standIns = useStandIns()

  it('never hangs the job: it fails after three timeouts, saying what did not answer', async () => {
    standIns.waitingFor(PR_HEAD)
    standIns.pipeline.inject({ kind: 'hang', operation: 'GetPipeline', times: 10 })
    const run = await standIns.run(users!.node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
    expect(run.exitCode).toBe(1)
    expect(failureMessage(run)).toBe(
      'CodePipeline did not answer GetPipeline after 3 attempts: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set, and try again.'
    )
    const getPipeline = standIns.pipeline.requests.filter((request) => request.operation === 'GetPipeline')
    expect(getPipeline.map((request) => request.answer)).toEqual(['hang', 'hang', 'hang'])
    expect(run.durationMs).toBeLessThan(45_000)
  })
})
