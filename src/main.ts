import * as core from '@actions/core'
import { composeSummary } from './approval-summary.js'
import { systemClock } from './clock.js'
import { shortSha, vouchedCommits } from './commit-check.js'
import { ActionError, errorMessage, failureKind, Refusal } from './errors.js'
import { readEventContext, type EventContext } from './event-context.js'
import { authorize, type Authorization } from './github/authorize.js'
import type { GitHubClient } from './github/client.js'
import { startFeedback, type PullRequestFeedback } from './github/pull-request-feedback.js'
import { completePullRequest } from './github/pull-request.js'
import { readMoreTimeline, readPinEvidence, resolvePin } from './github/resolve-pin.js'
import { readInputs, type Inputs } from './inputs.js'
import { interpretEvent, isBotLogin, type DeploymentRequest, type PullRequestInfo } from './interpret-event.js'
import { writeJobSummary } from './report/job-summary.js'
import { reportOutcome, type Answered, type Ending } from './report/outputs.js'
import { locateApproval } from './codepipeline/locate-approval.js'
import { sendApproval } from './codepipeline/send-approval.js'

/**
 * event -> request -> authorized request -> located approval -> result -> report.
 * Every failure ends in the single setFailed below.
 */
export async function run(): Promise<void> {
  // Pass only the functions used: handing over the whole namespace would
  // bundle all of @actions/core, and with it undici, into every start-up.
  const reporter = { setOutput: core.setOutput, info: core.info, notice: core.notice }
  const warn = (message: string): void => core.warning(message)
  let event: EventContext | undefined
  let request: DeploymentRequest | undefined
  let feedback: PullRequestFeedback | undefined
  const summarize = (ending: Ending): Promise<void> =>
    writeJobSummary(core.summary, ending, { eventName: event?.eventName ?? '', runUrl: event?.runUrl ?? '' }, warn)

  try {
    const inputs = readInputs({ getInput: core.getInput, getBooleanInput: core.getBooleanInput })
    event = readEventContext()
    const interpretation = interpretEvent(event, inputs)
    if (!interpretation.act) {
      const skipped = { outcome: 'skipped', reason: interpretation.reason } as const
      reportOutcome(reporter, skipped)
      await summarize(skipped)
      return
    }
    request = interpretation.request

    const github = await gitHubFor(inputs, request)
    if (github) {
      feedback = startFeedback(github.main, { repo: event.repo, request, reactions: inputs.reactions, reply: inputs.reply, runUrl: event.runUrl, warn })
    }
    const answered = await answer(inputs, event, request, github)
    reportOutcome(reporter, answered)
    // Cosmetic calls come after the decision was sent, side by side.
    await Promise.all([feedback?.succeeded(answered), summarize(answered)])
  } catch (error) {
    const message = errorMessage(error)
    const failed = { outcome: failureKind(error), message, request } as const
    reportOutcome(reporter, failed)
    await Promise.all([feedback?.failed(error), summarize(failed)])
    core.setFailed(message)
  }
}

interface GitHubClients {
  main: GitHubClient
  /** For team membership only: approvers-token when set. */
  teams: GitHubClient
}

/** A comment carries no commit, and a pin is checked against the pull request: both read it. */
function readsPullRequest(inputs: Inputs, request: DeploymentRequest): boolean {
  if (!request.pullRequest) return false
  if (request.trigger === 'input') return !request.pullRequest.headSha && !inputs.revision
  return !request.pullRequest.headSha || !!request.pinnedCommit
}

/** Octokit, loaded only when the request needs GitHub: most runs skip and never do. */
async function gitHubFor(inputs: Inputs, request: DeploymentRequest): Promise<GitHubClients | undefined> {
  const authorizes = request.trigger !== 'input'
  if (!authorizes && !readsPullRequest(inputs, request)) return undefined
  if (!inputs.githubToken) {
    throw new ActionError(
      `Input github-token is empty, but ${authorizes ? `checking @${request.actor.login}'s permission` : 'reading the pull request'} needs it: leave github-token at its default, \${{ github.token }}.`
    )
  }
  const { createGitHubClient } = await import('./github/client.js')
  const options = { debug: (message: string) => core.debug(message), log: (message: string) => core.info(message) }
  const main = createGitHubClient(inputs.githubToken, options)
  return { main, teams: inputs.approversToken ? createGitHubClient(inputs.approversToken, options) : main }
}

/**
 * Who may act, and what the pull request says now, read side by side. No AWS
 * request is made before the person is authorized.
 */
