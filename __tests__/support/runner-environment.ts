import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventPayload } from '../../src/event-context.js'
import { REPOSITORY } from './payloads.js'

/** The GITHUB_* variables a runner sets for an event, with the payload written to a file. */
export function runnerEnvironment(eventName: string, payload: EventPayload | Record<string, unknown>, actor = 'Codertocat'): Record<string, string> {
  const directory = mkdtempSync(join(tmpdir(), 'approval-event-'))
  const eventPath = join(directory, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  writeFileSync(join(directory, 'step-summary.md'), '')
  return {
    GITHUB_STEP_SUMMARY: join(directory, 'step-summary.md'),
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_ACTOR: actor,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'deploy',
    GITHUB_ACTION: 'approve',
    GITHUB_JOB: 'approve'
  }
}
