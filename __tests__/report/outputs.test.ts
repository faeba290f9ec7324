import { describe, expect, it, jest } from '@jest/globals'
import { OUTPUT, reportOutcome, type Reporter } from '../../src/report/outputs.js'
import type { DeploymentRequest } from '../../src/interpret-event.js'
import { answered as makeAnswered } from '../support/answered.js'
import { actionYml } from '../support/inputs.js'

function reporter(): Reporter & { outputs: Record<string, string> } {
  const outputs: Record<string, string> = {}
  return { outputs, setOutput: (name, value) => void (outputs[name] = value), info: jest.fn(), notice: jest.fn() }
}

const answered = makeAnswered()

describe('reportOutcome', () => {
  it('declares every output it sets in action.yml, and sets every output action.yml declares', () => {
    expect(Object.values(OUTPUT).sort()).toEqual(Object.keys(actionYml.outputs).sort())
  })

  it('sets every output of a sent decision', () => {
    const report = reporter()
    reportOutcome(report, answered)
    expect(report.outputs).toEqual({
      decision: 'Approved',
      outcome: 'sent',
      'approved-at': '2026-11-25T10:00:00.123Z',
      'pipeline-execution-id': 'exec-1',
      revision: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      summary: answered.summary,
      actor: 'alice',
      'pull-request': '2',
      'pull-requests': '2',
      error: ''
    })
    expect(report.info).toHaveBeenCalledWith(`Sent Approved for Deploy/Approve in pipeline "shop": ${answered.summary}`)
  })

  it('reports a dry run without a time', () => {
    const report = reporter()
    reportOutcome(report, { ...answered, outcome: 'dry-run', approvedAt: undefined, pullRequest: undefined })
    expect(report.outputs).toMatchObject({ outcome: 'dry-run', decision: 'Approved', 'approved-at': '', 'pull-request': '' })
    expect(report.info).toHaveBeenCalledWith(expect.stringMatching(/^Dry run: would send Approved for Deploy\/Approve/))
  })

  it('reports a skip as a notice, with empty outputs but outcome', () => {
    const report = reporter()
    reportOutcome(report, { outcome: 'skipped', reason: 'Skipped: the label "bug" is neither approve-deploy nor reject-deploy.' })
    expect(report.notice).toHaveBeenCalledWith('Skipped: the label "bug" is neither approve-deploy nor reject-deploy.')
    expect(report.outputs).toEqual(Object.fromEntries(Object.values(OUTPUT).map((name) => [name, name === 'outcome' ? 'skipped' : ''])))
  })

  const request: DeploymentRequest = {
    decision: 'Rejected',
    trigger: 'comment',
    actor: { login: 'bob', isBot: false },
    pullRequest: { number: 3, url: 'https://github.com/o/r/pull/3', merged: false },
    commentId: 5
  }

  it.each(['refused', 'failed'] as const)('sets outcome %s with the error, who asked and where, and nothing else', (outcome) => {
    const report = reporter()
    reportOutcome(report, { outcome, message: '@bob has the read role on o/r.', request })
    expect(report.outputs).toEqual({
      decision: '',
      outcome,
      'approved-at': '',
      'pipeline-execution-id': '',
      revision: '',
      summary: '',
      actor: 'bob',
      'pull-request': '3',
      'pull-requests': '',
      error: '@bob has the read role on o/r.'
    })
    expect(report.info).not.toHaveBeenCalled()
    expect(report.notice).not.toHaveBeenCalled()
  })

  it('sets a failure before any request with only outcome and error', () => {
    const report = reporter()
    reportOutcome(report, { outcome: 'failed', message: 'Input pipeline-name is required.' })
    expect(report.outputs).toEqual(
      Object.fromEntries(
        Object.values(OUTPUT).map((name) => [name, name === 'outcome' ? 'failed' : name === 'error' ? 'Input pipeline-name is required.' : ''])
      )
    )
    const noPullRequest = reporter()
    reportOutcome(noPullRequest, { outcome: 'refused', message: 'No.', request: { ...request, trigger: 'input', pullRequest: undefined } })
    expect(noPullRequest.outputs).toMatchObject({ outcome: 'refused', actor: 'bob', 'pull-request': '', error: 'No.' })
  })
})

describe('reportOutcome: notices, updates, labels and deferrals', () => {
  it('reports a notice posted: outcome notified, the execution, its commit and every pull request told', () => {
    const report = reporter()
    reportOutcome(report, {
      outcome: 'notified',
      messages: ['Deploy/Approve waits for commit c4295bd; the notice is on #2, #5.'],
      pullRequests: [2, 5],
      approval: { pipelineExecutionId: 'exec-1', commit: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85' }
    })
    expect(report.info).toHaveBeenCalledWith('Deploy/Approve waits for commit c4295bd; the notice is on #2, #5.')
    expect(report.outputs).toMatchObject({
      outcome: 'notified',
      'pipeline-execution-id': 'exec-1',
      revision: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85',
      'pull-request': '',
      'pull-requests': '2,5',
      decision: ''
    })
  })

  it('reports an update of one pull request, with pull-request set too', () => {
    const report = reporter()
    reportOutcome(report, { outcome: 'updated', messages: ['Deploy/Approve is Succeeded; updated the notice on #2.'], pullRequests: [2] })
    expect(report.outputs).toMatchObject({ outcome: 'updated', 'pull-request': '2', 'pull-requests': '2' })
  })

  it('reports labels taken off after new commits as labels-removed, not as an answered approval', () => {
    const report = reporter()
    reportOutcome(report, { outcome: 'labels-removed', message: 'Removed approve-deploy from pull request #2: new commits were pushed.', pullRequest: 2 })
    expect(report.info).toHaveBeenCalledWith('Removed approve-deploy from pull request #2: new commits were pushed.')
    expect(report.outputs).toMatchObject({ outcome: 'labels-removed', 'pull-request': '2', 'pull-requests': '2', decision: '', revision: '' })
  })

  it('reports a deferral as a notice, with the commit it will be answered for and no decision sent', () => {
    const report = reporter()
    reportOutcome(report, {
      outcome: 'deferred',
      message: 'Deferred: nothing waits yet.',
      decision: 'Approved',
      actor: 'alice',
      pullRequest: { number: 2, url: 'https://github.com/o/r/pull/2', merged: true, mergeCommitSha: 'c'.repeat(40) },
      commit: 'c'.repeat(40)
    })
    expect(report.notice).toHaveBeenCalledWith('Deferred: nothing waits yet.')
    expect(report.outputs).toMatchObject({ outcome: 'deferred', decision: '', actor: 'alice', revision: 'c'.repeat(40), 'pull-request': '2', 'pull-requests': '2' })
  })
})
