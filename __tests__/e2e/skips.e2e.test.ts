import { describe, expect, it } from '@jest/globals'
import { closedEvent, commentEvent, example, labeledEvent, PR_HEAD } from '../support/payloads.js'
import { notices, unexpectedStderr } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

describe.each(runtimes())('dist/index.js under $name: events that ask nothing are skipped', ({ node }) => {
  const standIns = useStandIns()

  it.each<[string, () => object, Record<string, string>, string]>([
    ['issue_comment', () => commentEvent({ body: '/approve-deploy', action: 'edited' }), {}, 'Skipped: the comment was edited, and only new comments are read.'],
    ['issue_comment', () => commentEvent({ body: '/approve-deploy', action: 'deleted' }), {}, 'Skipped: the comment was deleted, and only new comments are read.'],
    ['issue_comment', () => commentEvent({ body: '/approve-deploy', onPullRequest: false }), {}, 'Skipped: the comment is on an issue, not on a pull request.'],
    ['issue_comment', () => commentEvent({ body: 'Looks good to me, /approve-deploy when ready' }), {}, 'Skipped: the comment does not start with /approve-deploy or /reject-deploy.'],
    ['issue_comment', () => commentEvent({ body: '> /approve-deploy\n\nquoting the command' }), {}, 'Skipped: the comment does not start with /approve-deploy or /reject-deploy.'],
    ['issue_comment', () => commentEvent({ body: '/approve-deployment' }), {}, 'Skipped: the comment does not start with /approve-deploy or /reject-deploy.'],
    ['pull_request', () => labeledEvent({ label: 'bug' }), {}, 'Skipped: the label "bug" is neither approve-deploy nor reject-deploy.'],
    ['pull_request', () => example('pull_request', 'opened'), {}, 'Skipped: pull_request "opened" events ask nothing; merges, labels and comment commands do.'],
    ['pull_request_target', () => example('pull_request', 'synchronize'), {}, 'Skipped: new commits on pull request #2, which carries neither approve-deploy nor reject-deploy.'],
    ['pull_request', () => closedEvent({ merged: false }), {}, 'Skipped: pull request #2 was closed without merging, and reject-on-close is false.'],
    ['pull_request', () => closedEvent({ merged: true }), { 'approve-on-merge': 'false' }, 'Skipped: pull request #2 was merged, and approve-on-merge is false.'],
    ['push', () => example('push'), {}, 'Skipped: push events ask nothing while decision is auto; set decision to approved or rejected to act on them.']
  ])('%s: %s', async (eventName, payload, inputs, reason) => {
    standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, { eventName, payload: payload(), inputs: { 'pipeline-name': 'shop-pipeline', ...inputs } })
    expect(unexpectedStderr(run)).toBe('')
    expect(run.exitCode).toBe(0)
    expect(notices(run)).toEqual([reason])
    expect(run.outputs).toEqual({
      decision: '',
      outcome: 'skipped',
      'approved-at': '',
      'pipeline-execution-id': '',
      revision: '',
      summary: '',
      actor: '',
      'pull-request': '',
      'pull-requests': '',
      error: ''
    })
    expect(standIns.pipeline.requests).toEqual([])
    expect(standIns.github.calls).toEqual([])
    expect(run.stepSummary).toContain('<h3>CodePipeline approval: skipped</h3>')
  })
})
