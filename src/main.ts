import * as core from '@actions/core'
import { composeSummary } from './approval-summary.js'
import { authorize } from './authorize.js'
import { systemClock } from './clock.js'
import { vouchedCommits } from './commit-check.js'
import { ActionError, errorMessage } from './errors.js'
import { readEventContext, type EventContext } from './event-context.js'
import { readInputs, type Inputs } from './inputs.js'
import { interpretEvent, type DeploymentRequest } from './interpret-event.js'
import { locateApproval } from './locate-approval.js'
import { completePullRequest } from './pull-request.js'
import { reportOutcome, type Answered } from './report.js'
import { sendApproval } from './send-approval.js'

/**
 * event -> request -> authorized request -> located approval -> result -> report.
 * Every failure ends in the single setFailed below.
 */
export async function run(): Promise<void> {
  // Pass only the functions used: handing over the whole namespace would
  // bundle all of @actions/core, and with it undici, into every start-up.
  const reporter = { setOutput: core.setOutput, info: core.info, notice: core.notice }
  try {
    const inputs = readInputs({ getInput: core.getInput, getBooleanInput: core.getBooleanInput })
    const event = readEventContext()
    const interpretation = interpretEvent(event, inputs)
    if (!interpretation.act) {
      reportOutcome(reporter, { outcome: 'skipped', reason: interpretation.reason })
      return
    }
    reportOutcome(reporter, await answer(inputs, event, interpretation.request))
  } catch (error) {
    core.setFailed(errorMessage(error))
  }
}

async function answer(inputs: Inputs, event: EventContext, request: DeploymentRequest): Promise<Answered> {
  const { decision, actor } = request
  // A comment names no commit: the pull request is read for its head, unless a commit was named.
  const readsPullRequest = !!request.pullRequest && !request.pullRequest.headSha && !request.pinnedCommit && !inputs.revision
  const authorizes = request.trigger !== 'input'
  if ((authorizes || readsPullRequest) && !inputs.githubToken) {
    throw new ActionError(
      `Input github-token is empty, but ${authorizes ? `checking @${actor.login}'s permission` : 'reading the pull request'} needs it: leave github-token at its default, \${{ github.token }}.`
    )
  }

  // Octokit and the AWS SDK load only now: most runs skip and never need them.
  const github = authorizes || readsPullRequest ? (await import('./github-client.js')).createGitHubClient(inputs.githubToken) : undefined
  if (github && authorizes) {
    const authorization = await authorize(
      github,
      { decision, actor, sender: request.sender, repo: event.repo, pullRequest: request.pullRequest },
      inputs
    )
    core.info(
      `@${authorization.login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${authorization.role}${authorization.approvedBy ? `, ${authorization.approvedBy}` : ''}.`
    )
  }
  const pullRequest =
    github && readsPullRequest && request.pullRequest
      ? await completePullRequest(github, event.repo, request.pullRequest)
      : request.pullRequest

  const { createCodePipelineApi } = await import('./codepipeline-client.js')
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
