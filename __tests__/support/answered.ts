import type { Answered } from '../../src/report/outputs.js'

/** A sent approval as main reports it. */
export function answered(overrides: Partial<Answered> = {}): Answered {
  return {
    outcome: 'sent',
    decision: 'Approved',
    actor: 'alice',
    summary: 'Approved by @alice via https://github.com/o/r/pull/2 (commit c4295bd74fb0f4fda03689c3df3f2803b658fd85)',
    pullRequest: { number: 2, url: 'https://github.com/o/r/pull/2', merged: true },
    approvedAt: new Date('2026-11-25T10:00:00.123Z'),
    verdict: { verified: true },
    approval: {
      pipelineName: 'shop',
      executionMode: 'SUPERSEDED',
      stageName: 'Deploy',
      actionName: 'Approve',
      token: '11111111-2222-3333-4444-555555555555',
      pipelineExecutionId: 'exec-1',
      commits: ['c4295bd74fb0f4fda03689c3df3f2803b658fd85'],
      commit: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      verdict: { verified: true }
    },
    ...overrides
  }
}
