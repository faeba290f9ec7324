import * as core from '@actions/core'
import { systemClock } from './clock.js'
import { readDispatch } from './dispatch-payload.js'
import { errorMessage, failureKind, mayHaveSent } from './errors.js'
import { readEventContext, type EventContext } from './event-context.js'
import { createFlowContext, type FlowContext } from './flow-context.js'
import { readInputs, type Inputs } from './inputs.js'
import { interpretEvent, type DeploymentRequest } from './interpret-event.js'
import { writeJobSummary } from './report/job-summary.js'
import { reportOutcome, type Ending, type Failed, type Outcome } from './report/outputs.js'

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])

/**
 * Chooses the flow from the event: answering (comments, labels, merges,
 * workflow steps), notifying (repository_dispatch and schedule), or taking
 * labels off after new commits. Every failure ends in the single setFailed
 * below.
 */
export async function run(): Promise<void> {
  // Pass only the functions used: handing over the whole namespace would
  // bundle all of @actions/core, and with it undici, into every start-up.
  const reporter = { setOutput: core.setOutput, info: core.info, notice: core.notice }
  const warn = (message: string): void => core.warning(message)
  let event: EventContext | undefined
  let request: DeploymentRequest | undefined
  const summarize = (ending: Ending): Promise<void> =>
    writeJobSummary(core.summary, ending, { eventName: event?.eventName ?? '', runUrl: event?.runUrl ?? '' }, warn)

  try {
    const inputs = readInputs({ getInput: core.getInput, getBooleanInput: core.getBooleanInput })
    event = readEventContext()
    const context = createFlowContext({
      inputs,
      event,
      clock: systemClock,
      log: (message) => core.info(message),
      warn,
      debug: (message) => core.debug(message),
      mask: (secret) => core.setSecret(secret)
    })
    const ending = await chooseFlow(context, inputs, event, (asked) => (request = asked))
    reportOutcome(reporter, ending)
    await summarize(ending)
  } catch (error) {
    const message = errorMessage(error)
    const failed: Failed = { outcome: failureKind(error), message, request, ...(mayHaveSent(error) && { maybeSent: true }) }
    reportOutcome(reporter, failed)
    await summarize(failed)
    core.setFailed(message)
  }
}

async function chooseFlow(context: FlowContext, inputs: Inputs, event: EventContext, asked: (request: DeploymentRequest) => void): Promise<Outcome> {
  const { eventName, payload } = event
  // An explicit decision acts on any event: the workflow is the authority.
  if (inputs.decision === 'auto') {
    if (eventName === 'repository_dispatch') {
      const reading = readDispatch(payload, inputs)
      if ('skip' in reading) return { outcome: 'skipped', reason: reading.skip }
      return (await import('./flows/notify-waiting.js')).notifyWaiting(context, { kind: 'dispatch', event: reading.event })
    }
    if (eventName === 'schedule' || eventName === 'workflow_dispatch') return (await import('./flows/notify-waiting.js')).notifyWaiting(context, { kind: 'sweep' })
    // New commits, or a reopening (pushes to a closed pull request send no synchronize).
    if (PULL_REQUEST_EVENTS.has(eventName) && (payload.action === 'synchronize' || payload.action === 'reopened')) {
      return (await import('./flows/expire-labels.js')).expireLabels(context)
    }
  }
  const interpretation = interpretEvent(event, inputs)
  if (!interpretation.act) return { outcome: 'skipped', reason: interpretation.reason }
  asked(interpretation.request)
  // Each flow loads only when an event needs it: most runs skip, and skips should start fast.
  return (await import('./flows/answer-request.js')).answerRequest(context, interpretation.request, { start: core.startGroup, end: core.endGroup })
}
