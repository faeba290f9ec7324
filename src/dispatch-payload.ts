import { ActionError } from './errors.js'
import type { Inputs } from './inputs.js'

/** The states CodePipeline reports for an action execution. */
export const EVENT_STATES = ['STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'CANCELED'] as const
export type EventState = (typeof EVENT_STATES)[number]

/**
 * What the EventBridge rule forwards of a "CodePipeline Action Execution State
 * Change" event. It says which approval run to look at; it is never taken as
 * a fact: CodePipeline and GitHub are read again for every decision.
 */
export interface ApprovalEvent {
  pipeline: string
  executionId: string
  stage: string
  action: string
  state: EventState
  region: string
  account: string
  time: string
}

export type DispatchReading = { event: ApprovalEvent } | { skip: string }

const NAME = /^[A-Za-z0-9.@\-_]{1,100}$/
const EXECUTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d{1,2}$/
const ACCOUNT = /^\d{12}$/
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/

/**
 * Reads a repository_dispatch payload. Another event type, another pipeline,
 * or another approval than stage-name/action-name is skipped before any
 * request; a payload for this pipeline that is malformed fails, naming the
 * key, and nothing is sent.
 */
export function readDispatch(payload: { action?: unknown; client_payload?: unknown }, inputs: Inputs): DispatchReading {
  const type = typeof payload.action === 'string' ? payload.action : ''
  if (type !== inputs.dispatchEventType) {
    return { skip: `Skipped: the repository_dispatch event type "${type}" is not dispatch-event-type (${inputs.dispatchEventType}).` }
  }
  const fix = 'check the input transformer of the EventBridge rule (cloudformation/approval-events.yml)'
  const client = payload.client_payload
  if (!client || typeof client !== 'object' || Array.isArray(client)) {
    throw new ActionError(`The repository_dispatch payload has no client_payload object, so nothing was sent: ${fix}.`)
  }
  const fields = client as Record<string, unknown>
  const text = (key: string, pattern: RegExp, what: string): string => {
    const value = fields[key]
    if (value === undefined || value === null) {
      throw new ActionError(`The repository_dispatch payload has no client_payload.${key}, so nothing was sent: ${fix}.`)
    }
    if (typeof value !== 'string' || !pattern.test(value)) {
      throw new ActionError(
        `The repository_dispatch payload's client_payload.${key} ${JSON.stringify(value).slice(0, 120)} is not ${what}, so nothing was sent: ${fix}.`
      )
    }
    return value
  }

  const pipeline = text('pipeline', NAME, 'a CodePipeline name')
  if (pipeline !== inputs.pipelineName) {
    return { skip: `Skipped: the event is for pipeline "${pipeline}", not pipeline-name (${inputs.pipelineName}).` }
  }
  const event: ApprovalEvent = {
    pipeline,
    executionId: text('execution-id', EXECUTION_ID, 'a CodePipeline execution id'),
    stage: text('stage', NAME, 'a CodePipeline stage name'),
    action: text('action', NAME, 'a CodePipeline action name'),
    state: text('state', new RegExp(`^(?:${EVENT_STATES.join('|')})$`), `one of ${EVENT_STATES.join(', ')}`) as EventState,
    region: text('region', REGION, 'an AWS region'),
    account: text('account', ACCOUNT, 'a 12-digit AWS account id'),
    time: text('time', TIME, 'an ISO 8601 time')
  }
  if (inputs.stageName && event.stage !== inputs.stageName) {
    return { skip: `Skipped: the event is for stage "${event.stage}", not stage-name (${inputs.stageName}).` }
  }
  if (inputs.actionName && event.action !== inputs.actionName) {
    return { skip: `Skipped: the event is for action "${event.action}", not action-name (${inputs.actionName}).` }
  }
  return { event }
}
