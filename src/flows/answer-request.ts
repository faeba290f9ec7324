import { composeSummary } from '../approval-summary.js'
import { locateApproval, type LocatedApproval } from '../codepipeline/locate-approval.js'
import { sendApproval } from '../codepipeline/send-approval.js'
import { shortSha, vouchedCommits } from '../commit-check.js'
import { ActionError, midSentence, Refusal } from '../errors.js'
import type { FlowContext, GitHubClients } from '../flow-context.js'
import { listComments, type CommentShape } from '../github/approval-notice.js'
import { authorize, refuseCodeAuthors, type Authorization } from '../github/authorize.js'
import { codeAuthors } from '../github/code-authors.js'
import { pullRequestNumbersOfCommits } from '../github/commit-pull-requests.js'
import { startFeedback } from '../github/pull-request-feedback.js'
import { completePullRequest } from '../github/pull-request.js'
import { checkUnpinnedHead, readMorePinEvidence, readPinEvidence, resolvePin } from '../github/resolve-pin.js'
import { tellPullRequests } from '../github/tell-pull-requests.js'
import type { Inputs } from '../inputs.js'
import { isBotLogin, type DeploymentRequest, type PullRequestInfo } from '../interpret-event.js'
import { answeredNotice, approvalStatus, consoleUrl } from '../report/notice-text.js'
import type { Answered, Deferred } from '../report/outputs.js'
import type { CodePipelineApi } from '../codepipeline/api.js'

/**
 * request -> authorized request -> located approval -> result, with the pull
 * request told along the way: 👀 at once, then 🚀 or 😕, the reply, and the
 * notice and commit status of the approval.
 */
export async function answerRequest(
  context: FlowContext,
  request: DeploymentRequest,
  group: { start(title: string): void; end(): void }
): Promise<Answered | Deferred> {
  const { inputs, event } = context
  const authorizes = request.trigger !== 'input'
  const github = authorizes || readsPullRequest(inputs, request)
    ? await context.github(authorizes ? `checking @${request.actor.login}'s permission` : 'reading the pull request')
    : undefined
  const feedback = github
    ? startFeedback(github.main, { repo: event.repo, request, reactions: inputs.reactions, reply: inputs.reply, runUrl: event.runUrl, warn: context.warn })
    : undefined
  // With nobody to authorize, the CodePipeline reads go first and the notices are looked for while CodePipeline answers.
  const loaded = github ? undefined : context.codepipeline()
  loaded?.catch(() => undefined)
  const notices = noticesAhead(context, request, github, loaded)
  try {
    const ending = await answer(context, request, github, group, !!github)
    // Cosmetic calls come after the decision was sent, side by side.
    await Promise.all([
      ending.outcome === 'deferred' ? feedback?.deferred(ending) : feedback?.succeeded(ending),
      ending.outcome === 'sent' ? tellAnswered(context, github, ending, notices) : undefined
    ])
    return ending
  } catch (error) {
    await feedback?.failed(error)
    throw error
  }
}

/** The comments of the pull requests whose notice the answer will edit, by number. */
type NoticeComments = Promise<{ commit?: string; comments: Map<number, Promise<CommentShape[]>> }>

/**
 * Asked for now, beside authorization (or beside the CodePipeline reads of a
 * workflow step that names its commit), so that editing a notice after the
 * decision costs one round trip, not two or three.
 */
function noticesAhead(
  context: FlowContext,
  request: DeploymentRequest,
  github: GitHubClients | undefined,
  codepipelineLoaded?: Promise<unknown>
): NoticeComments | undefined {
  const { inputs, event } = context
  if (!inputs.notify) return undefined
  const listed = (clients: GitHubClients, numbers: number[]) =>
    new Map(numbers.map((number) => [number, settled(listComments(clients.main, event.repo, number))] as const))
  if (github && request.pullRequest) return Promise.resolve({ comments: listed(github, [request.pullRequest.number]) })
  const commit = inputs.revision?.length === 40 ? inputs.revision : undefined
  if (request.trigger !== 'input' || request.pullRequest || !commit || !inputs.githubToken) return undefined
  return settled(
    (codepipelineLoaded ?? Promise.resolve())
      // A macrotask later, so the CodePipeline reads leave before the GitHub client compiles.
      .then(() => new Promise((resolve) => setImmediate(resolve)))
      .then(() => context.github('finding the notices of the commit'))
      .then(async (clients) => ({ commit, comments: listed(clients, await pullRequestNumbersOfCommits(clients.main, event.repo, [commit])) }))
  )
}

