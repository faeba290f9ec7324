import type { EventContext, EventPayload } from '../../src/event-context.js'
import type { Inputs } from '../../src/inputs.js'

/** An EventContext as readEventContext builds it on a runner, for a first attempt. */
export function eventContext(eventName: string, payload: EventPayload, actor = 'Codertocat'): EventContext {
  return {
    eventName,
    payload,
    actor,
    runAttempt: 1,
    triggeringActor: actor,
    repo: { owner: 'Codertocat', repo: 'Hello-World' },
    serverUrl: 'https://github.com',
    runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/42'
  }
}

/** Inputs with action.yml's defaults. */
export function defaultInputs(overrides: Partial<Inputs> = {}): Inputs {
  return {
    pipelineName: 'my-pipeline',
    decision: 'auto',
    approveCommand: '/approve-deploy',
    rejectCommand: '/reject-deploy',
    approveLabel: 'approve-deploy',
    rejectLabel: 'reject-deploy',
    approveOnMerge: true,
    rejectOnClose: false,
    permission: 'write',
    approvers: { users: [], teams: [] },
    allowSelfApproval: true,
    revisionCheck: 'auto',
    summary: '',
    waitTimeoutSeconds: 0,
    pollIntervalSeconds: 10,
    dryRun: false,
    githubToken: 'ghs_test_token',
    reactions: true,
    reply: true,
    whenNotWaiting: 'fail',
    dispatchEventType: 'codepipeline-approval',
    notify: true,
    commitStatus: true,
    ...overrides
  }
}
