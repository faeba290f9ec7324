import { errorMessage, mayHaveSent, PersonRefused, publicMessage } from '../errors.js'
import { httpStatus } from './errors.js'
import type { DeploymentRequest } from '../interpret-event.js'
import { replyText } from '../report/reply-text.js'
import type { Answered, Deferred } from '../report/outputs.js'
import type { RepoRef } from '../types.js'

/** The Octokit methods feedback needs, so tests can pass plain objects. */
export interface FeedbackClient {
  rest: {
    reactions: {
      createForIssueComment(params: {
        owner: string
        repo: string
        comment_id: number
        content: 'eyes' | 'rocket' | 'confused'
        request?: { retries: number }
      }): Promise<unknown>
    }
    issues: {
      createComment(params: { owner: string; repo: string; issue_number: number; body: string; request?: { retries: number } }): Promise<unknown>
    }
  }
}

export interface PullRequestFeedback {
  succeeded(answered: Answered): Promise<void>
  /** A merge or label left for the dispatch run: the reply says for which commit. */
  deferred(deferred: Deferred): Promise<void>
  failed(error: unknown): Promise<void>
}

export interface FeedbackOptions {
  repo: RepoRef
  request: DeploymentRequest
  reactions: boolean
  reply: boolean
  runUrl: string
  warn(message: string): void
}

// Cosmetic calls are tried once: the outcome must not wait on them.
const ONCE = { retries: 0 }

/**
 * Tells the people on the pull request what happened. A command comment gets
 * 👀 as soon as it is read (without holding up the approval), then 🚀 or 😕;
 * comment and label triggers get a reply, unless the person may not act at
 * all: then only 😕, so a stranger cannot make the bot talk. Any failure
 * here is a warning.
 */
export function startFeedback(client: FeedbackClient, options: FeedbackOptions): PullRequestFeedback {
  const { repo, request, warn } = options
  const commentId = request.trigger === 'comment' ? request.commentId : undefined
  const pullRequest = request.pullRequest
  const replies = options.reply && pullRequest && (request.trigger === 'comment' || request.trigger === 'label')

  const attempt = async (what: string, input: 'reactions' | 'reply', call: () => Promise<unknown>): Promise<void> => {
    try {
      await call()
    } catch (error) {
      const status = httpStatus(error)
      warn(
        `Could not ${what} on pull request #${pullRequest?.number} (${status ? `HTTP ${status}` : errorMessage(error)}): give the workflow pull-requests: write, or set ${input} to false; the outcome is unchanged.`
      )
    }
  }
  const react = (content: 'eyes' | 'rocket' | 'confused'): Promise<void> =>
    options.reactions && commentId !== undefined
      ? attempt(`add the ${content} reaction`, 'reactions', () =>
          client.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content, request: ONCE })
        )
      : Promise.resolve()
  const comment = (body: string): Promise<void> =>
    replies && pullRequest
      ? attempt('reply', 'reply', () => client.rest.issues.createComment({ ...repo, issue_number: pullRequest.number, body, request: ONCE }))
      : Promise.resolve()

  const seen = react('eyes')
  return {
    async succeeded(answered) {
      await Promise.all([seen, react('rocket'), comment(replyText(answered, options.runUrl))])
    },
    async deferred(deferred) {
      await Promise.all([seen, comment(replyText(deferred, options.runUrl))])
    },
    async failed(error) {
      const reply =
        error instanceof PersonRefused
          ? Promise.resolve()
          : comment(replyText({ outcome: 'failed', publicMessage: publicMessage(error), maybeSent: mayHaveSent(error) }, options.runUrl))
      await Promise.all([seen, react('confused'), reply])
    }
  }
}