/** Observed at once: a failure is reported (as a warning) only if the notice is needed. */
function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

/** A comment carries no commit, and a pin is checked against the pull request: both read it. */
function readsPullRequest(inputs: Inputs, request: DeploymentRequest): boolean {
  if (!request.pullRequest) return false
  if (request.trigger === 'input') return !request.pullRequest.headSha && !inputs.revision
  return !request.pullRequest.headSha || !!request.pinnedCommit
}

/**
 * Who may act, and what the pull request says now, read side by side: for a
 * comment, its head, its commits and its force-pushes, which a pin, or an
 * approval without one, is checked against. CodePipeline is not called
 * before the permission checks pass (who wrote the code is read beside it).
 */
async function authorizeAndRead(
  context: FlowContext,
  request: DeploymentRequest,
  github: GitHubClients | undefined
): Promise<{ authorization?: Authorization; pullRequest?: PullRequestInfo; pinnedCommit?: string }> {
  const { inputs, event } = context
  const pin = request.pinnedCommit
  // An approval without a pin vouches for the head as the job finds it, which may be newer than the comment.
  // A rejection is not held back: stopping a deployment needs no review.
  const unpinned = request.trigger === 'comment' && request.decision === 'Approved' && !pin && !request.pinProblem
  const [authorization, completed, evidence] = await Promise.allSettled([
    github && request.trigger !== 'input'
      ? authorize(
          { permissions: github.main, teams: github.teams },
          {
            decision: request.decision,
            actor: request.actor,
            sender: request.sender,
            repo: event.repo,
            pullRequest: request.pullRequest,
            rerun: {
              attempt: event.runAttempt,
              triggeringActor: event.triggeringActor ? { login: event.triggeringActor, isBot: isBotLogin(event.triggeringActor) } : undefined
            }
          },
          { ...inputs, teamTokenInput: inputs.approversToken ? 'approvers-token' : 'github-token' }
        )
      : undefined,
    github && request.pullRequest && readsPullRequest(inputs, request)
      ? completePullRequest(github.main, event.repo, request.pullRequest)
      : request.pullRequest,
    github && request.pullRequest && (pin || unpinned) ? readPinEvidence(github.main, event.repo, request.pullRequest.number, pin) : undefined
  ])
  // A denial is the answer, whatever else failed.
  if (authorization.status === 'rejected') throw authorization.reason
  if (request.pinProblem) throw new Refusal(request.pinProblem)
  if (completed.status === 'rejected') throw completed.reason
  if (evidence.status === 'rejected') throw evidence.reason
  const pullRequest = completed.value
  // The rest of a long timeline, and an unlisted full pin, are read only for someone who may act.
  const moreEvidence = github && pullRequest && evidence.value ? await readMorePinEvidence(github.main, event.repo, pullRequest, evidence.value, pin) : undefined
  const pinnedCommit = pin && pullRequest && moreEvidence ? resolvePin(pin, pullRequest, moreEvidence, request.commentCreatedAt) : undefined
  const head = unpinned && pullRequest && moreEvidence ? checkUnpinnedHead(pullRequest, moreEvidence, request.commentCreatedAt) : undefined
  // Without the head's date, a re-run cannot tell whether the head is newer than the comment.
  if (request.trigger === 'comment' && !pin && !head?.dated && event.runAttempt > 1 && pullRequest?.headSha) {
    context.warn(
      `This is a re-run of a comment that names no commit, so it vouches for the pull request's head as it is now (${pullRequest.headSha}), which may be newer than the comment: pin the reviewed commit ("/approve-deploy <sha>") to be sure.`
    )
  }
  return { authorization: authorization.value, pullRequest, pinnedCommit }
}

