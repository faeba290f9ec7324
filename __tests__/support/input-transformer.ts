import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { loadTemplate, parameterValues, resolveParameters, type Template } from './cloudformation-template.js'

/**
 * An EventBridge input transformer rendered the way EventBridge renders one,
 * as the Amazon EventBridge User Guide describes it ("Amazon EventBridge input
 * transformation", https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html,
 * and the API reference's InputTransformer,
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_InputTransformer.html):
 *
 * - InputPathsMap values are JSON paths into the event, in dot notation with
 *   array indices (`$.detail.execution-id`, `$.resources[0]`).
 * - `<name>` in InputTemplate is replaced by that variable's value. In a JSON
 *   template, a placeholder outside quotes becomes the value as JSON (a string
 *   gets quotes: `"instance": <instance>` gives `"instance": "i-0123456789"`);
 *   inside quotes the text goes in as it is.
 * - "EventBridge doesn't escape values extracted by Input Path, when
 *   populating the Input Template": a quote or backslash in a value inside
 *   quotes is copied as it is, and can break the JSON.
 * - Predefined variables: aws.events.rule-arn, aws.events.rule-name,
 *   aws.events.event.ingestion-time, aws.events.event (the event without
 *   `detail`) and aws.events.event.json (the whole event); the last two only
 *   as JSON values.
 *
 * Where the guide says that a variable whose path matches nothing "isn't
 * created and won't appear in the output", this renderer throws instead: a
 * fixture without a field the template needs should fail a test, not render
 * quietly.
 */
export interface InputTransformer {
  InputPathsMap?: Record<string, string>
  InputTemplate: string
}

