import { createRequire } from 'node:module'
import type { EventPayload } from '../../src/event-context.js'

/**
 * Webhook payloads from @octokit/webhooks-examples (real deliveries), changed
 * only where a case needs it. The examples' repository is
 * Codertocat/Hello-World, and pull request #2 has these commits.
 */
export const REPOSITORY = 'Codertocat/Hello-World'
export const PR_NUMBER = 2
export const PR_URL = 'https://github.com/Codertocat/Hello-World/pull/2'
export const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
export const PR_MERGE_COMMIT = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'
export const PR_AUTHOR = 'Codertocat'

// Example payloads are edited field by field; their full types add nothing here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>

interface ExampleGroup {
  name: string
  examples: (Record<string, unknown> & { action?: string })[]
}

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleGroup[]

/** A deep copy of the first example of an event (and action). */
export function example(event: string, action?: string): Record<string, unknown> {
  const group = examples.find((candidate) => candidate.name === event)
  const found = group?.examples.find((candidate) => action === undefined || candidate.action === action)
  if (!found) throw new Error(`@octokit/webhooks-examples has no ${event} ${action ?? ''} example`)
  return structuredClone(found)
}

interface UserLike {
  login: string
  type: string
  [key: string]: unknown
}

function asUser(template: unknown, login: string, type = 'User'): UserLike {
  return { ...(template as UserLike), login, type }
}

/** An issue_comment on pull request #2 (the examples' comments are on an issue). */
export function commentEvent(
  options: { body: string; author?: string; sender?: string; authorType?: string; action?: string; onPullRequest?: boolean } = { body: '' }
): EventPayload {
  const payload = example('issue_comment', options.action ?? 'created') as Editable
  const author = options.author ?? 'Codertocat'
  payload.comment.body = options.body
  payload.comment.user = asUser(payload.comment.user, author, options.authorType)
  payload.sender = asUser(payload.sender, options.sender ?? author, options.authorType)
  if (options.onPullRequest !== false) {
    payload.issue.number = PR_NUMBER
    payload.issue.html_url = PR_URL
    payload.issue.user = asUser(payload.issue.user, PR_AUTHOR)
    payload.issue.pull_request = {
      url: `https://api.github.com/repos/${REPOSITORY}/pulls/${PR_NUMBER}`,
      html_url: PR_URL,
      diff_url: `${PR_URL}.diff`,
      patch_url: `${PR_URL}.patch`,
      merged_at: null
    }
  }
  return payload as EventPayload
}

/** pull_request closed, merged or not, by `sender`. */
export function closedEvent(options: { merged: boolean; sender?: string; senderType?: string }): EventPayload {
  const payload = example('pull_request', 'closed') as Editable
  payload.pull_request.merged = options.merged
  payload.pull_request.merged_at = options.merged ? payload.pull_request.closed_at : null
  if (options.sender) payload.sender = asUser(payload.sender, options.sender, options.senderType)
  return payload as EventPayload
}

/** pull_request labeled with `label` by `sender`. */
export function labeledEvent(options: { label: string; sender?: string; senderType?: string }): EventPayload {
  const payload = example('pull_request', 'labeled') as Editable
  payload.label.name = options.label
  if (options.sender) payload.sender = asUser(payload.sender, options.sender, options.senderType)
  return payload as EventPayload
}
