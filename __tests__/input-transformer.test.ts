import { describe, expect, it } from '@jest/globals'
import { createRequire } from 'node:module'
import { eventHasDetailField, eventSpec } from './support/cloudformation-spec.js'
import { loadTemplate } from './support/cloudformation-template.js'
import {
  approvalEvent,
  dispatchBodyFromTemplate,
  dispatchTransformer,
  readJsonPath,
  renderInputTransformer,
  repositoryDispatchPayload,
  type ApprovalState
} from './support/input-transformer.js'

const STATES: ApprovalState[] = ['STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'CANCELED']

// The example event, input paths and templates of the Amazon EventBridge User
// Guide, "Amazon EventBridge input transformation" (Input transform examples):
// https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-transform-target-input.html
const ec2Event = {
  version: '0',
  id: '7bf73129-1428-4cd3-a780-95db273d1602',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '123456789012',
  time: '2015-11-11T21:29:54Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111'],
  detail: { 'instance-id': 'i-0123456789', state: 'RUNNING' }
}
const InputPathsMap = { timestamp: '$.time', instance: '$.detail.instance-id', state: '$.detail.state', resource: '$.resources[0]' }

describe('renderInputTransformer, against the EventBridge guide', () => {
  it.each([
    ['a simple string', '"instance <instance> is in <state>"', '"instance i-0123456789 is in RUNNING"'],
    ['simple JSON', '{\n  "instance" : <instance>,\n  "state": <state>\n}', '{\n  "instance" : "i-0123456789",\n  "state": "RUNNING"\n}'],
    [
      'JSON with strings and variables',
      '{\n "instance" : <instance>,\n "state": "<state>",\n "instanceStatus": "instance \\"<instance>\\" is in <state>"\n}',
      '{\n "instance" : "i-0123456789",\n "state": "RUNNING",\n "instanceStatus": "instance \\"i-0123456789\\" is in RUNNING"\n}'
    ],
    [
      'JSON with a mix of variables and static information',
      '{\n  "instance" : <instance>,\n  "state": [ 9, <state>, true ],\n  "Transformed" : "Yes"\n}',
      '{\n  "instance" : "i-0123456789",\n  "state": [ 9, "RUNNING", true ],\n  "Transformed" : "Yes"\n}'
    ],
    ['reserved variables in a string', '"<aws.events.rule-name> triggered"', '"example triggered"'],
    ['a plain-text template (API reference)', '<instance> is in state <state>', 'i-0123456789 is in state RUNNING'],
    ['an array index', '{"resource": "<resource>", "at": <timestamp>}', '{"resource": "arn:aws:ec2:us-east-1:123456789012:instance/i-abcd1111", "at": "2015-11-11T21:29:54Z"}']
  ])('renders %s', (_name, InputTemplate, expected) => {
    expect(renderInputTransformer({ InputPathsMap, InputTemplate }, ec2Event)).toBe(expected)
  })

  it('puts the whole event, and the rule, in as JSON values', () => {
    const rendered = renderInputTransformer(
      { InputPathsMap, InputTemplate: '{"instance": <instance>, "ruleArn": <aws.events.rule-arn>, "originalEvent": <aws.events.event.json>}' },
      ec2Event,
      { ruleArn: 'arn:aws:events:us-east-2:123456789012:rule/example' }
    )
    expect(JSON.parse(rendered)).toEqual({ instance: 'i-0123456789', ruleArn: 'arn:aws:events:us-east-2:123456789012:rule/example', originalEvent: ec2Event })
    expect(() => renderInputTransformer({ InputTemplate: '{"e": "<aws.events.event.json>"}' }, ec2Event)).toThrow('can only be a JSON value')
  })

  it('does not escape a value inside quotes, as the guide warns, but does outside them', () => {
    const event = { detail: { name: 'say "hi"' } }
    const inside = renderInputTransformer({ InputPathsMap: { name: '$.detail.name' }, InputTemplate: '{"name": "<name>"}' }, event)
    expect(inside).toBe('{"name": "say "hi""}')
    expect(() => JSON.parse(inside)).toThrow()
    const outside = renderInputTransformer({ InputPathsMap: { name: '$.detail.name' }, InputTemplate: '{"name": <name>}' }, event)
    expect(JSON.parse(outside)).toEqual({ name: 'say "hi"' })
  })

  it('refuses paths that match nothing, JSON path syntax EventBridge lacks, and reserved names', () => {
    expect(() => renderInputTransformer({ InputPathsMap: { x: '$.detail.missing' }, InputTemplate: '"<x>"' }, ec2Event)).toThrow(
      '$.detail.missing matches nothing'
    )
    expect(() => readJsonPath(ec2Event, "$['detail']")).toThrow('does not support')
    expect(() => readJsonPath(ec2Event, 'detail.state')).toThrow('is not a JSON path')
    expect(() => renderInputTransformer({ InputPathsMap: { 'aws.x': '$.time' }, InputTemplate: '"<aws.x>"' }, ec2Event)).toThrow('reserved')
  })

  it('leaves a placeholder that names no variable as it is', () => {
    expect(renderInputTransformer({ InputPathsMap, InputTemplate: '"<instance> <nothing>"' }, ec2Event)).toBe('"i-0123456789 <nothing>"')
  })
})

