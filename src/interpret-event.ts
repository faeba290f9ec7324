import type { EventContext, PullRequestPayload, UserPayload } from './event-context.js'
import type { Inputs } from './inputs.js'
import { parseCommand } from './parse-command.js'
import type { Decision } from './types.js'

export interface Person {
  login: string
  isBot: boolean
}

export interface PullRequestInfo {
  number: number
  url: string
  author?: string
  /** Unknown for comment events until the pull request is fetched. */
  headSha?: string
  merged: boolean
  mergeCommitSha?: string
  /**
   * How many commits GitHub counts (GET /pulls/{n} `commits`), once the pull
   * request is read and when it is 250 or more: the listing of its commits
   * stops at 250, so only then does the count tell whether it is whole.
   */
  commitCount?: number
}

/** What made the request: a comment, a label, a merge, a close, or the decision input. */
export type Trigger = 'comment' | 'label' | 'merge' | 'close' | 'input'

export interface DeploymentRequest {
  decision: Decision
  trigger: Trigger
  /** The comment author, the labeller or the merger; for `input`, whoever started the run. */
  actor: Person
  /** The event's sender, who must be the actor for the request to be authorized. */
  sender?: Person
  pullRequest?: PullRequestInfo
  commentId?: number
  /** When the comment was written: a force-push after it voids a short pin. */
  commentCreatedAt?: string
  /** The prefix pinned in the comment, until it is resolved against the pull request's commits. */
  pinnedCommit?: string
  /** Why the comment's pin is not one; refused once the person is authorized. */
  pinProblem?: string
  reason?: string
}

export type Interpretation = { act: true; request: DeploymentRequest } | { act: false; reason: string }

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/** Decides whether the event asks for an approval or a rejection, and who asked. */
export function interpretEvent(event: EventContext, inputs: Inputs): Interpretation {
  if (inputs.decision !== 'auto') return { act: true, request: fromDecisionInput(event, inputs.decision) }

  const { eventName, payload } = event
  const sender = person(payload.sender)

  if (eventName === 'issue_comment') {
    const { comment, issue } = payload
    if (payload.action !== 'created') {
      return skip(`the comment was ${payload.action ?? 'changed'}, and only new comments are read`)
    }
    if (!issue?.pull_request || !comment) return skip('the comment is on an issue, not on a pull request')
    const command = parseCommand(comment.body ?? '', { approve: inputs.approveCommand, reject: inputs.rejectCommand })
    if (!command) {
      return skip(`the comment does not start with ${inputs.approveCommand} or ${inputs.rejectCommand}`)
    }
    return {
      act: true,
      request: {
        decision: command.decision,
        trigger: 'comment',
        actor: person(comment.user) ?? { login: '', isBot: false },
        sender,
        pullRequest: {
          number: issue.number,
          url: issue.html_url,
          author: issue.user?.login,
          merged: false
        },
        commentId: comment.id,
        commentCreatedAt: comment.created_at,
        pinnedCommit: command.pinnedCommit,
        pinProblem: command.pinProblem,
        reason: command.reason
      }
    }
  }

  if (PULL_REQUEST_EVENTS.has(eventName) && payload.pull_request) {
    const pullRequest = pullRequestInfo(payload.pull_request)
    const base = { actor: sender ?? { login: '', isBot: false }, sender, pullRequest }
    const number = `pull request #${pullRequest.number}`
    if (payload.action === 'closed') {
      if (pullRequest.merged) {
        return inputs.approveOnMerge
          ? { act: true, request: { ...base, decision: 'Approved', trigger: 'merge' } }
          : skip(`${number} was merged, and approve-on-merge is false`)
      }
      return inputs.rejectOnClose
        ? { act: true, request: { ...base, decision: 'Rejected', trigger: 'close' } }
        : skip(`${number} was closed without merging, and reject-on-close is false`)
    }
    if (payload.action === 'labeled') {
      const label = payload.label?.name ?? ''
      const decision: Decision | undefined =
        label.toLowerCase() === inputs.approveLabel
          ? 'Approved'
          : label.toLowerCase() === inputs.rejectLabel
            ? 'Rejected'
            : undefined
      return decision
        ? { act: true, request: { ...base, decision, trigger: 'label' } }
        : skip(`the label "${label}" is neither ${inputs.approveLabel} nor ${inputs.rejectLabel}`)
    }
    return skip(`${eventName} "${payload.action ?? ''}" events ask nothing; merges, labels and comment commands do`)
  }

  return skip(
    `${eventName || 'this'} events ask nothing while decision is auto; set decision to approved or rejected to act on them`
  )
}

/** With an explicit decision the workflow author is the authority, whatever the event. */
function fromDecisionInput(event: EventContext, decision: Decision): DeploymentRequest {
  const { payload } = event
  const pullRequest = payload.pull_request
    ? pullRequestInfo(payload.pull_request)
    : payload.issue?.pull_request
      ? { number: payload.issue.number, url: payload.issue.html_url, author: payload.issue.user?.login, merged: false }
      : undefined
  return {
    decision,
    trigger: 'input',
    // Whoever started this attempt: on a re-run, the person who pressed the button.
    actor: { login: event.triggeringActor || event.actor, isBot: isBotLogin(event.triggeringActor || event.actor) },
    pullRequest
  }
}

function pullRequestInfo(pr: PullRequestPayload): PullRequestInfo {
  const merged = pr.merged === true
  return {
    number: pr.number,
    url: pr.html_url,
    author: pr.user?.login,
    headSha: pr.head?.sha?.toLowerCase(),
    merged,
    mergeCommitSha: merged ? (pr.merge_commit_sha?.toLowerCase() ?? undefined) : undefined
  }
}

function person(user: UserPayload | null | undefined): Person | undefined {
  return user ? { login: user.login, isBot: user.type === 'Bot' || isBotLogin(user.login) } : undefined
}

export function isBotLogin(login: string): boolean {
  return login.endsWith('[bot]')
}

function skip(reason: string): Interpretation {
  return { act: false, reason: `Skipped: ${reason}.` }
}
