import type { ListPipelineExecutionsOutput } from '@aws-sdk/client-codepipeline'
import { alreadyDecided, type EarlyDecision } from '../already-decided.js'
import { composeSummary } from '../approval-summary.js'
import type { CodePipelineApi } from '../codepipeline/api.js'
import { executionCommits, readApprovalExecution, readWaitingApprovals, type ApprovalExecution, type ApprovalStatus } from '../codepipeline/approval-execution.js'
import { CodePipelineError } from '../codepipeline/api.js'
import { listAllActionExecutions } from '../codepipeline/pending-approvals.js'
import { readLayout, resolveTargets, describeApproval, type ApprovalAction, type PipelineLayout } from '../codepipeline/pipeline-layout.js'
import { sendApproval } from '../codepipeline/send-approval.js'
import { shortSha } from '../commit-check.js'
import type { ApprovalEvent, EventState } from '../dispatch-payload.js'
import { errorMessage, mayHaveSent, PersonRefused } from '../errors.js'
import type { FlowContext, GitHubClients } from '../flow-context.js'
import { authorize } from '../github/authorize.js'
import { codeAuthors } from '../github/code-authors.js'
import { readCommitPullRequests, type CommitPullRequests, type PullRequestState } from '../github/commit-pull-requests.js'
import { chooseNotice, listComments, noticeMarker } from '../github/approval-notice.js'
import { tellPullRequests } from '../github/tell-pull-requests.js'
import { answeredNotice, approvalStatus, consoleUrl, waitingNotice, type NoticeSubject } from '../report/notice-text.js'
import type { Answered, Notified, Outcome } from '../report/outputs.js'

/** Where the approval runs to look at come from: one event, or every one that waits now. */
export type ApprovalSource = { kind: 'dispatch'; event: ApprovalEvent } | { kind: 'sweep' }

// The API can lag the event by seconds: look again this often before
// concluding that CodePipeline shows something else.
const LAG_RETRIES = 3
const LAG_PAUSE_MS = 2_000
// A sweep looks at this many of the newest executions for answered runs:
// enough for the runs answered since the last sweep, few enough to stay cheap.
const ANSWERED_LOOKBACK = 5
const ANSWERED = new Set<string>(['Succeeded', 'Failed', 'Abandoned'])

/** What one approval run came to. */
type Result =
  | { answered: Answered }
  | { told: 'notified' | 'updated'; message: string; pullRequests: number[]; approval: ApprovalExecution; commit?: string }
  /** A sweep's answered run whose notices already say so: nothing to do. */
  | { quiet: string }

/**
 * event -> waiting approval -> its commits -> pull requests -> decision
 * already made, or notice. Nothing in the event is taken as a fact:
 * CodePipeline says which approval waits, with which token and commits, and
 * GitHub who merged or labelled, and whether they may.
 */
export async function notifyWaiting(context: FlowContext, source: ApprovalSource): Promise<Outcome> {
  const { inputs } = context
  const api = await context.codepipeline()
  if (source.kind === 'dispatch') {
    const region = await api.region()
    if (region && region !== source.event.region) {
      return { outcome: 'skipped', reason: `Skipped: the event is for region ${source.event.region}, and this action answers pipelines in ${region}.` }
    }
  }
  const layout = readLayout(await api.getPipeline(inputs.pipelineName))
  const targets = resolveTargets(layout, inputs.stageName, inputs.actionName)

  if (source.kind === 'dispatch') {
    const { event } = source
    const target = targets.find((candidate) => candidate.stageName === event.stage && candidate.actionName === event.action)
    if (!target) {
      return {
        outcome: 'skipped',
        reason: `Skipped: ${event.stage}/${event.action} is not an approval this action answers in pipeline "${layout.pipelineName}" (${targets.map(describeApproval).join(', ')}).`
      }
    }
    let approval: ApprovalExecution
    try {
      approval = await readSettled(context, api, layout, target, event)
    } catch (error) {
      // Anyone who can write can send a dispatch: an execution CodePipeline does not know is skipped.
      if (!(error instanceof CodePipelineError) || error.code !== 'PipelineExecutionNotFoundException') throw error
      return { outcome: 'skipped', reason: `Skipped: CodePipeline knows no execution ${event.executionId} of pipeline "${layout.pipelineName}".` }
    }
    if (!approval.status) {
      return { outcome: 'skipped', reason: `Skipped: execution ${event.executionId} has not reached ${describeApproval(target)} in pipeline "${layout.pipelineName}".` }
    }
    return combine([await handle(context, api, approval)])
  }

  // A sweep: every run that waits now, and the latest answered ones, whose
  // notices may still say they wait when their event was lost.
  const [waiting, executions] = await Promise.all([readWaitingApprovals(api, layout, targets), api.listPipelineExecutions(layout.pipelineName)])
  const answered = await readRecentlyAnswered(api, layout, targets, waiting, executions)
  const runs = [...waiting, ...answered]
  if (runs.length === 0) {
    return { outcome: 'skipped', reason: `Skipped: nothing waits for an answer at ${targets.map(describeApproval).join(', ')} in pipeline "${layout.pipelineName}".` }
  }
  const results: Result[] = []
  const failures: unknown[] = []
  // One after another: each may send a decision, and the log reads in order.
  // One that fails does not stop the others; the run fails if none got through.
  for (const approval of runs) {
    try {
      results.push(await handle(context, api, approval, answered.includes(approval)))
    } catch (error) {
      failures.push(error)
      context.warn(`${describeApproval(approval)} of execution ${approval.pipelineExecutionId}: ${errorMessage(error)}`)
    }
  }
  // An answer that may have been sent is the failure to report: it must not read as "nothing was sent".
  if (results.length === 0) throw failures.find(mayHaveSent) ?? failures[0]
  return combine(results)
}