describe('the body the template sends to GitHub', () => {
  it('is exactly the dispatches body for the documented STARTED event', () => {
    expect(dispatchBodyFromTemplate(approvalEvent('STARTED'))).toEqual({
      event_type: 'codepipeline-approval',
      client_payload: {
        pipeline: 'myPipeline',
        'execution-id': '12345678-1234-5678-abcd-12345678abcd',
        stage: 'Prod',
        action: 'myAction',
        state: 'STARTED',
        region: 'us-east-1',
        account: '123456789012',
        time: '2020-01-24T22:03:07Z'
      }
    })
  })

  it.each(STATES)('carries the event state for %s, within GitHub limits, all values strings', (state) => {
    const body = dispatchBodyFromTemplate(approvalEvent(state))
    expect(Object.keys(body)).toEqual(['event_type', 'client_payload'])
    expect(body.event_type.length).toBeLessThanOrEqual(100)
    expect(Object.keys(body.client_payload).length).toBeLessThanOrEqual(10)
    expect(body.client_payload.state).toBe(state)
    for (const value of Object.values(body.client_payload)) expect(typeof value).toBe('string')
  })

  it('takes event_type from the EventType parameter, refusing a value CloudFormation would refuse', () => {
    expect(dispatchBodyFromTemplate(approvalEvent(), { EventType: 'deploy-waiting' }).event_type).toBe('deploy-waiting')
    expect(() => dispatchBodyFromTemplate(approvalEvent(), { EventType: 'has"quote' })).toThrow('CloudFormation would refuse EventType')
    expect(() => dispatchBodyFromTemplate(approvalEvent(), { EventTypes: 'x' })).toThrow('no parameter EventTypes')
  })

  it('stays valid JSON for every character CodePipeline allows in a name', () => {
    const event = approvalEvent() as { detail: Record<string, unknown> }
    const name = 'A-z_0.9@x'.padEnd(100, '@')
    Object.assign(event.detail, { pipeline: name, stage: name, action: name })
    expect(dispatchBodyFromTemplate(event).client_payload).toMatchObject({ pipeline: name, stage: name, action: name })
  })

  it('takes the pipeline Region, which every event has, not the action Region', () => {
    const event = approvalEvent() as { region: string; detail: Record<string, unknown> }
    event.region = 'eu-west-1'
    delete event.detail.region
    expect(dispatchBodyFromTemplate(event).client_payload.region).toBe('eu-west-1')
  })

  it('reads only fields that CodePipeline event schema has', () => {
    const schema = eventSpec('aws.codepipeline', 'CodePipeline Action Execution State Change')
    expect(schema).toBeDefined()
    const paths = Object.values(dispatchTransformer(loadTemplate()).InputPathsMap ?? {})
    for (const path of paths) {
      const [top, ...rest] = path.replace(/^\$\./, '').split('.')
      if (top === 'detail') expect({ path, inSchema: eventHasDetailField(schema!, rest) }).toEqual({ path, inSchema: true })
      else expect(['account', 'time', 'region']).toContain(top)
    }
    // And the fixtures hold no field the schema does not know.
    const detail = approvalEvent().detail as Record<string, unknown>
    for (const key of Object.keys(detail)) expect({ key, inSchema: eventHasDetailField(schema!, [key]) }).toEqual({ key, inSchema: true })
    for (const key of Object.keys(detail.type as object)) expect(eventHasDetailField(schema!, ['type', key])).toBe(true)
  })
})

describe('repositoryDispatchPayload', () => {
  const example = (createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[]).find(
    (group) => group.name === 'repository_dispatch'
  )!.examples[0]!

  it('has the shape of a real repository_dispatch delivery, with the body as action and client_payload', () => {
    const body = dispatchBodyFromTemplate(approvalEvent())
    const payload = repositoryDispatchPayload(body)
    expect(Object.keys(payload)).toEqual(Object.keys(example))
    expect(Object.keys(payload)).toEqual(['action', 'branch', 'client_payload', 'repository', 'organization', 'sender', 'installation'])
    expect(payload.action).toBe('codepipeline-approval')
    expect(payload.client_payload).toEqual(body.client_payload)
    expect(payload.branch).toBe((example.repository as { default_branch: string }).default_branch)
  })

  it('can name another repository and sender', () => {
    const payload = repositoryDispatchPayload(dispatchBodyFromTemplate(approvalEvent()), { repository: 'Codertocat/Hello-World', sender: 'Codertocat' }) as {
      repository: { full_name: string; name: string; owner: { login: string } }
      sender: { login: string }
    }
    expect(payload.repository).toMatchObject({ full_name: 'Codertocat/Hello-World', name: 'Hello-World', owner: { login: 'Codertocat' } })
    expect(payload.sender.login).toBe('Codertocat')
  })
})
