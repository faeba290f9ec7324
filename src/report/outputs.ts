import type { CommitVerdict } from '../commit-check.js'
import type { DeploymentRequest, PullRequestInfo } from '../interpret-event.js'
import type { LocatedApproval } from '../codepipeline/locate-approval.js'
import type { Decision } from '../types.js'

/** Output names exactly as action.yml declares them. */
export const OUTPUT = {
  decision: 'decision',
  outcome: 'outcome',
  approvedAt: 'approved-at',
  pipelineExecutionId: 'pipeline-execution-id',
  revision: 'revision',
  summary: 'summary',
  actor: 'actor',
  pullRequest: 'pull-request',
  pullRequests: 'pull-requests',
  error: 'error'
} as const

export interface Skipped {
  outcome: 'skipped'
  reason: string
}

export interface Answered {
  outcome: 'sent' | 'dry-run'
  decision: Decision
  actor: string
  approval: LocatedApproval
  summary: string
  pullRequest?: PullRequestInfo
  approvedAt?: Date
  verdict: CommitVerdict
  /** Every pull request told about it (a sweep can answer and notify several). */
  pullRequests?: number[]
}

/**
 * A waiting approval announced on its pull requests (`notified`), or an
 * answered one reported there (`updated`), with nothing sent to CodePipeline.
 */
export interface Notified {
  outcome: 'notified' | 'updated'
  /** What was done, one sentence per approval, for the log and the job summary. */
  messages: string[]
  pullRequests: number[]
  /** The approval run, when there is exactly one. */
  approval?: { pipelineExecutionId: string; commit?: string }
}

/** New commits on a pull request: its approve and reject labels came off, with nothing sent to CodePipeline. */
export interface LabelsRemoved {
  outcome: 'labels-removed'
  message: string
  pullRequest: number
}

/** A merge or label whose approval does not wait yet: the dispatch run will answer it. */
export interface Deferred {
  outcome: 'deferred'
  message: string
  decision: Decision
  actor: string
  pullRequest?: PullRequestInfo
  /** The commit the approval will be answered for. */
  commit?: string
}

export type Outcome = Skipped | Answered | Notified | Deferred | LabelsRemoved

/**
 * Nothing was sent: `refused` when a person or commit was not allowed,
 * `failed` when something broke. `request` is there when the event asked.
 * `maybeSent`: it broke while sending, so the answer may have gone through.
 */
export interface Failed {
  outcome: 'refused' | 'failed'
  message: string
  request?: DeploymentRequest
  maybeSent?: boolean
}

/** How a run ended, for the job summary and the pull request. */
export type Ending = Outcome | Failed

/** The part of @actions/core that reporting writes to. */
export interface Reporter {
  setOutput(name: string, value: string): void
  info(message: string): void
  notice(message: string): void
}

/** Sets every output, so later steps (and `if: failure()` ones) can read them whatever happened. */
export function reportOutcome(reporter: Reporter, outcome: Ending): void {
  switch (outcome.outcome) {
    case 'refused':
    case 'failed': {
      const { request } = outcome
      setOutputs(reporter, {
        [OUTPUT.outcome]: outcome.outcome,
        [OUTPUT.error]: outcome.message,
        [OUTPUT.actor]: request?.actor.login ?? '',
        [OUTPUT.pullRequest]: request?.pullRequest ? String(request.pullRequest.number) : ''
      })
      return
    }
    case 'skipped':
      reporter.notice(outcome.reason)
      setOutputs(reporter, { [OUTPUT.outcome]: 'skipped' })
      return
    case 'notified':
    case 'updated':
      for (const message of outcome.messages) reporter.info(message)
      setOutputs(reporter, {
        [OUTPUT.outcome]: outcome.outcome,
        [OUTPUT.pipelineExecutionId]: outcome.approval?.pipelineExecutionId ?? '',
        [OUTPUT.revision]: outcome.approval?.commit ?? '',
        [OUTPUT.pullRequest]: outcome.pullRequests.length === 1 ? String(outcome.pullRequests[0]) : '',
        [OUTPUT.pullRequests]: outcome.pullRequests.join(',')
      })
      return
    case 'labels-removed':
      reporter.info(outcome.message)
      setOutputs(reporter, {
        [OUTPUT.outcome]: 'labels-removed',
        [OUTPUT.pullRequest]: String(outcome.pullRequest),
        [OUTPUT.pullRequests]: String(outcome.pullRequest)
      })
      return
    case 'deferred':
      reporter.notice(outcome.message)
      setOutputs(reporter, {
        [OUTPUT.outcome]: 'deferred',
        [OUTPUT.revision]: outcome.commit ?? '',
        [OUTPUT.actor]: outcome.actor,
        [OUTPUT.pullRequest]: outcome.pullRequest ? String(outcome.pullRequest.number) : '',
        [OUTPUT.pullRequests]: outcome.pullRequest ? String(outcome.pullRequest.number) : ''
      })
      return
  }
  const { approval } = outcome
  const where = `${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}"`
  reporter.info(
    outcome.outcome === 'sent'
      ? `Sent ${outcome.decision} for ${where}: ${outcome.summary}`
      : `Dry run: would send ${outcome.decision} for ${where}: ${outcome.summary}`
  )
  const pullRequests = outcome.pullRequests ?? (outcome.pullRequest ? [outcome.pullRequest.number] : [])
  setOutputs(reporter, {
    [OUTPUT.decision]: outcome.decision,
    [OUTPUT.outcome]: outcome.outcome,
    [OUTPUT.approvedAt]: outcome.approvedAt?.toISOString() ?? '',
    [OUTPUT.pipelineExecutionId]: approval.pipelineExecutionId ?? '',
    [OUTPUT.revision]: approval.commit ?? '',
    [OUTPUT.summary]: outcome.summary,
    [OUTPUT.actor]: outcome.actor,
    [OUTPUT.pullRequest]: outcome.pullRequest ? String(outcome.pullRequest.number) : '',
    [OUTPUT.pullRequests]: pullRequests.join(',')
  })
}

function setOutputs(reporter: Reporter, values: Partial<Record<(typeof OUTPUT)[keyof typeof OUTPUT], string>>): void {
  for (const name of Object.values(OUTPUT)) reporter.setOutput(name, values[name] ?? '')
}
