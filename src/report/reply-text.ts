import type { Answered, Deferred } from './outputs.js'

/**
 * The comment left on the pull request: what was sent (or would be, in a
 * dry run), or why nothing was. Mentions are defused so a reply never pings
 * the people a message names.
 */
export function replyText(ending: Answered | Deferred | { outcome: 'failed'; publicMessage: string; maybeSent?: boolean }, runUrl: string): string {
  const run = `[Workflow run](${runUrl})`
  if (ending.outcome === 'deferred') {
    return defuseMentions(`⏳ ${ending.message.replace(/^Deferred: /, 'Nothing was sent yet: ')}\n\n${run}`)
  }
  if (ending.outcome === 'failed') {
    // Public: the short reason only; the job log has AWS's own words. An
    // answer that may have gone through is never "nothing was sent": trying
    // again would be refused as already answered.
    const lead = ending.maybeSent ? '⚠️' : '😕 Nothing was sent to CodePipeline.'
    return defuseMentions(`${lead} ${ending.publicMessage}\n\n${run} (the job log has the details)`)
  }
  const { approval, decision } = ending
  const where = `**${approval.stageName}/${approval.actionName}** in pipeline **${approval.pipelineName}**`
  const lead =
    ending.outcome === 'dry-run'
      ? `🧪 Dry run: would have sent **${decision}** to ${where}; nothing was sent.`
      : `${decision === 'Approved' ? '🚀' : '🛑'} **${decision}** ${where}.`
  const rows = [
    ['Execution', approval.pipelineExecutionId && `\`${approval.pipelineExecutionId}\``],
    ['Commit', approval.commit && `\`${approval.commit}\` (${ending.verdict.verified ? (ending.pullRequest ? 'matches this pull request' : 'matches the request') : 'not checked'})`],
    ['Summary', tableCell(ending.summary)]
  ].filter((row): row is [string, string] => Boolean(row[1]))
  const table = ['| | |', '|---|---|', ...rows.map(([field, value]) => `| ${field} | ${value} |`)].join('\n')
  return defuseMentions(`${lead}\n\n${table}\n\n${run}`)
}

function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

/** "@alice" becomes "@\u200balice": it reads the same and notifies nobody. */
export function defuseMentions(text: string): string {
  return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b')
}
