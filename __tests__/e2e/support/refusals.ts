import { expect } from '@jest/globals'
import { commentEvent } from '../../support/payloads.js'
import { failureMessage, unexpectedStderr, type ActionRun } from './run-action.js'
import type { StandIns } from './stand-ins.js'

/** An issue_comment event for `body`, by `author`, written at `createdAt` when given. */
export function commentRun(body: string, options: { author?: string; createdAt?: string } = {}): { eventName: string; payload: object } {
  const payload = commentEvent({ body, author: options.author })
  if (options.createdAt) (payload.comment as { created_at?: string }).created_at = options.createdAt
  return { eventName: 'issue_comment', payload }
}

/**
 * A refusal: exit 1, outcome refused with the reason as `error`, nothing
 * sent, and (unless `askedAws`) nothing asked of AWS.
 */
export function expectRefused(standIns: StandIns, run: ActionRun, message: string | RegExp, { askedAws = false } = {}): void {
  expect(unexpectedStderr(run)).toBe('')
  expect(run.exitCode).toBe(1)
  expect(standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')).toEqual([])
  const failure = failureMessage(run)
  if (typeof message === 'string') expect(failure).toBe(message)
  else expect(failure).toMatch(message)
  expect(run.outputs).toMatchObject({ outcome: 'refused', error: failure, decision: '' })
  if (!askedAws) expect(standIns.pipeline.requests).toEqual([])
}