async function authorizeAndRead(
  inputs: Inputs,
  event: EventContext,
  request: DeploymentRequest,
  github: GitHubClients | undefined
): Promise<{ authorization?: Authorization; pullRequest?: PullRequestInfo; pinnedCommit?: string }> {
  const pin = request.pinnedCommit
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
    github && request.pullRequest && pin ? readPinEvidence(github.main, event.repo, request.pullRequest.number, pin) : undefined
  ])
  // A denial is the answer, whatever else failed.
  if (authorization.status === 'rejected') throw authorization.reason
  if (request.pinProblem) throw new Refusal(request.pinProblem)
  if (completed.status === 'rejected') throw completed.reason
  if (evidence.status === 'rejected') throw evidence.reason
  const pullRequest = completed.value
  // The rest of a long timeline is read only for someone who may act.
  const pinEvidence = github && pullRequest && evidence.value ? await readMoreTimeline(github.main, event.repo, pullRequest.number, evidence.value) : undefined
  const pinnedCommit = pin && pullRequest && pinEvidence ? resolvePin(pin, pullRequest, pinEvidence, request.commentCreatedAt) : undefined
  if (request.trigger === 'comment' && !pin && event.runAttempt > 1 && pullRequest?.headSha) {
    core.warning(
      `This is a re-run of a comment that names no commit, so it vouches for the pull request's head as it is now (${pullRequest.headSha}), which may be newer than the comment: pin the reviewed commit ("/approve-deploy <sha>") to be sure.`
    )
  }
  return { authorization: authorization.value, pullRequest, pinnedCommit }
}

async function answer(inputs: Inputs, event: EventContext, request: DeploymentRequest, github: GitHubClients | undefined): Promise<Answered> {
  const { decision, actor } = request
  // The AWS SDK loads only once the request is known to ask for something,
  // and while GitHub answers; no AWS request is made before authorization.
  const codepipelineClient = import('./codepipeline/client.js')
  // Observed now, so a denial that returns early cannot leave it unhandled.
  codepipelineClient.catch(() => undefined)
  const { authorization, pullRequest, pinnedCommit } = await authorizeAndRead(inputs, event, request, github)
  if (authorization) {
    const { login, role, approvedBy, rerunBy } = authorization
    core.info(
      `@${login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${role}${approvedBy ? `, ${approvedBy}` : ''}${rerunBy ? `; re-run by @${rerunBy}, who may too` : ''}.`
    )
  }
  if (pinnedCommit) core.info(`The pinned commit ${request.pinnedCommit} is ${pinnedCommit}, a commit of pull request #${pullRequest?.number}.`)

  const { createCodePipelineApi } = await codepipelineClient
  const api = createCodePipelineApi({ region: inputs.awsRegion, mask: (secret) => core.setSecret(secret), debug: (message) => core.debug(message) })
  const approval = await locateApproval(
    api,
    {
      pipelineName: inputs.pipelineName,
      stageName: inputs.stageName,
      actionName: inputs.actionName,
      claim: vouchedCommits({ ...request, pullRequest, pinnedCommit }, inputs.revision),
      revisionCheck: inputs.revisionCheck,
      command: decision === 'Approved' ? inputs.approveCommand : inputs.rejectCommand,
      waitTimeoutSeconds: inputs.waitTimeoutSeconds,
      pollIntervalSeconds: inputs.pollIntervalSeconds
    },
    { clock: systemClock, log: (message) => core.info(message), group: { start: core.startGroup, end: core.endGroup } }
  )
  core.info(
    `${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}" waits in execution ${approval.pipelineExecutionId ?? '(unknown)'}` +
      (approval.commit ? ` for commit ${shortSha(approval.commit)}${approval.verdict.verified ? ', the commit the request vouches for' : ''}.` : '.')
  )
  if (approval.verdict.warning) core.warning(approval.verdict.warning)

  const summary = composeSummary({
    decision,
    actor: actor.login,
    rerunBy: authorization?.rerunBy,
    link: pullRequest?.url ?? event.runUrl,
    commit: approval.commit,
    reason: request.reason,
    note: inputs.summary
  })
  const answered = { decision, actor: actor.login, approval, summary, pullRequest, verdict: approval.verdict }
  if (inputs.dryRun) return { ...answered, outcome: 'dry-run' }

  const sent = await sendApproval(api, approval, decision, summary, (message) => core.info(message))
  return { ...answered, outcome: 'sent', approvedAt: sent.approvedAt }
}