/**
 * The answered runs of the newest executions that do not wait now: a
 * notice may still say one waits when its event was lost. Each execution's
 * own action executions are read (ListActionExecutions filtered by its id),
 * as for a dispatch, because GetPipelineState shows only the stage's newest
 * execution, which may not have reached the approval yet. `listing` is
 * the newest page of executions, newest first.
 */
async function readRecentlyAnswered(
  api: CodePipelineApi,
  layout: PipelineLayout,
  targets: ApprovalAction[],
  waiting: ApprovalExecution[],
  listing: ListPipelineExecutionsOutput
): Promise<ApprovalExecution[]> {
  const { pipelineName, executionMode } = layout
  const waits = (id: string): boolean => targets.every((target) => waiting.some((run) => run.pipelineExecutionId === id && run.stageName === target.stageName && run.actionName === target.actionName))
  const recent = (listing.pipelineExecutionSummaries ?? [])
    .flatMap((execution) => (execution.pipelineExecutionId && !waits(execution.pipelineExecutionId) ? [execution] : []))
    .slice(0, ANSWERED_LOOKBACK)
  const runs = await Promise.all(
    recent.map(async (execution) => {
      const pipelineExecutionId = execution.pipelineExecutionId!
      const details = await listAllActionExecutions(api, pipelineName, pipelineExecutionId)
      const answered = targets.flatMap((target) => {
        // Newest first: a retried stage runs the approval again.
        const detail = details.find((candidate) => candidate.stageName === target.stageName && candidate.actionName === target.actionName)
        const status = detail?.status
        return status && ANSWERED.has(status) ? [{ target, detail: detail!, status: status as ApprovalStatus }] : []
      })
      if (answered.length === 0) return []
      const listed = execution.sourceRevisions?.flatMap((revision) => revision.revisionId ?? [])
      const commits = await executionCommits(api, pipelineName, pipelineExecutionId, listed)
      return answered.map(({ target, detail, status }) => ({
        ...target,
        pipelineName,
        executionMode,
        pipelineExecutionId,
        status,
        summary: detail.output?.executionResult?.externalExecutionSummary,
        updatedBy: detail.updatedBy,
        commits
      }))
    })
  )
  return runs.flat()
}

/** The approval run as CodePipeline shows it, looked at again briefly while it disagrees with the event. */
async function readSettled(
  context: FlowContext,
  api: CodePipelineApi,
  layout: PipelineLayout,
  target: { stageName: string; actionName: string },
  event: ApprovalEvent
): Promise<ApprovalExecution> {
  for (let attempt = 0; ; attempt++) {
    const approval = await readApprovalExecution(api, layout, target, event.executionId)
    if (agrees(event.state, approval.status) || attempt >= LAG_RETRIES) return approval
    context.log(
      `CodePipeline shows ${describeApproval(target)} of execution ${event.executionId} as ${approval.status ?? 'not reached'}, and the event says ${event.state}; looking again in ${LAG_PAUSE_MS / 1000} s.`
    )
    await context.clock.sleep(LAG_PAUSE_MS)
  }
}

function agrees(state: EventState, status: ApprovalStatus | undefined): boolean {
  if (state === 'STARTED') return status === 'InProgress'
  return status !== undefined && status !== 'InProgress'
}

/**
 * What the pull requests of an approval run are told about: each its own
 * commit (in a pipeline with several sources, the one whose listing named
 * it), and the commits GitHub knows, which get the status.
 */
interface Audience {
  pulls: PullRequestState[]
  /** The run's commit for its outputs and log: the first pull request's, else the first GitHub knows. */
  subject: NoticeSubject
  /** The subject as one pull request's notice names it. */
  subjectOf(pull: PullRequestState): NoticeSubject
  statusCommits: string[]
}

