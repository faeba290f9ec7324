import { errorMessage } from '../errors.js'
import type { Ending } from './outputs.js'

/** The part of core.summary this module writes with. */
export interface SummaryWriter {
  addHeading(text: string, level?: number): SummaryWriter
  addTable(rows: ({ data: string; header?: boolean } | string)[][]): SummaryWriter
  write(): Promise<unknown>
}

export interface RunFacts {
  eventName: string
  runUrl: string
}

/**
 * A table of what happened, for every ending: sent, dry run, skipped or
 * failed. A summary that cannot be written is a warning, never a failure.
 */
export async function writeJobSummary(
  writer: SummaryWriter,
  ending: Ending,
  run: RunFacts,
  warn: (message: string) => void
): Promise<void> {
  const rows: [string, string][] = []
  const add = (field: string, value: string | undefined): void => {
    if (value) rows.push([field, value])
  }
  let heading: string

  switch (ending.outcome) {
    case 'skipped':
      heading = 'CodePipeline approval: skipped'
      add('Outcome', 'skipped')
      add('Event', run.eventName)
      add('Why', ending.reason)
      break
    case 'refused':
    case 'failed':
      heading = ending.maybeSent ? 'CodePipeline approval: failed, and the answer may have been sent' : 'CodePipeline approval: nothing was sent'
      add('Outcome', ending.outcome)
      add('Event', run.eventName)
      add('Asked for', ending.request?.decision)
      add('Actor', ending.request && `@${ending.request.actor.login}`)
      add('Pull request', ending.request?.pullRequest && link(`#${ending.request.pullRequest.number}`, ending.request.pullRequest.url))
      add('Why', ending.message)
      break
    case 'notified':
    case 'updated':
      heading = ending.outcome === 'notified' ? 'CodePipeline approval: waiting, pull requests told' : 'CodePipeline approval: answered, pull requests told'
      add('Outcome', ending.outcome)
      add('Event', run.eventName)
      add('Execution', ending.approval?.pipelineExecutionId)
      add('Commit', ending.approval?.commit)
      add('Pull requests', ending.pullRequests.map((number) => `#${number}`).join(', '))
      add('What happened', ending.messages.join(' '))
      break
    case 'labels-removed':
      heading = 'CodePipeline approval: labels removed after new commits'
      add('Outcome', 'labels-removed')
      add('Event', run.eventName)
      add('Pull request', `#${ending.pullRequest}`)
      add('What happened', ending.message)
      break
    case 'deferred':
      heading = `CodePipeline approval: deferred (${ending.decision} when the pipeline gets there)`
      add('Outcome', 'deferred')
      add('Event', run.eventName)
      add('Decision', ending.decision)
      add('Actor', `@${ending.actor}`)
      add('Pull request', ending.pullRequest && link(`#${ending.pullRequest.number}`, ending.pullRequest.url))
      add('Commit', ending.commit)
      add('Why', ending.message)
      break
    default: {
      const { approval } = ending
      heading = ending.outcome === 'sent' ? `CodePipeline approval: ${ending.decision}` : `CodePipeline approval: dry run (${ending.decision} not sent)`
      add('Outcome', ending.outcome)
      add('Decision', ending.decision)
      add('Pipeline', approval.pipelineName)
      add('Approval', `${approval.stageName}/${approval.actionName}`)
      add('Execution', approval.pipelineExecutionId)
      add('Commit', approval.commit && `${approval.commit} (${ending.verdict.verified ? 'matches the request' : 'not checked'})`)
      add('Actor', `@${ending.actor}`)
      add('Pull request', ending.pullRequest && link(`#${ending.pullRequest.number}`, ending.pullRequest.url))
      add('Approved at', ending.approvedAt?.toISOString())
      add('Summary', ending.summary)
    }
  }
  add('Workflow run', link(run.runUrl, run.runUrl))

  try {
    await writer
      .addHeading(escapeHtml(heading), 3)
      .addTable([
        [
          { data: 'Field', header: true },
          { data: 'Value', header: true }
        ],
        ...rows.map(([field, value]) => [field, field === 'Pull request' || field === 'Workflow run' ? value : escapeHtml(value)])
      ])
      .write()
  } catch (error) {
    warn(`Could not write the job summary (${errorMessage(error)}); the outcome above stands.`)
  }
}

function link(text: string, href: string): string {
  return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
}

// core.summary writes table cells as raw HTML; comment text must not become markup.
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
