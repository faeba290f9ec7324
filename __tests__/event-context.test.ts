import { describe, expect, it } from '@jest/globals'
import { readEventContext } from '../src/event-context.js'
import { commentEvent } from './support/payloads.js'
import { runnerEnvironment } from './support/runner-environment.js'

describe('readEventContext', () => {
  it('reads the event, the repository and the run link as the runner gives them', () => {
    const payload = commentEvent({ body: '/approve-deploy' })
    expect(readEventContext(runnerEnvironment('issue_comment', payload, 'alice'))).toEqual({
      eventName: 'issue_comment',
      payload,
      actor: 'alice',
      runAttempt: 1,
      triggeringActor: '',
      repo: { owner: 'Codertocat', repo: 'Hello-World' },
      serverUrl: 'https://github.com',
      runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/4242'
    })
  })

  it('reads a re-run: its attempt and who started it, beside the original actor', () => {
    const env = { ...runnerEnvironment('issue_comment', commentEvent({ body: '/approve-deploy' }), 'alice'), GITHUB_RUN_ATTEMPT: '3', GITHUB_TRIGGERING_ACTOR: 'mallory' }
    expect(readEventContext(env)).toMatchObject({ actor: 'alice', runAttempt: 3, triggeringActor: 'mallory' })
  })

  it.each([[undefined], [''], ['0'], ['-2'], ['two']])('takes GITHUB_RUN_ATTEMPT %j as a first attempt', (attempt) => {
    const env: Record<string, string | undefined> = { ...runnerEnvironment('issue_comment', commentEvent({ body: 'x' })), GITHUB_RUN_ATTEMPT: attempt }
    expect(readEventContext(env).runAttempt).toBe(1)
  })

  it('takes the repository from the payload when GITHUB_REPOSITORY is missing, and honours GitHub Enterprise', () => {
    const env = { ...runnerEnvironment('issue_comment', commentEvent({ body: 'x' })), GITHUB_SERVER_URL: 'https://ghe.example.com/' }
    delete (env as Record<string, string | undefined>).GITHUB_REPOSITORY
    const context = readEventContext(env)
    expect(context.repo).toEqual({ owner: 'Codertocat', repo: 'Hello-World' })
    expect(context.runUrl).toBe('https://ghe.example.com/Codertocat/Hello-World/actions/runs/4242')
  })

  it('has an empty payload without GITHUB_EVENT_PATH, and fails clearly on an unreadable one', () => {
    expect(readEventContext({ GITHUB_EVENT_NAME: 'push' }).payload).toEqual({})
    expect(() => readEventContext({ GITHUB_EVENT_PATH: '/nonexistent/event.json' })).toThrow(
      /^Could not read the event payload at GITHUB_EVENT_PATH \(ENOENT.*\): run the action inside a GitHub workflow, or point GITHUB_EVENT_PATH at a webhook payload\.$/
    )
  })
})
