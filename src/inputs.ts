import type { ActingRole, Approvers, Decision, RevisionCheck, TeamRef } from './types.js'
import { ACTING_ROLES } from './types.js'

/** Input names exactly as action.yml declares them. */
export const INPUT = {
  pipelineName: 'pipeline-name',
  stageName: 'stage-name',
  actionName: 'action-name',
  decision: 'decision',
  approveCommand: 'approve-command',
  rejectCommand: 'reject-command',
  approveLabel: 'approve-label',
  rejectLabel: 'reject-label',
  approveOnMerge: 'approve-on-merge',
  rejectOnClose: 'reject-on-close',
  permission: 'permission',
  approvers: 'approvers',
  allowSelfApproval: 'allow-self-approval',
  revisionCheck: 'revision-check',
  revision: 'revision',
  summary: 'summary',
  waitTimeout: 'wait-timeout',
  pollInterval: 'poll-interval',
  dryRun: 'dry-run',
  awsRegion: 'aws-region',
  githubToken: 'github-token',
  approversToken: 'approvers-token',
  reactions: 'reactions',
  reply: 'reply',
  whenNotWaiting: 'when-not-waiting',
  dispatchEventType: 'dispatch-event-type',
  notify: 'notify',
  commitStatus: 'commit-status'
} as const

/** What a merge or label does when its commit's approval does not wait yet. */
export type WhenNotWaiting = 'fail' | 'wait' | 'defer'

export interface Inputs {
  pipelineName: string
  stageName?: string
  actionName?: string
  /** `auto` reads the decision from the event. */
  decision: Decision | 'auto'
  /** Commands and labels are kept lower-case: both are matched case-insensitively. */
  approveCommand: string
  rejectCommand: string
  approveLabel: string
  rejectLabel: string
  approveOnMerge: boolean
  rejectOnClose: boolean
  permission: ActingRole
  approvers: Approvers
  allowSelfApproval: boolean
  revisionCheck: RevisionCheck
  /** Lower-case hex, 7 to 40 digits. */
  revision?: string
  summary: string
  waitTimeoutSeconds: number
  pollIntervalSeconds: number
  dryRun: boolean
  awsRegion?: string
  githubToken: string
  /** For team membership only (read:org); empty: github-token. */
  approversToken?: string
  /** 👀 on a command comment, then 🚀 or 😕. */
  reactions: boolean
  /** A comment on the pull request saying what happened, for comment and label triggers. */
  reply: boolean
  /**
   * `wait` polls up to wait-timeout (and is what `fail` becomes when
   * wait-timeout is set, as before); `defer` ends a merge or label early,
   * leaving the answer to the repository_dispatch run.
   */
  whenNotWaiting: WhenNotWaiting
  /** The repository_dispatch event_type this action answers. */
  dispatchEventType: string
  /** Post (and edit) the notice comment on pull requests when an approval waits. */
  notify: boolean
  /** Set a commit status on the waiting commit. */
  commitStatus: boolean
}

/** The part of @actions/core that reads inputs. */
export interface InputSource {
  getInput(name: string): string
  getBooleanInput(name: string): boolean
}

// CodePipeline's own rule for pipeline, stage and action names.
const PIPELINE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/
const COMMIT = /^[0-9a-f]{7,40}$/i
const LOGIN = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}(?:\[bot\])?$/
const TEAM_SLUG = /^[A-Za-z\d][A-Za-z\d_.-]{0,99}$/
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d{1,2}$/
// A GitHub job runs for at most six hours; waiting longer only hides a mistake.
const MAX_WAIT_SECONDS = 6 * 60 * 60
const MAX_POLL_SECONDS = 60 * 60

export class InputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '))
    this.name = 'InputError'
  }
}

/**
 * Reads and validates every input before anything is sent anywhere. All
 * problems are reported at once so one run fixes them all.
 */
