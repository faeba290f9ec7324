import { ActionError, errorMessage } from '../errors.js'
import type { FlowContext } from '../flow-context.js'
import { httpStatus } from '../github/errors.js'
import { removeLabels } from '../github/remove-labels.js'
import { defuseMentions } from '../report/reply-text.js'
import type { Outcome } from '../report/outputs.js'

/**
 * New commits on a pull request: its approve and reject labels vouched for
 * the commits before them, so they come off, with one short comment saying
 * why. A label never vouches for code pushed after it. Outcome
 * `labels-removed`, or `skipped` when there was nothing to take off.
 */
export async function expireLabels(context: FlowContext): Promise<Outcome> {
  const { inputs, event } = context
  const pull = event.payload.pull_request
  if (!pull) return { outcome: 'skipped', reason: 'Skipped: the event carries no pull request.' }
  const labels = (pull.labels ?? []).map((label) => label.name).filter((name) => [inputs.approveLabel, inputs.rejectLabel].includes(name.toLowerCase()))
  if (labels.length === 0) {
    return { outcome: 'skipped', reason: `Skipped: new commits on pull request #${pull.number}, which carries neither ${inputs.approveLabel} nor ${inputs.rejectLabel}.` }
  }
  const github = await context.github(`removing ${labels.join(' and ')} from pull request #${pull.number}`)
  let removed: string[]
  try {
    removed = await removeLabels(github.main, event.repo, pull.number, labels)
  } catch (error) {
    const status = httpStatus(error)
    // Failing loudly: a label left in place would vouch for commits nobody reviewed.
    throw new ActionError(
      `Could not remove ${labels.join(' and ')} from pull request #${pull.number} after new commits (${status ? `HTTP ${status}` : errorMessage(error)}), so it may still vouch for them: give the workflow pull-requests: write, or remove the label by hand.`,
      { cause: error }
    )
  }
  const head = pull.head?.sha ? ` (head now \`${pull.head.sha}\`)` : ''
  const why = event.payload.action === 'reopened' ? 'the pull request was reopened, and commits may have come while it was closed' : 'new commits were pushed'
  if (removed.length > 0 && inputs.reply) {
    const text = defuseMentions(
      `🏷️ Removed ${removed.map((name) => `\`${name}\``).join(' and ')}: ${why}${head}, and a label never vouches for code pushed after it. Add it again once the new commits are reviewed.`
    )
    try {
      await github.main.rest.issues.createComment({ ...event.repo, issue_number: pull.number, body: text, request: { retries: 0 } })
    } catch (error) {
      context.warn(`Could not comment on pull request #${pull.number} (${httpStatus(error) ? `HTTP ${httpStatus(error)}` : errorMessage(error)}): give the workflow pull-requests: write, or set reply to false; the labels are removed.`)
    }
  }
  if (removed.length === 0) return { outcome: 'skipped', reason: `Skipped: ${labels.join(' and ')} had already gone from pull request #${pull.number}.` }
  return {
    outcome: 'labels-removed',
    message: `Removed ${removed.join(' and ')} from pull request #${pull.number}: ${why}, and a label never vouches for code pushed after it.`,
    pullRequest: pull.number
  }
}