function audience(found: CommitPullRequests, approval: ApprovalExecution, url: string | undefined): Audience {
  const first = found.pulls[0] && found.commitOf.get(found.pulls[0].number)
  const subject: NoticeSubject = { ...approval, commit: first ?? found.known[0] ?? approval.commits[0], consoleUrl: url }
  return {
    pulls: found.pulls,
    subject,
    subjectOf: (pull) => ({ ...subject, commit: found.commitOf.get(pull.number) ?? subject.commit }),
    statusCommits: found.known
  }
}

async function handle(context: FlowContext, api: CodePipelineApi, approval: ApprovalExecution, onlyStale = false): Promise<Result> {
  const github = await context.github('telling the pull requests about the approval')
  const found = await readCommitPullRequests(github.main, context.event.repo, approval.commits, context.warn)
  const told = audience(found, approval, consoleUrl(await api.region(), approval.pipelineName, approval.pipelineExecutionId))
  if (approval.status === 'InProgress') return handleWaiting(context, api, github, approval, told)
  return handleAnswered(context, github, approval, told, onlyStale)
}

/** A run that waits: answer what a merge or label already decided, or tell the pull requests. */
async function handleWaiting(
  context: FlowContext,
  api: CodePipelineApi,
  github: GitHubClients,
  approval: ApprovalExecution,
  { pulls, subject, subjectOf, statusCommits }: Audience
): Promise<Result> {
  const { inputs, event } = context
  const where = `${describeApproval(approval)} in pipeline "${approval.pipelineName}"`
  const early = await alreadyDecided(github.main, event.repo, pulls, approval.commits, inputs, (signal) => judge(context, github, signal))
  const notes = early.notes
  if (early.decided && !approval.token) {
    context.warn(`${where} waits, but CodePipeline shows no token for execution ${approval.pipelineExecutionId} yet, so nothing was sent: the next event or sweep answers it.`)
  } else if (early.decided) {
    return { answered: await answerEarly(context, api, github, approval, early.decided) }
  }

  const told = await tellPullRequests(github.main, {
    repo: event.repo,
    key: approval,
    notices: pulls.map((pull) => ({
      number: pull.number,
      text: waitingNotice(subjectOf(pull), { approve: inputs.approveCommand, reject: inputs.rejectCommand }, notes.get(pull.number))
    })),
    mode: 'post',
    commits: statusCommits,
    status: approvalStatus(subject, 'InProgress'),
    notify: inputs.notify,
    commitStatus: inputs.commitStatus,
    warn: context.warn
  })
  const commit = subject.commit ? ` for commit ${shortSha(subject.commit)}` : ''
  const message =
    pulls.length === 0
      ? `${where} waits${commit} in execution ${approval.pipelineExecutionId}; no pull request has that commit, so only its commit status says so.`
      : `${where} waits${commit} in execution ${approval.pipelineExecutionId}; ${told.length > 0 ? `the notice is on ${told.map((number) => `#${number}`).join(', ')}` : 'no notice was posted'}.`
  return { told: 'notified', message, pullRequests: told, approval, commit: subject.commit }
}

/**
 * Whether the person who merged or labelled may decide: every check a
 * commenter passes but the sender's, because a dispatch is sent by the
 * token's owner. With allow-self-approval false, whoever wrote the code (any
 * pull request of the commit, any of its commits) may not.
 */
async function judge(context: FlowContext, github: GitHubClients, signal: EarlyDecision): Promise<string | undefined> {
  const { inputs, event } = context
  const { person, pullRequest, decision } = signal
  const how = signal.how === 'merge' ? 'merged' : `added ${signal.label} to`
  try {
    const authors = inputs.allowSelfApproval ? undefined : await codeAuthors(github.main, event.repo, { number: pullRequest.number, commit: signal.commit, commitCount: pullRequest.commitCount }, signal.decision)
    const authorization = await authorize(
      { permissions: github.main, teams: github.teams },
      { decision, actor: person, repo: event.repo, pullRequest: { number: pullRequest.number, author: pullRequest.author }, codeAuthors: authors },
      { ...inputs, teamTokenInput: inputs.approversToken ? 'approvers-token' : 'github-token' }
    )
    context.log(`@${authorization.login} ${how} pull request #${pullRequest.number} and may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${authorization.role}${authorization.approvedBy ? `, ${authorization.approvedBy}` : ''}.`)
    return undefined
  } catch (error) {
    if (!(error instanceof PersonRefused)) throw error
    context.warn(`@${person.login} ${how} pull request #${pullRequest.number} but may not decide, so that answered nothing: ${error.message}`)
    return error.message
  }
}

