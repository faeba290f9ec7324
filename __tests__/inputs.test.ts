import * as core from '@actions/core'
import { describe, expect, it } from '@jest/globals'
import { INPUT, InputError, readInputs, type Inputs } from '../src/inputs.js'
import { defaultInputs } from './support/events.js'
import { actionYml, useInputs } from './support/inputs.js'

function read(given: Record<string, string>): Inputs {
  useInputs(given)
  return readInputs(core)
}

function problems(given: Record<string, string>): string[] {
  try {
    read(given)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    return (error as InputError).problems
  }
  throw new Error('expected an InputError')
}

describe('readInputs', () => {
  it('reads action.yml defaults into typed values', () => {
    // defaultInputs() is what the other tests build on: it must be what action.yml's defaults read as.
    expect(read({ 'pipeline-name': 'my-pipeline' })).toEqual(defaultInputs())
    expect(defaultInputs()).toMatchObject({ decision: 'auto', permission: 'write', approveOnMerge: true, rejectOnClose: false, pollIntervalSeconds: 10 })
  })

  it('declares every input it reads in action.yml, and reads every input action.yml declares', () => {
    expect(Object.values(INPUT).sort()).toEqual(Object.keys(actionYml.inputs).sort())
  })

  it('takes decisions, roles and modes in any case and sends the API capitalisation', () => {
    expect(read({ 'pipeline-name': 'p', decision: 'APPROVED' }).decision).toBe('Approved')
    expect(read({ 'pipeline-name': 'p', decision: 'Rejected' }).decision).toBe('Rejected')
    expect(read({ 'pipeline-name': 'p', permission: 'Maintain' }).permission).toBe('maintain')
    expect(read({ 'pipeline-name': 'p', 'revision-check': 'STRICT' }).revisionCheck).toBe('strict')
  })

  it('parses approvers: users and org/team slugs, with or without @, by commas, spaces or lines', () => {
    const { approvers } = read({ 'pipeline-name': 'p', approvers: '@Alice, acme/Deployers\n bob  @acme/sre,renovate[bot]' })
    expect(approvers).toEqual({
      users: ['alice', 'bob', 'renovate[bot]'],
      teams: [
        { org: 'acme', slug: 'deployers' },
        { org: 'acme', slug: 'sre' }
      ]
    })
  })

  it('keeps commands and labels lower-case, a revision lower-case, and names as given', () => {
    const inputs = read({
      'pipeline-name': 'Prod.Pipeline@v2_x-1',
      'stage-name': 'Deploy',
      'action-name': 'Approve',
      'approve-command': '/Ship-It',
      'approve-label': 'Ship It',
      revision: 'ABCDEF0',
      'wait-timeout': '600',
      'poll-interval': '5',
      'aws-region': 'eu-central-1',
      summary: '  release 1.2  '
    })
    expect(inputs).toMatchObject({
      pipelineName: 'Prod.Pipeline@v2_x-1',
      stageName: 'Deploy',
      actionName: 'Approve',
      approveCommand: '/ship-it',
      approveLabel: 'ship it',
      revision: 'abcdef0',
      waitTimeoutSeconds: 600,
      pollIntervalSeconds: 5,
      awsRegion: 'eu-central-1',
      summary: 'release 1.2'
    })
  })

  it.each([
    [{ 'pipeline-name': '' }, 'Input pipeline-name is required: set it to the name of the pipeline that holds the approval.'],
    [{ 'pipeline-name': 'my pipeline' }, 'Input pipeline-name "my pipeline" is not a valid CodePipeline name'],
    [{ 'pipeline-name': 'x'.repeat(101) }, 'is not a valid CodePipeline name'],
    [{ 'stage-name': 'Deploy/Prod' }, 'Input stage-name "Deploy/Prod" is not a valid CodePipeline name'],
    [{ 'action-name': 'Approve!' }, 'Input action-name "Approve!" is not a valid CodePipeline name'],
    [{ decision: 'yes' }, 'Input decision must be auto, approved or rejected (got "yes").'],
    [{ decision: 'approve' }, 'Input decision must be auto, approved or rejected (got "approve").'],
    [{ 'approve-on-merge': 'yes' }, 'Input approve-on-merge must be true or false (got "yes").'],
    [{ 'reject-on-close': '1' }, 'Input reject-on-close must be true or false (got "1").'],
    [{ 'allow-self-approval': 'no' }, 'Input allow-self-approval must be true or false (got "no").'],
    [{ 'dry-run': 'maybe' }, 'Input dry-run must be true or false (got "maybe").'],
    [{ reactions: 'sometimes' }, 'Input reactions must be true or false (got "sometimes").'],
    [{ reply: 'y' }, 'Input reply must be true or false (got "y").'],
    [{ permission: 'read' }, 'Input permission must be write, maintain or admin (got "read").'],
    [{ permission: 'triage' }, 'Input permission must be write, maintain or admin (got "triage").'],
    [{ 'revision-check': 'loose' }, 'Input revision-check must be auto, strict or off (got "loose").'],
    [{ revision: 'main' }, 'Input revision must be a commit SHA of 7 to 40 hex digits (got "main").'],
    [{ revision: 'abc123' }, 'Input revision must be a commit SHA of 7 to 40 hex digits (got "abc123").'],
    [{ 'wait-timeout': '-1' }, 'Input wait-timeout must be a whole number of seconds from 0 to 21600 (got "-1").'],
    [{ 'wait-timeout': '1m' }, 'Input wait-timeout must be a whole number of seconds from 0 to 21600 (got "1m").'],
    [{ 'wait-timeout': '21601' }, 'Input wait-timeout must be a whole number of seconds from 0 to 21600 (got "21601").'],
    [{ 'poll-interval': '0' }, 'Input poll-interval must be a whole number of seconds from 1 to 3600 (got "0").'],
    [{ 'poll-interval': '2.5' }, 'Input poll-interval must be a whole number of seconds from 1 to 3600 (got "2.5").'],
    [{ 'poll-interval': '' }, 'Input poll-interval must be a whole number of seconds from 1 to 3600 (got "").'],
    [{ 'aws-region': 'Frankfurt' }, 'Input aws-region must be an AWS region such as us-east-1 (got "Frankfurt").'],
    [{ 'approve-command': '/approve deploy' }, 'Input approve-command must be one word such as /approve-deploy (got "/approve deploy").'],
    [{ 'reject-command': '' }, 'Input reject-command must be one word such as /reject-deploy (got "").'],
    [{ 'reject-command': '/Approve-Deploy' }, 'Inputs approve-command and reject-command must differ (both are "/approve-deploy").'],
    [{ 'reject-label': 'APPROVE-deploy' }, 'Inputs approve-label and reject-label must differ (both are "approve-deploy").'],
    [{ 'approve-label': 'x'.repeat(51) }, 'Input approve-label must be a label name of 1 to 50 characters'],
    [{ approvers: 'alice, acme/deploy/ers' }, 'Input approvers has "acme/deploy/ers", which is neither a GitHub login nor an org/team slug'],
    [{ approvers: '-alice' }, 'Input approvers has "-alice"']
  ])('refuses %j with a message that names the input and the fix', (given, expected) => {
    const found = problems({ 'pipeline-name': 'p', ...given })
    expect(found).toHaveLength(1)
    expect(found[0]).toContain(expected)
  })

  describe('when-not-waiting', () => {
    it.each([
      ['fail', '0', 'fail'],
      ['FAIL', '0', 'fail'],
      ['Wait', '600', 'wait'],
      ['defer', '0', 'defer'],
      ['DEFER', '0', 'defer']
    ] as const)('reads %s with wait-timeout %s as %s', (given, timeout, expected) => {
      expect(read({ 'pipeline-name': 'p', 'when-not-waiting': given, 'wait-timeout': timeout }).whenNotWaiting).toBe(expected)
    })

    it('defaults to fail', () => {
      expect(read({ 'pipeline-name': 'p' }).whenNotWaiting).toBe('fail')
    })

    it('turns fail into wait when wait-timeout is set, as wait-timeout always meant', () => {
      expect(read({ 'pipeline-name': 'p', 'wait-timeout': '60' })).toMatchObject({ whenNotWaiting: 'wait', waitTimeoutSeconds: 60 })
      expect(read({ 'pipeline-name': 'p', 'when-not-waiting': 'Fail', 'wait-timeout': '1' }).whenNotWaiting).toBe('wait')
    })

    it.each([
      [{ 'when-not-waiting': 'later' }, 'Input when-not-waiting must be fail, wait or defer (got "later").'],
      [{ 'when-not-waiting': 'wait' }, 'Input when-not-waiting is wait, but wait-timeout is 0: set wait-timeout to how many seconds to wait.'],
      [{ 'when-not-waiting': 'WAIT', 'wait-timeout': '0' }, 'Input when-not-waiting is wait, but wait-timeout is 0'],
      [{ 'when-not-waiting': 'defer', 'wait-timeout': '30' }, 'Inputs when-not-waiting: defer and wait-timeout both say what to do when nothing waits yet']
    ])('refuses %j', (given, expected) => {
      const found = problems({ 'pipeline-name': 'p', ...given })
      expect(found).toHaveLength(1)
      expect(found[0]).toContain(expected)
    })
  })

  describe('dispatch-event-type', () => {
    it('defaults to codepipeline-approval, and keeps one word as given', () => {
      expect(read({ 'pipeline-name': 'p' }).dispatchEventType).toBe('codepipeline-approval')
      expect(read({ 'pipeline-name': 'p', 'dispatch-event-type': '  Approval.Waits/v2  ' }).dispatchEventType).toBe('Approval.Waits/v2')
    })

    it('takes 1 and 100 characters', () => {
      expect(read({ 'pipeline-name': 'p', 'dispatch-event-type': 'x' }).dispatchEventType).toBe('x')
      expect(read({ 'pipeline-name': 'p', 'dispatch-event-type': 'x'.repeat(100) }).dispatchEventType).toBe('x'.repeat(100))
    })

    it.each(['', '   ', 'x'.repeat(101), 'approval waits', 'approval\twaits'])('refuses %j', (given) => {
      const found = problems({ 'pipeline-name': 'p', 'dispatch-event-type': given })
      expect(found).toHaveLength(1)
      expect(found[0]).toContain('Input dispatch-event-type must be one word of 1 to 100 characters')
    })
  })

  describe('notify, commit-status and approvers-token', () => {
    it('reads notify and commit-status as booleans, true by default', () => {
      expect(read({ 'pipeline-name': 'p' })).toMatchObject({ notify: true, commitStatus: true })
      expect(read({ 'pipeline-name': 'p', notify: 'false', 'commit-status': 'FALSE' })).toMatchObject({ notify: false, commitStatus: false })
      expect(read({ 'pipeline-name': 'p', notify: 'True', 'commit-status': 'true' })).toMatchObject({ notify: true, commitStatus: true })
    })

    it.each([
      [{ notify: 'yes' }, 'Input notify must be true or false (got "yes").'],
      [{ 'commit-status': 'off' }, 'Input commit-status must be true or false (got "off").']
    ])('refuses %j', (given, expected) => {
      expect(problems({ 'pipeline-name': 'p', ...given })).toEqual([expected])
    })

    it('leaves approvers-token unset when empty, and trims it when set', () => {
      expect(read({ 'pipeline-name': 'p' }).approversToken).toBeUndefined()
      expect(read({ 'pipeline-name': 'p', 'approvers-token': '   ' }).approversToken).toBeUndefined()
      expect(read({ 'pipeline-name': 'p', 'approvers-token': ' ghp_org_reader ' }).approversToken).toBe('ghp_org_reader')
    })
  })

  it('reports every bad input at once', () => {
    const found = problems({ 'pipeline-name': '', decision: 'sure', 'dry-run': 'nope', 'wait-timeout': 'x' })
    expect(found).toEqual([
      expect.stringContaining('pipeline-name is required'),
      expect.stringContaining('Input decision'),
      expect.stringContaining('Input wait-timeout'),
      expect.stringContaining('Input dry-run')
    ])
  })
})