export function readInputs(source: InputSource): Inputs {
  const problems: string[] = []
  const text = (name: string): string => source.getInput(name).trim()

  const pipelineNamed = (name: string, required: boolean): string | undefined => {
    const value = text(name)
    if (!value) {
      if (required) problems.push(`Input ${name} is required: set it to the name of the pipeline that holds the approval.`)
      return undefined
    }
    if (!PIPELINE_NAME.test(value)) {
      problems.push(
        `Input ${name} "${value}" is not a valid CodePipeline name: use 1 to 100 letters, digits or the characters . @ - _.`
      )
      return undefined
    }
    return value
  }

  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name).toLowerCase()
    if ((allowed as readonly string[]).includes(value)) return value as T
    problems.push(`Input ${name} must be ${listOr(allowed)} (got "${text(name)}").`)
    return fallback
  }

  const flag = (name: string): boolean => {
    try {
      return source.getBooleanInput(name)
    } catch {
      problems.push(`Input ${name} must be true or false (got "${text(name)}").`)
      return false
    }
  }

  const seconds = (name: string, min: number, max: number): number => {
    const value = text(name)
    const parsed = /^\d+$/.test(value) ? Number(value) : NaN
    if (Number.isSafeInteger(parsed) && parsed >= min && parsed <= max) return parsed
    problems.push(`Input ${name} must be a whole number of seconds from ${min} to ${max} (got "${value}").`)
    return min
  }

  const word = (name: string, example: string): string => {
    const value = text(name)
    if (!value || /\s/.test(value)) {
      problems.push(`Input ${name} must be one word such as ${example} (got "${value}").`)
    }
    return value.toLowerCase()
  }

  const label = (name: string): string => {
    const value = text(name)
    if (!value || value.length > 50) {
      problems.push(`Input ${name} must be a label name of 1 to 50 characters (got "${value}").`)
    }
    return value.toLowerCase()
  }

  const distinct = (a: string, b: string, aValue: string, bValue: string): void => {
    if (aValue && aValue === bValue) problems.push(`Inputs ${a} and ${b} must differ (both are "${aValue}").`)
  }

  const pipelineName = pipelineNamed(INPUT.pipelineName, true) ?? ''
  const stageName = pipelineNamed(INPUT.stageName, false)
  const actionName = pipelineNamed(INPUT.actionName, false)

  const decisionWord = oneOf(INPUT.decision, ['auto', 'approved', 'rejected'] as const, 'auto')
  const decision: Inputs['decision'] =
    decisionWord === 'approved' ? 'Approved' : decisionWord === 'rejected' ? 'Rejected' : 'auto'

  const approveCommand = word(INPUT.approveCommand, '/approve-deploy')
  const rejectCommand = word(INPUT.rejectCommand, '/reject-deploy')
  distinct(INPUT.approveCommand, INPUT.rejectCommand, approveCommand, rejectCommand)
  const approveLabel = label(INPUT.approveLabel)
  const rejectLabel = label(INPUT.rejectLabel)
  distinct(INPUT.approveLabel, INPUT.rejectLabel, approveLabel, rejectLabel)

  const revision = text(INPUT.revision)
  if (revision && !COMMIT.test(revision)) {
    problems.push(`Input revision must be a commit SHA of 7 to 40 hex digits (got "${revision}").`)
  }

  const dispatchEventType = text(INPUT.dispatchEventType)
  if (!dispatchEventType || dispatchEventType.length > 100 || /\s/.test(dispatchEventType)) {
    problems.push(
      `Input dispatch-event-type must be one word of 1 to 100 characters, the event_type of the repository_dispatch events (got "${dispatchEventType}").`
    )
  }

  const awsRegion = text(INPUT.awsRegion)
  if (awsRegion && !REGION.test(awsRegion)) {
    problems.push(`Input aws-region must be an AWS region such as us-east-1 (got "${awsRegion}").`)
  }

  const inputs: Inputs = {
    pipelineName,
    stageName,
    actionName,
    decision,
    approveCommand,
    rejectCommand,
    approveLabel,
    rejectLabel,
    approveOnMerge: flag(INPUT.approveOnMerge),
    rejectOnClose: flag(INPUT.rejectOnClose),
    permission: oneOf(INPUT.permission, ACTING_ROLES, 'admin'),
    approvers: parseApprovers(text(INPUT.approvers), problems),
    allowSelfApproval: flag(INPUT.allowSelfApproval),
    revisionCheck: oneOf(INPUT.revisionCheck, ['auto', 'strict', 'off'] as const, 'strict'),
    revision: revision ? revision.toLowerCase() : undefined,
    summary: text(INPUT.summary),
    waitTimeoutSeconds: seconds(INPUT.waitTimeout, 0, MAX_WAIT_SECONDS),
    pollIntervalSeconds: seconds(INPUT.pollInterval, 1, MAX_POLL_SECONDS),
    dryRun: flag(INPUT.dryRun),
    awsRegion: awsRegion || undefined,
    githubToken: text(INPUT.githubToken),
    approversToken: text(INPUT.approversToken) || undefined,
    reactions: flag(INPUT.reactions),
    reply: flag(INPUT.reply),
    whenNotWaiting: oneOf(INPUT.whenNotWaiting, ['fail', 'wait', 'defer'] as const, 'fail'),
    dispatchEventType,
    notify: flag(INPUT.notify),
    commitStatus: flag(INPUT.commitStatus)
  }
  // wait-timeout alone has always meant "wait": fail only says what happens without it.
  if (inputs.whenNotWaiting === 'fail' && inputs.waitTimeoutSeconds > 0) inputs.whenNotWaiting = 'wait'
  if (inputs.whenNotWaiting === 'wait' && inputs.waitTimeoutSeconds === 0) {
    problems.push('Input when-not-waiting is wait, but wait-timeout is 0: set wait-timeout to how many seconds to wait.')
  }
  if (inputs.whenNotWaiting === 'defer' && inputs.waitTimeoutSeconds > 0) {
    problems.push(
      'Inputs when-not-waiting: defer and wait-timeout both say what to do when nothing waits yet: set wait-timeout to 0 with defer, or use when-not-waiting: wait.'
    )
  }
  if (problems.length > 0) throw new InputError(problems)
  return inputs
}

/** Users and org/team slugs, separated by commas, spaces or new lines; a leading @ is allowed. */
function parseApprovers(value: string, problems: string[]): Approvers {
  const users: string[] = []
  const teams: TeamRef[] = []
  for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
    const name = entry.replace(/^@/, '')
    const [org, slug, extra] = name.split('/')
    if (slug === undefined && LOGIN.test(name)) {
      users.push(name.toLowerCase())
    } else if (org && slug && extra === undefined && LOGIN.test(org) && TEAM_SLUG.test(slug)) {
      teams.push({ org: org.toLowerCase(), slug: slug.toLowerCase() })
    } else {
      problems.push(`Input approvers has "${entry}", which is neither a GitHub login nor an org/team slug: list entries like alice or my-org/deployers.`)
    }
  }
  return { users, teams }
}

function listOr(values: readonly string[]): string {
  return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`
}
