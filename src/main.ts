import * as core from '@actions/core'
import { composeSummary } from './approval-summary.js'
import { authorize } from './github/authorize.js'
import { systemClock } from './clock.js'
import { shortSha, vouchedCommits } from './commit-check.js'
import { ActionError, errorMessage } from './errors.js'
import { readEventContext, type EventContext } from './event-context.js'
import type { GitHubClient } from './github/client.js'
import { readInputs, type Inputs } from './inputs.js'
import { interpretEvent, type DeploymentRequest } from './interpret-event.js'
import { writeJobSummary } from './report/job-summary.js'
import { locateApproval } from './codepipeline/locate-approval.js'
import { startFeedback, type PullRequestFeedback } from './github/pull-request-feedback.js'
import { completePullRequest } from './github/pull-request.js'
import { reportOutcome, type Answered, type Ending } from './report/outputs.js'
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
      feedback = startFeedback(github, { repo: event.repo, request, reactions: inputs.reactions, reply: inputs.reply, runUrl: event.runUrl, warn })
    }
    const answered = await answer(inputs, event, request, github)
    reportOutcome(reporter, answered)
    // Cosmetic calls come after the decision was sent, side by side.
    await Promise.all([feedback?.succeeded(answered), summarize(answered)])
  } catch (error) {
    const message = errorMessage(error)
    await Promise.all([feedback?.failed(message), summarize({ outcome: 'failed', message, request })])
    core.setFailed(message)
  }
}

/** A comment names no commit: the pull request is read for its head, unless a commit was named. */
function readsPullRequest(inputs: Inputs, request: DeploymentRequest): boolean {
  return !!request.pullRequest && !request.pullRequest.headSha && !request.pinnedCommit && !inputs.revision
}

/** Octokit, loaded only when the request needs GitHub: most runs skip and never do. */
async function gitHubFor(inputs: Inputs, request: DeploymentRequest): Promise<GitHubClient | undefined> {
  const authorizes = request.trigger !== 'input'
  if (!authorizes && !readsPullRequest(inputs, request)) return undefined
  if (!inputs.githubToken) {
    throw new ActionError(
      `Input github-token is empty, but ${authorizes ? `checking @${request.actor.login}'s permission` : 'reading the pull request'} needs it: leave github-token at its default, \${{ github.token }}.`
    )
  }
  return (await import('./github/client.js')).createGitHubClient(inputs.githubToken)
}

async function answer(inputs: Inputs, event: EventContext, request: DeploymentRequest, github: GitHubClient | undefined): Promise<Answered> {
  const { decision, actor } = request
  // The AWS SDK loads only once the request is known to ask for something,
  // and while GitHub answers; no AWS request is made before authorization.
  const codepipelineClient = import('./codepipeline/client.js')
  // Observed now, so a denial that returns early cannot leave it unhandled.
  codepipelineClient.catch(() => undefined)
  const [authorization, completed] = await Promise.allSettled([
    github && request.trigger !== 'input'
      ? authorize(github, { decision, actor, sender: request.sender, repo: event.repo, pullRequest: request.pullRequest }, inputs)
      : undefined,
    github && request.pullRequest && readsPullRequest(inputs, request)
      ? completePullRequest(github, event.repo, request.pullRequest)
      : request.pullRequest
  ])
  // A denial is the answer, whatever else failed.
  if (authorization.status === 'rejected') throw authorization.reason
  if (completed.status === 'rejected') throw completed.reason
  if (authorization.value) {
    const { login, role, approvedBy } = authorization.value
    core.info(`@${login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${role}${approvedBy ? `, ${approvedBy}` : ''}.`)
  }
  const pullRequest = completed.value

  const { createCodePipelineApi } = await codepipelineClient
  const api = createCodePipelineApi({ region: inputs.awsRegion, mask: (secret) => core.setSecret(secret) })
  const approval = await locateApproval(
    api,
    {
      pipelineName: inputs.pipelineName,
      stageName: inputs.stageName,
      actionName: inputs.actionName,
      claim: vouchedCommits({ ...request, pullRequest }, inputs.revision),
      revisionCheck: inputs.revisionCheck,
      command: decision === 'Approved' ? inputs.approveCommand : inputs.rejectCommand,
      waitTimeoutSeconds: inputs.waitTimeoutSeconds,
      pollIntervalSeconds: inputs.pollIntervalSeconds
    },
    { clock: systemClock, log: (message) => core.info(message) }
  )
  core.info(
    `${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}" waits in execution ${approval.pipelineExecutionId ?? '(unknown)'}` +
      (approval.commit ? ` for commit ${shortSha(approval.commit)}${approval.verdict.verified ? ', the commit the request vouches for' : ''}.` : '.')
  )
  if (approval.verdict.warning) core.warning(approval.verdict.warning)

  const summary = composeSummary({
    decision,
    actor: actor.login,
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