/** Sends what a merge or label decided, and tells its pull request. */
async function answerEarly(context: FlowContext, api: CodePipelineApi, github: GitHubClients, approval: ApprovalExecution, early: EarlyDecision): Promise<Answered> {
  const { inputs, event } = context
  const { person, pullRequest, decision } = early
  const how = early.how === 'merge' ? 'merged' : `added ${early.label} to`
  const summary = composeSummary({ decision, actor: person.login, link: pullRequest.url, commit: early.commit, how, note: inputs.summary })
  const located = {
    ...approval,
    token: approval.token!,
    commit: early.commit,
    verdict: { verified: true }
  }
  const answered: Answered = {
    outcome: inputs.dryRun ? 'dry-run' : 'sent',
    decision,
    actor: person.login,
    approval: located,
    summary,
    pullRequest: { number: pullRequest.number, url: pullRequest.url, author: pullRequest.author, headSha: pullRequest.headSha, merged: pullRequest.merged, mergeCommitSha: pullRequest.mergeCommitSha },
    verdict: located.verdict,
    pullRequests: [pullRequest.number]
  }
  if (inputs.dryRun) return answered
  const sent = await sendApproval(api, located, decision, summary, context.log)
  const status: ApprovalStatus = decision === 'Approved' ? 'Succeeded' : 'Failed'
  const subject = { ...approval, commit: early.commit, consoleUrl: consoleUrl(await api.region(), approval.pipelineName, approval.pipelineExecutionId) }
  await tellPullRequests(github.main, {
    repo: event.repo,
    key: approval,
    notices: [{ number: pullRequest.number, text: answeredNotice(subject, { status, summary }) }],
    mode: 'post',
    commits: [early.commit],
    status: approvalStatus(subject, status),
    notify: inputs.notify,
    commitStatus: inputs.commitStatus,
    warn: context.warn
  })
  return { ...answered, approvedAt: sent.approvedAt }
}

/** A run that was answered (here, in the console, by the CLI) or expired: the notices and statuses say so. */
async function handleAnswered(
  context: FlowContext,
  github: GitHubClients,
  approval: ApprovalExecution,
  { pulls, subject, subjectOf, statusCommits }: Audience,
  onlyStale: boolean
): Promise<Result> {
  const { inputs, event } = context
  const status = approval.status!
  const textOf = (pull: PullRequestState): string => answeredNotice(subjectOf(pull), { status, summary: approval.summary, updatedBy: approval.updatedBy })
  // A sweep sees the same answered run again and again: it edits only notices
  // that still say something else, and leaves the status alone otherwise.
  if (onlyStale) {
    const stale = await Promise.all(
      pulls.map(async (pull) => {
        const notice = await chooseNotice(github.main, await listComments(github.main, event.repo, pull.number), approval)
        return notice && notice.body !== `${textOf(pull)}\n\n${noticeMarker(approval)}` ? [pull] : []
      })
    )
    pulls = stale.flat()
    if (pulls.length === 0) return { quiet: `${describeApproval(approval)} of execution ${approval.pipelineExecutionId} is ${status}, and its notices say so.` }
  }
  const told = await tellPullRequests(github.main, {
    repo: event.repo,
    key: approval,
    notices: pulls.map((pull) => ({ number: pull.number, text: textOf(pull) })),
    mode: 'edit',
    commits: statusCommits,
    status: approvalStatus(subject, status),
    notify: inputs.notify,
    commitStatus: inputs.commitStatus,
    warn: context.warn
  })
  const by = approval.updatedBy ? ` by ${approval.updatedBy}` : ''
  const message = `${describeApproval(approval)} in pipeline "${approval.pipelineName}" is ${status}${by} in execution ${approval.pipelineExecutionId}; ${
    told.length > 0 ? `updated the notice on ${told.map((number) => `#${number}`).join(', ')}` : 'no notice to update'
  }.`
  return { told: 'updated', message, pullRequests: told, approval, commit: subject.commit }
}

/** One ending for the run: the answer if one was sent, else what the pull requests were told. */
function combine(results: Result[]): Outcome {
  const pullRequests = [
    ...new Set(results.flatMap((result) => ('answered' in result ? (result.answered.pullRequests ?? []) : 'told' in result ? result.pullRequests : [])))
  ]
  const answered = results.find((result): result is { answered: Answered } => 'answered' in result)
  if (answered) return { ...answered.answered, pullRequests }
  const told = results.filter((result): result is Extract<Result, { told: unknown }> => 'told' in result)
  if (told.length === 0) {
    return { outcome: 'skipped', reason: `Skipped: nothing waits for an answer, and ${results.map((result) => ('quiet' in result ? result.quiet : '')).join(' ')}` }
  }
  return {
    outcome: told.some((result) => result.told === 'notified') ? 'notified' : 'updated',
    messages: told.map((result) => result.message),
    pullRequests,
    approval: told.length === 1 ? { pipelineExecutionId: told[0]!.approval.pipelineExecutionId, commit: told[0]!.commit } : undefined
  } satisfies Notified
}
