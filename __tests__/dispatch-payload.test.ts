import { describe, expect, it } from '@jest/globals'
import { readDispatch, type ApprovalEvent } from '../src/dispatch-payload.js'
import { ActionError } from '../src/errors.js'
import { defaultInputs } from './support/events.js'

const EXECUTION_ID = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b'

const goodPayload = (): Record<string, unknown> => ({
  pipeline: 'my-pipeline',
  'execution-id': EXECUTION_ID,
  stage: 'Deploy',
  action: 'Approve',
  state: 'STARTED',
  region: 'eu-central-1',
  account: '123456789012',
  time: '2026-11-01T10:00:00Z'
})

const dispatch = (client_payload: unknown, action: unknown = 'codepipeline-approval') => ({ action, client_payload })

function failure(run: () => unknown): ActionError {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ActionError)
    return error as ActionError
  }
  throw new Error('expected an ActionError')
}

describe('readDispatch', () => {
  it('reads a good payload into an ApprovalEvent', () => {
    const expected: ApprovalEvent = {
      pipeline: 'my-pipeline',
      executionId: EXECUTION_ID,
      stage: 'Deploy',
      action: 'Approve',
      state: 'STARTED',
      region: 'eu-central-1',
      account: '123456789012',
      time: '2026-11-01T10:00:00Z'
    }
    expect(readDispatch(dispatch(goodPayload()), defaultInputs())).toEqual({ event: expected })
  })

  it.each(['STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'CANCELED'])('accepts state %s', (state) => {
    const reading = readDispatch(dispatch({ ...goodPayload(), state }), defaultInputs())
    expect(reading).toEqual({ event: expect.objectContaining({ state }) })
  })

  it.each(['2026-11-01T10:00:00.123Z', '2026-11-01T10:00:00+02:00', '2026-11-01T10:00:00-05:30'])('accepts the ISO time %s', (time) => {
    expect(readDispatch(dispatch({ ...goodPayload(), time }), defaultInputs())).toEqual({ event: expect.objectContaining({ time }) })
  })

  it.each([
    ['another event type', 'deploy-requested'],
    ['no event type', undefined],
    ['a non-string event type', 42]
  ])('skips %s before reading the payload', (_what, action) => {
    // The payload is not even an object: a skip must not look at it.
    const reading = readDispatch({ action, client_payload: 'not an object' }, defaultInputs())
    expect(reading).toEqual({ skip: expect.stringContaining('is not dispatch-event-type (codepipeline-approval)') })
    expect((reading as { skip: string }).skip).toContain(`"${typeof action === 'string' ? action : ''}"`)
  })

  it('compares the event type with dispatch-event-type as set', () => {
    const inputs = defaultInputs({ dispatchEventType: 'approval-waits' })
    expect(readDispatch(dispatch(goodPayload(), 'approval-waits'), inputs)).toHaveProperty('event')
    expect(readDispatch(dispatch(goodPayload(), 'codepipeline-approval'), inputs)).toHaveProperty('skip')
  })

  it.each([
    ['missing', undefined],
    ['null', null],
    ['a string', 'pipeline=my-pipeline'],
    ['a number', 7],
    ['an array', [goodPayload()]]
  ])('fails when client_payload is %s', (_what, client_payload) => {
    const error = failure(() => readDispatch(dispatch(client_payload), defaultInputs()))
    expect(error.message).toContain('no client_payload object, so nothing was sent')
    expect(error.message).toContain('cloudformation/approval-events.yml')
  })

  const keys = ['pipeline', 'execution-id', 'stage', 'action', 'state', 'region', 'account', 'time']

  it.each(keys)('fails naming client_payload.%s when it is missing', (key) => {
    const payload = goodPayload()
    delete payload[key]
    const error = failure(() => readDispatch(dispatch(payload), defaultInputs()))
    expect(error.message).toContain(`has no client_payload.${key},`)
    expect(error.message).toContain('so nothing was sent')
  })

  it.each(keys)('fails naming client_payload.%s when it is null', (key) => {
    const error = failure(() => readDispatch(dispatch({ ...goodPayload(), [key]: null }), defaultInputs()))
    expect(error.message).toContain(`has no client_payload.${key},`)
  })

  it.each(keys)('fails naming client_payload.%s when it is not a string', (key) => {
    const error = failure(() => readDispatch(dispatch({ ...goodPayload(), [key]: 123456789012 }), defaultInputs()))
    expect(error.message).toContain(`client_payload.${key} 123456789012 is not`)
  })

  it.each([
    ['pipeline', 'my pipeline', 'a CodePipeline name'],
    ['pipeline', 'x'.repeat(101), 'a CodePipeline name'],
    ['pipeline', '', 'a CodePipeline name'],
    ['execution-id', 'not-a-uuid', 'a CodePipeline execution id'],
    ['execution-id', EXECUTION_ID.toUpperCase(), 'a CodePipeline execution id'],
    ['execution-id', `${EXECUTION_ID}0`, 'a CodePipeline execution id'],
    ['stage', 'Deploy/Prod', 'a CodePipeline stage name'],
    ['action', 'Approve!', 'a CodePipeline action name'],
    ['state', 'started', 'one of STARTED, SUCCEEDED, FAILED, ABANDONED, CANCELED'],
    ['state', 'SUCCEEDED ', 'one of STARTED, SUCCEEDED, FAILED, ABANDONED, CANCELED'],
    ['state', 'RESUMED', 'one of STARTED, SUCCEEDED, FAILED, ABANDONED, CANCELED'],
    ['region', 'Frankfurt', 'an AWS region'],
    ['region', 'us-east-1a', 'an AWS region'],
    ['account', '12345678901', 'a 12-digit AWS account id'],
    ['account', '1234567890123', 'a 12-digit AWS account id'],
    ['account', '12345678901a', 'a 12-digit AWS account id'],
    ['time', '2026-11-01 10:00:00Z', 'an ISO 8601 time'],
    ['time', '2026-11-01T10:00:00', 'an ISO 8601 time'],
    ['time', 'yesterday', 'an ISO 8601 time']
  ])('fails naming client_payload.%s for the invalid %j', (key, value, what) => {
    const error = failure(() => readDispatch(dispatch({ ...goodPayload(), [key]: value }), defaultInputs()))
    expect(error.message).toContain(`client_payload.${key} ${JSON.stringify(value).slice(0, 120)} is not ${what}, so nothing was sent`)
  })

  it('cuts a long invalid value in the message', () => {
    const error = failure(() => readDispatch(dispatch({ ...goodPayload(), stage: 'x'.repeat(500) }), defaultInputs()))
    expect(error.message).toContain(`client_payload.stage "${'x'.repeat(119)} is not`)
    expect(error.message).not.toContain('x'.repeat(120))
  })

  it('skips an event for another pipeline before validating the other keys', () => {
    const reading = readDispatch(dispatch({ pipeline: 'other-pipeline', 'execution-id': 'garbage', state: 'nope' }), defaultInputs())
    expect(reading).toEqual({ skip: 'Skipped: the event is for pipeline "other-pipeline", not pipeline-name (my-pipeline).' })
  })

  it('still fails for an invalid pipeline name, rather than skipping it', () => {
    const error = failure(() => readDispatch(dispatch({ ...goodPayload(), pipeline: 'bad name' }), defaultInputs()))
    expect(error.message).toContain('client_payload.pipeline "bad name" is not a CodePipeline name')
  })

  it('validates every key for this pipeline even when stage-name would skip it', () => {
    const inputs = defaultInputs({ stageName: 'Other' })
    const error = failure(() => readDispatch(dispatch({ ...goodPayload(), account: 'x' }), inputs))
    expect(error.message).toContain('client_payload.account')
  })

  it('skips another stage than stage-name', () => {
    const reading = readDispatch(dispatch(goodPayload()), defaultInputs({ stageName: 'Prod' }))
    expect(reading).toEqual({ skip: 'Skipped: the event is for stage "Deploy", not stage-name (Prod).' })
  })

  it('skips another action than action-name', () => {
    const reading = readDispatch(dispatch(goodPayload()), defaultInputs({ actionName: 'SecondApproval' }))
    expect(reading).toEqual({ skip: 'Skipped: the event is for action "Approve", not action-name (SecondApproval).' })
  })

  it('reads any stage and action when stage-name and action-name are not set', () => {
    const payload = { ...goodPayload(), stage: 'Anything', action: 'Whatever' }
    expect(readDispatch(dispatch(payload), defaultInputs())).toEqual({ event: expect.objectContaining({ stage: 'Anything', action: 'Whatever' }) })
  })

  it('reads the event when stage-name and action-name match', () => {
    const reading = readDispatch(dispatch(goodPayload()), defaultInputs({ stageName: 'Deploy', actionName: 'Approve' }))
    expect(reading).toHaveProperty('event.stage', 'Deploy')
  })

  it('ignores keys it does not know', () => {
    const reading = readDispatch(dispatch({ ...goodPayload(), token: 'secret', extra: { nested: true } }), defaultInputs())
    expect(reading).toHaveProperty('event')
    expect(JSON.stringify(reading)).not.toContain('secret')
  })
})