async function answer(
  context: FlowContext,
  request: DeploymentRequest,
  github: GitHubClients | undefined,
  group: { start(title: string): void; end(): void },
  askedGitHub: boolean
): Promise<Answered | Deferred> {
  const { inputs, event } = context
  const { decision, actor } = request
  // GitHub is asked first; the AWS SDK, whose import() compiles it and holds
  // the event loop, loads once those requests are on the wire, while GitHub
  // answers. CodePipeline is not called before the permission checks pass.
  const reads = authorizeAndRead(context, request, github)
  const codepipeline = (askedGitHub ? context.githubSent() : Promise.resolve()).then(() => context.codepipeline())
  // Observed now, so a denial that returns early cannot leave either unhandled.
  reads.catch(() => undefined)
  codepipeline.catch(() => undefined)
  const { authorization, pullRequest, pinnedCommit } = await reads
  if (authorization) {
    const { login, role, approvedBy, rerunBy } = authorization
    context.log(
      `@${login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${role}${approvedBy ? `, ${approvedBy}` : ''}${rerunBy ? `; re-run by @${rerunBy}, who may too` : ''}.`
    )
  }
  if (pinnedCommit) context.log(`The pinned commit ${request.pinnedCommit} is ${pinnedCommit}, a commit of pull request #${pullRequest?.number}.`)

  // With allow-self-approval false, who wrote the code is read beside the CodePipeline reads, and checked before sending.
  const authors =
    github && !inputs.allowSelfApproval && request.trigger !== 'input' && pullRequest?.headSha
      ? settled(codeAuthors(github.main, event.repo, { number: pullRequest.number, commit: pinnedCommit ?? pullRequest.headSha, commitCount: pullRequest.commitCount }, decision))
      : undefined
  const notCodeAuthors = async (): Promise<void> => {
    if (!authors) return
    const rerun = { attempt: event.runAttempt, triggeringActor: event.triggeringActor ? { login: event.triggeringActor, isBot: isBotLogin(event.triggeringActor) } : undefined }
    refuseCodeAuthors({ decision, actor, repo: event.repo, pullRequest, rerun }, await authors)
  }
  const api = await codepipeline
  const claim = vouchedCommits({ ...request, pullRequest, pinnedCommit }, inputs.revision)
  const defers = inputs.whenNotWaiting === 'defer' && (request.trigger === 'merge' || request.trigger === 'label')
  let approval: LocatedApproval
  try {
    approval = await locateApproval(
      api,
      {
        pipelineName: inputs.pipelineName,
        stageName: inputs.stageName,
        actionName: inputs.actionName,
        claim,
        revisionCheck: inputs.revisionCheck,
        command: decision === 'Approved' ? inputs.approveCommand : inputs.rejectCommand,
        waitTimeoutSeconds: inputs.waitTimeoutSeconds,
        pollIntervalSeconds: inputs.pollIntervalSeconds,
        nothingWaitsHint:
          request.trigger === 'comment' && inputs.waitTimeoutSeconds === 0
            ? 'check that the pipeline run reached the approval, and comment again once the pull request says that the deployment waits (or set wait-timeout to wait for it)'
            : undefined,
        notYetHint: request.trigger === 'comment' ? 'comment again once the pull request says that the deployment waits for it' : undefined
      },
      { clock: context.clock, log: context.log, group }
    )
  } catch (error) {
    if (!defers || !(error instanceof ActionError) || !error.notWaiting) throw error
    await notCodeAuthors()
    const label = decision === 'Approved' ? inputs.approveLabel : inputs.rejectLabel
    // A label on a pull request closed unmerged vouches for nothing: it was given up, and no run of it is coming.
    const closedUnmerged = !pullRequest?.merged && event.payload.pull_request?.state === 'closed'
    if (request.trigger === 'label' && closedUnmerged) {
      throw new Refusal(
        `${firstClause(error.message)}, and pull request #${pullRequest?.number} was closed without merging, so its ${label} label vouches for nothing and nothing was deferred: answer with a comment on the run that waits, or reopen the pull request and add the label again.`
      )
    }
    // The repository_dispatch (or schedule) run answers it when the pipeline gets there: a merge
    // and a label on a merged pull request vouch for its merge commit, a label on an open one for its head.
    const commit = request.trigger === 'merge' || pullRequest?.merged ? pullRequest?.mergeCommitSha : pullRequest?.headSha
    // A run of that commit that already ended (superseded, stopped) will not wait: only a later run would.
    const finished = commit ? await finishedRuns(api, inputs.pipelineName, commit) : []
    const ended =
      finished.length > 0
        ? `, and the pipeline's run of commit ${shortSha(commit!)} ended (${finished.join(', ')}), so the approval will be answered only if a later run of that commit reaches it`
        : ''
    const how = request.trigger === 'merge' ? 'merged' : `added ${label} to`
    return {
      outcome: 'deferred',
      message: `Deferred: ${midSentence(firstClause(error.message))}${ended}. When the pipeline reaches the approval for commit ${commit ?? '(unknown)'}, the repository_dispatch or schedule run answers it ${decision} for @${actor.login}, who ${how} pull request #${pullRequest?.number}.`,
      decision,
      actor: actor.login,
      pullRequest,
      commit
    }
  }
  context.log(
    `${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}" waits in execution ${approval.pipelineExecutionId ?? '(unknown)'}` +
      (approval.commit ? ` for commit ${shortSha(approval.commit)}${approval.verdict.verified ? ', the commit the request vouches for' : ''}.` : '.')
  )
  if (approval.verdict.warning) context.warn(approval.verdict.warning)

  const summary = composeSummary({
    decision,
    actor: actor.login,
    rerunBy: authorization?.rerunBy,
    link: pullRequest?.url ?? event.runUrl,
    commit: approval.commit,
    reason: request.reason,
    note: inputs.summary
  })
  await notCodeAuthors()
  const answered = { decision, actor: actor.login, approval, summary, pullRequest, verdict: approval.verdict }
  if (inputs.dryRun) return { ...answered, outcome: 'dry-run' }

  const sent = await sendApproval(api, approval, decision, summary, context.log)
  return { ...answered, outcome: 'sent', approvedAt: sent.approvedAt }
}

