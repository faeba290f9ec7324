import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { CodePipelineServer } from '../support/codepipeline-server.js'
import { defaultGitHubState, GitHubServer } from '../support/github-server.js'
import { commentEvent, labeledEvent, PR_HEAD, PR_URL } from '../support/payloads.js'
import { waitingShop } from '../support/pipelines.js'
import { failureMessage, maskedLog, notices, runAction, unexpectedStderr, type ActionRunOptions } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'

describe.each(runtimes())('dist/index.js under $name', ({ node }) => {
  let github: GitHubServer
  let pipeline: CodePipelineServer
  let token: string

  beforeAll(async () => {
    github = await GitHubServer.start()
  })
  afterAll(() => github.close())

  beforeEach(async () => {
    const shop = waitingShop(PR_HEAD)
    token = shop.token
    pipeline = await CodePipelineServer.start(shop.model)
    github.calls.length = 0
    Object.assign(github.state, defaultGitHubState())
  })
  afterEach(() => pipeline.close())

  const run = (options: Pick<ActionRunOptions, 'eventName' | 'payload'> & Partial<ActionRunOptions>) =>
    runAction({ node, inputs: { 'pipeline-name': 'shop-pipeline' }, githubUrl: github.url, codepipelineUrl: pipeline.url, ...options })

  it('approves from an /approve-deploy comment, as the runner runs it', async () => {
    const result = await run({ eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
    expect(unexpectedStderr(result)).toBe('')
    expect(result.exitCode).toBe(0)
    expect(pipeline.model.answerOf(token)).toEqual({ status: 'Succeeded', summary: `Approved by @Codertocat via ${PR_URL} (commit ec26c3e)` })
    expect(result.outputs).toMatchObject({ decision: 'Approved', outcome: 'sent', revision: PR_HEAD, 'pull-request': '2' })
    const { masks, log } = maskedLog(result)
    expect(masks).toContain(token)
    expect(log).not.toContain(token)
    expect(result.stderr).not.toContain(token)
  })

  it('skips an event that asks nothing, exiting 0', async () => {
    const result = await run({ eventName: 'pull_request', payload: labeledEvent({ label: 'bug' }) })
    expect(result.exitCode).toBe(0)
    expect(notices(result)).toEqual(['Skipped: the label "bug" is neither approve-deploy nor reject-deploy.'])
    expect(result.outputs.outcome).toBe('skipped')
    expect(pipeline.requests).toEqual([])
  })

  it('fails on a bad input without a request', async () => {
    const result = await run({
      eventName: 'issue_comment',
      payload: commentEvent({ body: '/approve-deploy' }),
      inputs: { 'pipeline-name': 'shop-pipeline', 'wait-timeout': 'soon' }
    })
    expect(result.exitCode).toBe(1)
    expect(failureMessage(result)).toBe('Input wait-timeout must be a whole number of seconds from 0 to 21600 (got "soon").')
    expect(pipeline.requests).toEqual([])
    expect(github.calls).toEqual([])
  })
})
