import { describe, expect, it, jest } from '@jest/globals'
import type { DeploymentRequest } from '../../src/interpret-event.js'
import { startFeedback, type FeedbackClient, type FeedbackOptions } from '../../src/github/pull-request-feedback.js'
import { answered } from '../support/answered.js'
import { httpError } from '../support/github-errors.js'

function client(failWith?: Error): FeedbackClient & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    rest: {
      reactions: {
        createForIssueComment: async ({ comment_id, content, request }) => {
          calls.push(`react ${comment_id} ${content} retries=${request?.retries}`)
          if (failWith) throw failWith
        }
      },
      issues: {
        createComment: async ({ issue_number, body, request }) => {
          calls.push(`comment ${issue_number} ${body.split('\n')[0]} retries=${request?.retries}`)
          if (failWith) throw failWith
        }
      }
    }
  }
}

const commentRequest: DeploymentRequest = {
  decision: 'Approved',
  trigger: 'comment',
  actor: { login: 'alice', isBot: false },
  pullRequest: { number: 2, url: 'https://github.com/o/r/pull/2', merged: false },
  commentId: 77
}

const options = (overrides: Partial<FeedbackOptions> = {}): FeedbackOptions => ({
  repo: { owner: 'o', repo: 'r' },
  request: commentRequest,
  reactions: true,
  reply: true,
  runUrl: 'https://github.com/o/r/actions/runs/9',
  warn: () => {},
  ...overrides
})

describe('startFeedback', () => {
  it('reacts 👀 at once, then 🚀 and a reply on success, each tried once', async () => {
    const github = client()
    const feedback = startFeedback(github, options())
    expect(github.calls).toEqual(['react 77 eyes retries=0'])
    await feedback.succeeded(answered())
    expect(github.calls).toEqual([
      'react 77 eyes retries=0',
      'react 77 rocket retries=0',
      'comment 2 🚀 **Approved** **Deploy/Approve** in pipeline **shop**. retries=0'
    ])
  })

  it('reacts 😕 and replies why on failure', async () => {
    const github = client()
    await startFeedback(github, options()).failed('Nope.')
    expect(github.calls).toEqual(['react 77 eyes retries=0', 'react 77 confused retries=0', 'comment 2 😕 Nothing was sent to CodePipeline. Nope. retries=0'])
  })

  it('replies to a label trigger, with no comment to react to; says nothing for merges and workflow steps', async () => {
    const label = client()
    await startFeedback(label, options({ request: { ...commentRequest, trigger: 'label', commentId: undefined } })).succeeded(answered())
    expect(label.calls).toEqual(['comment 2 🚀 **Approved** **Deploy/Approve** in pipeline **shop**. retries=0'])
    for (const trigger of ['merge', 'close', 'input'] as const) {
      const quiet = client()
      await startFeedback(quiet, options({ request: { ...commentRequest, trigger, commentId: undefined } })).failed('x')
      expect(quiet.calls).toEqual([])
    }
  })

  it('honours reactions: false and reply: false', async () => {
    const github = client()
    await startFeedback(github, options({ reactions: false })).succeeded(answered())
    expect(github.calls).toEqual(['comment 2 🚀 **Approved** **Deploy/Approve** in pipeline **shop**. retries=0'])
    const silent = client()
    await startFeedback(silent, options({ reactions: false, reply: false })).succeeded(answered())
    expect(silent.calls).toEqual([])
  })

  it('warns instead of failing when GitHub refuses', async () => {
    const warn = jest.fn()
    await expect(startFeedback(client(httpError(403)), options({ warn })).succeeded(answered())).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledTimes(3)
    expect(warn).toHaveBeenCalledWith(
      'Could not reply on pull request #2 (HTTP 403): give the workflow pull-requests: write, or set reply to false; the outcome is unchanged.'
    )
  })
})