/**
 * The approval's notice (if the pull request has one) and its commit status
 * say what was sent: for a workflow step, on the pull requests of the commit.
 */
async function tellAnswered(context: FlowContext, github: GitHubClients | undefined, answered: Answered, ahead?: NoticeComments): Promise<void> {
  const { inputs, event } = context
  if (!inputs.notify && !inputs.commitStatus) return
  const { approval } = answered
  const clients = github ?? (inputs.githubToken ? await context.github('updating the notice').catch(() => undefined) : undefined)
  if (!clients || !approval.pipelineExecutionId) return
  const api = await context.codepipeline()
  const status = answered.decision === 'Approved' ? 'Succeeded' : 'Failed'
  const subject = {
    ...approval,
    pipelineExecutionId: approval.pipelineExecutionId,
    consoleUrl: consoleUrl(await api.region(), approval.pipelineName, approval.pipelineExecutionId)
  }
  let comments: Map<number, Promise<CommentShape[]>> | undefined
  let numbers = answered.pullRequest ? [answered.pullRequest.number] : []
  try {
    const known = await ahead
    if (known && (!known.commit || known.commit === approval.commit)) {
      comments = known.comments
      numbers = [...known.comments.keys()]
    } else if (numbers.length === 0 && approval.commits.length > 0 && inputs.notify) {
      numbers = await pullRequestNumbersOfCommits(clients.main, event.repo, approval.commits)
    }
  } catch (error) {
    context.warn(`${(error as Error).message.replace(/\.$/, '')}, so their notices still say the approval waits; the outcome is unchanged.`)
  }
  await tellPullRequests(clients.main, {
    repo: event.repo,
    key: subject,
    notices: numbers.map((number) => ({ number, text: answeredNotice(subject, { status, summary: answered.summary }) })),
    mode: 'edit',
    commits: approval.commit ? [approval.commit] : [],
    status: approvalStatus(subject, status),
    notify: inputs.notify,
    commitStatus: inputs.commitStatus,
    warn: context.warn,
    comments
  })
}

/** The runs of a commit that ended, if it has no run still going: "execution 1a2b… Stopped". */
async function finishedRuns(api: CodePipelineApi, pipelineName: string, commit: string): Promise<string[]> {
  const listing = await api.listPipelineExecutions(pipelineName)
  const runs = (listing.pipelineExecutionSummaries ?? []).filter((run) => run.sourceRevisions?.some((revision) => revision.revisionId?.toLowerCase() === commit))
  if (runs.length === 0 || runs.some((run) => run.status === 'InProgress')) return []
  return runs.map((run) => `execution ${run.pipelineExecutionId} ${run.status ?? 'ended'}`)
}

/** What happened, without what to do: the part before ", so nothing was sent". */
function firstClause(message: string): string {
  return (message.split(', so nothing was sent')[0] ?? message).replace(/\.$/, '')
}
