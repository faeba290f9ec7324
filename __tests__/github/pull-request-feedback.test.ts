import { describe, expect, it, jest } from '@jest/globals'
import { CodePipelineError } from '../../src/codepipeline/api.js'
import { ActionError, MaybeSent, PersonRefused, Refusal } from '../../src/errors.js'
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
    await startFeedback(github, options()).failed(new ActionError('Nope.'))
    // 👀 first; the 😕 and the reply go out together, in no set order.
    expect(github.calls[0]).toBe('react 77 eyes retries=0')
    expect(github.calls.slice(1).sort()).toEqual(['comment 2 😕 Nothing was sent to CodePipeline. Nope. retries=0', 'react 77 confused retries=0'])
  })

  it('replies to a refused commit: the person may act, the commit may not', async () => {
    const github = client()
    await startFeedback(github, options()).failed(new Refusal('The pinned commit c4295bd is not a commit of pull request #2.'))
    expect(github.calls[0]).toBe('react 77 eyes retries=0')
    expect(github.calls.slice(1).sort()).toEqual([
      'comment 2 😕 Nothing was sent to CodePipeline. The pinned commit c4295bd is not a commit of pull request #2. retries=0',
      'react 77 confused retries=0'
    ])
  })

  it('gives a person who may not act only 😕, never a reply', async () => {
    const github = client()
    await startFeedback(github, options()).failed(new PersonRefused('@mallory is not a collaborator on o/r.'))
    expect(github.calls).toEqual(['react 77 eyes retries=0', 'react 77 confused retries=0'])
    const label = client()
    await startFeedback(label, options({ request: { ...commentRequest, trigger: 'label', commentId: undefined } })).failed(
      new PersonRefused('@mallory is not a collaborator on o/r.')
    )
    expect(label.calls).toEqual([])
  })

  it("replies with the public message only, never AWS's own text", async () => {
    const bodies: string[] = []
    const github: FeedbackClient = {
      rest: {
        reactions: { createForIssueComment: async () => undefined },
        issues: {
          createComment: async ({ body }) => {
            bodies.push(body)
          }
        }
      }
    }
    const error = new CodePipelineError(
      'The AWS credentials may not call codepipeline:PutApprovalResult (User: arn:aws:sts::123456789012:assumed-role/deploy/x is not authorized): allow codepipeline:PutApprovalResult on the pipeline in the role\'s IAM policy.',
      'AccessDeniedException',
      1,
      { publicMessage: "The AWS credentials may not call codepipeline:PutApprovalResult: allow codepipeline:PutApprovalResult on the pipeline in the role's IAM policy." }
    )
    await startFeedback(github, options()).failed(error)
    expect(bodies).toEqual([
      "😕 Nothing was sent to CodePipeline. The AWS credentials may not call codepipeline:PutApprovalResult: allow codepipeline:PutApprovalResult on the pipeline in the role's IAM policy.\n\n[Workflow run](https://github.com/o/r/actions/runs/9) (the job log has the details)"
    ])
    expect(bodies[0]).not.toContain('123456789012')
  })

  it('does not reply "Nothing was sent" when the answer may have been sent', async () => {
    const github = client()
    await startFeedback(github, options()).failed(new MaybeSent('PutApprovalResult got no clear answer, so the Approved answer may have been sent: check the console.'))
    expect(github.calls[0]).toBe('react 77 eyes retries=0')
    expect(github.calls.slice(1).sort()).toEqual([
      'comment 2 ⚠️ PutApprovalResult got no clear answer, so the Approved answer may have been sent: check the console. retries=0',
      'react 77 confused retries=0'
    ])
  })

  it('replies with a generic sentence for anything that is not an ActionError', async () => {
    const bodies: string[] = []
    const github: FeedbackClient = {
      rest: {
        reactions: { createForIssueComment: async () => undefined },
        issues: {
          createComment: async ({ body }) => {
            bodies.push(body)
          }
        }
      }
    }
    await startFeedback(github, options()).failed(new TypeError("Cannot read properties of undefined (reading 'token') at /home/runner/work"))
    expect(bodies).toEqual([
      '😕 Nothing was sent to CodePipeline. The action failed unexpectedly, so nothing was sent: the job log has the details.\n\n[Workflow run](https://github.com/o/r/actions/runs/9) (the job log has the details)'
    ])
  })

  it('replies to a label trigger, with no comment to react to; says nothing for merges and workflow steps', async () => {
    const label = client()
    await startFeedback(label, options({ request: { ...commentRequest, trigger: 'label', commentId: undefined } })).succeeded(answered())
    expect(label.calls).toEqual(['comment 2 🚀 **Approved** **Deploy/Approve** in pipeline **shop**. retries=0'])
    for (const trigger of ['merge', 'close', 'input'] as const) {
      const quiet = client()
      await startFeedback(quiet, options({ request: { ...commentRequest, trigger, commentId: undefined } })).failed(new ActionError('x'))
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