export interface RenderContext {
  ruleArn?: string
  ruleName?: string
  ingestionTime?: string
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** Reads a JSON path of the kinds EventBridge supports: `$`, `.name` and `[index]`. */
export function readJsonPath(event: unknown, path: string): Json | undefined {
  if (!path.startsWith('$')) throw new Error(`${path} is not a JSON path`)
  const steps = path.slice(1).match(/\.[^.[\]]+|\[\d+\]/g) ?? []
  if (steps.join('') !== path.slice(1)) throw new Error(`${path} uses JSON path syntax EventBridge does not support`)
  let value = event as Json | undefined
  for (const step of steps) {
    if (value === undefined || value === null || typeof value !== 'object') return undefined
    const key = step.startsWith('[') ? Number(step.slice(1, -1)) : step.slice(1)
    value = Array.isArray(value) ? (typeof key === 'number' ? value[key] : undefined) : (value as Record<string, Json>)[key]
  }
  return value
}

function variables(transformer: InputTransformer, event: Record<string, unknown>, context: RenderContext): Map<string, Json> {
  const withoutDetail = { ...event }
  delete withoutDetail.detail
  const values = new Map<string, Json>([
    ['aws.events.rule-arn', context.ruleArn ?? 'arn:aws:events:us-east-1:123456789012:rule/example'],
    ['aws.events.rule-name', context.ruleName ?? 'example'],
    ['aws.events.event.ingestion-time', context.ingestionTime ?? String(event.time ?? '')],
    ['aws.events.event', withoutDetail as Json],
    ['aws.events.event.json', event as Json]
  ])
  for (const [name, path] of Object.entries(transformer.InputPathsMap ?? {})) {
    if (name.startsWith('aws.')) throw new Error(`InputPathsMap key ${name}: names starting with "aws." are reserved`)
    const value = readJsonPath(event, path)
    if (value === undefined) throw new Error(`InputPathsMap ${name}: ${path} matches nothing in the event`)
    values.set(name, value)
  }
  return values
}

/** The text EventBridge would send to the target for `event`. */
export function renderInputTransformer(transformer: InputTransformer, event: Record<string, unknown>, context: RenderContext = {}): string {
  const values = variables(transformer, event, context)
  const template = transformer.InputTemplate
  const isJson = /^\s*[[{"]/.test(template)
  let output = ''
  let inString = false
  for (let index = 0; index < template.length; index++) {
    const char = template[index]!
    if (isJson && inString && char === '\\') {
      output += template.slice(index, index + 2)
      index++
      continue
    }
    if (isJson && char === '"') inString = !inString
    const placeholder = char === '<' ? /^<([A-Za-z0-9_.-]+)>/.exec(template.slice(index)) : null
    if (placeholder && values.has(placeholder[1]!)) {
      const name = placeholder[1]!
      const value = values.get(name)!
      if (!isJson) output += typeof value === 'string' ? value : JSON.stringify(value)
      else if (!inString) output += JSON.stringify(value)
      else if (typeof value === 'string') output += value
      else throw new Error(`<${name}> holds JSON and can only be a JSON value, not part of a string`)
      index += placeholder[0].length - 1
      continue
    }
    output += char
  }
  return output
}

/** The body of POST /repos/{owner}/{repo}/dispatches. */
export interface DispatchBody {
  event_type: string
  client_payload: Record<string, unknown>
}

/** The input transformer of the rule's target that is an API destination. */
export function dispatchTransformer(template: Template): InputTransformer & { InputTemplate: unknown } {
  const destinations = Object.entries(template.Resources)
    .filter(([, resource]) => resource.Type === 'AWS::Events::ApiDestination')
    .map(([name]) => name)
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::Events::Rule') continue
    const targets = (resource.Properties?.Targets ?? []) as { Arn: unknown; InputTransformer?: InputTransformer }[]
    for (const target of targets) {
      const arn = target.Arn as { 'Fn::GetAtt'?: [string, string] }
      if (arn['Fn::GetAtt'] && destinations.includes(arn['Fn::GetAtt'][0]) && target.InputTransformer) return target.InputTransformer
    }
  }
  throw new Error('no rule in the template sends events to an API destination through an input transformer')
}

/**
 * What the shipped template's rule would POST to GitHub for `event`: its
 * InputTemplate with the stack's parameters filled in (the defaults, or
 * `parameters`, checked against the template's constraints), rendered against
 * the event and parsed. Throws if the result is not JSON.
 */
export function dispatchBodyFromTemplate(event: Record<string, unknown>, parameters: Record<string, string> = {}): DispatchBody {
  const template = loadTemplate()
  const transformer = dispatchTransformer(template)
  const inputTemplate = resolveParameters(transformer.InputTemplate, parameterValues(template, parameters))
  if (typeof inputTemplate !== 'string') throw new Error('InputTemplate does not resolve to a string')
  const rendered = renderInputTransformer({ InputPathsMap: transformer.InputPathsMap, InputTemplate: inputTemplate }, event)
  return JSON.parse(rendered) as DispatchBody
}

export type ApprovalState = 'STARTED' | 'SUCCEEDED' | 'FAILED' | 'ABANDONED' | 'CANCELED'

/**
 * A CodePipeline Action Execution State Change event for a Manual approval,
 * from __fixtures__/events (see the README there for where each comes from).
 */
export function approvalEvent(state: ApprovalState = 'STARTED'): Record<string, unknown> {
  const file = new URL(`../../__fixtures__/events/codepipeline-approval-${state.toLowerCase()}.json`, import.meta.url)
  return JSON.parse(readFileSync(fileURLToPath(file), 'utf8')) as Record<string, unknown>
}

interface ExampleGroup {
  name: string
  examples: Record<string, unknown>[]
}

// Repository and user objects as GitHub delivers them; only names are changed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Editable = Record<string, any>

/**
 * A repository_dispatch webhook payload, as a workflow sees it in
 * GITHUB_EVENT_PATH, for a dispatches body: `action` is the event type and
 * `client_payload` is passed through. Built from @octokit/webhooks-examples'
 * repository_dispatch delivery ({ action, branch, client_payload, repository,
 * organization, sender, installation }). `repository` ("owner/name") renames
 * the example's repository; `branch` defaults to its default branch, which
 * is the only branch repository_dispatch runs workflows from.
 */
export function repositoryDispatchPayload(
  body: DispatchBody,
  options: { repository?: string; sender?: string; branch?: string } = {}
): Record<string, unknown> {
  const groups = createRequire(import.meta.url)('@octokit/webhooks-examples') as ExampleGroup[]
  const found = groups.find((group) => group.name === 'repository_dispatch')?.examples[0]
  if (!found) throw new Error('@octokit/webhooks-examples has no repository_dispatch example')
  const payload = structuredClone(found) as Editable
  if (options.repository) {
    const [owner, name] = options.repository.split('/') as [string, string]
    payload.repository.name = name
    payload.repository.full_name = options.repository
    payload.repository.owner.login = owner
    payload.repository.html_url = `https://github.com/${options.repository}`
    payload.repository.url = `https://api.github.com/repos/${options.repository}`
    if (payload.organization) payload.organization.login = owner
  }
  if (options.sender) payload.sender.login = options.sender
  payload.action = body.event_type
  payload.branch = options.branch ?? payload.repository.default_branch
  payload.client_payload = structuredClone(body.client_payload)
  return payload
}
