import { describe, expect, it, jest } from '@jest/globals'
import { writeJobSummary, type SummaryWriter } from '../../src/report/job-summary.js'
import { answered } from '../support/answered.js'

const run = { eventName: 'issue_comment', runUrl: 'https://github.com/o/r/actions/runs/9' }

function writer(fails = false): SummaryWriter & { heading?: string; rows: unknown[][] } {
  const recorded: SummaryWriter & { heading?: string; rows: unknown[][] } = {
    rows: [],
    addHeading(text) {
      recorded.heading = text
      return recorded
    },
    addTable(rows) {
      recorded.rows = rows
      return recorded
    },
    write: async () => {
      if (fails) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY.')
    }
  }
  return recorded
}

describe('writeJobSummary', () => {
  it('tabulates a sent decision', async () => {
    const summary = writer()
    await writeJobSummary(summary, answered(), run, () => {})
    expect(summary.heading).toBe('CodePipeline approval: Approved')
    expect(summary.rows).toEqual([
      [
        { data: 'Field', header: true },
        { data: 'Value', header: true }
      ],
      ['Outcome', 'sent'],
      ['Decision', 'Approved'],
      ['Pipeline', 'shop'],
      ['Approval', 'Deploy/Approve'],
      ['Execution', 'exec-1'],
      ['Commit', 'c4295bd74fb0f4fda03689c3df3f2803b658fd85 (matches the request)'],
      ['Actor', '@alice'],
      ['Pull request', '<a href="https://github.com/o/r/pull/2">#2</a>'],
      ['Approved at', '2026-11-25T10:00:00.123Z'],
      ['Summary', 'Approved by @alice via https://github.com/o/r/pull/2 (commit c4295bd74fb0f4fda03689c3df3f2803b658fd85)'],
      ['Workflow run', '<a href="https://github.com/o/r/actions/runs/9">https://github.com/o/r/actions/runs/9</a>']
    ])
  })

  it('names a dry run in its heading', async () => {
    const summary = writer()
    await writeJobSummary(summary, answered({ outcome: 'dry-run', approvedAt: undefined }), run, () => {})
    expect(summary.heading).toBe('CodePipeline approval: dry run (Approved not sent)')
    expect(summary.rows).not.toContainEqual(['Approved at', expect.anything()])
  })

  it('tabulates labels taken off after new commits under their own heading', async () => {
    const summary = writer()
    await writeJobSummary(summary, { outcome: 'labels-removed', message: 'Removed approve-deploy from pull request #2.', pullRequest: 2 }, { ...run, eventName: 'pull_request_target' }, () => {})
    expect(summary.heading).toBe('CodePipeline approval: labels removed after new commits')
    expect(summary.rows.slice(1)).toEqual([
      ['Outcome', 'labels-removed'],
      ['Event', 'pull_request_target'],
      ['Pull request', '#2'],
      ['What happened', 'Removed approve-deploy from pull request #2.'],
      ['Workflow run', expect.stringContaining('actions/runs/9')]
    ])
  })

  it('tabulates a skip and a failure with why, escaping text', async () => {
    const skip = writer()
    await writeJobSummary(skip, { outcome: 'skipped', reason: 'Skipped: the label "<x>" is neither a nor b.' }, run, () => {})
    expect(skip.rows).toContainEqual(['Why', 'Skipped: the label &quot;&lt;x&gt;&quot; is neither a nor b.'])
    const failure = writer()
    await writeJobSummary(
      failure,
      {
        outcome: 'failed',
        message: 'Nope.',
        request: { decision: 'Rejected', trigger: 'label', actor: { login: 'bob', isBot: false }, pullRequest: { number: 3, url: 'https://github.com/o/r/pull/3', merged: false } }
      },
      run,
      () => {}
    )
    expect(failure.heading).toBe('CodePipeline approval: nothing was sent')
    expect(failure.rows.slice(1)).toEqual([
      ['Outcome', 'failed'],
      ['Event', 'issue_comment'],
      ['Asked for', 'Rejected'],
      ['Actor', '@bob'],
      ['Pull request', '<a href="https://github.com/o/r/pull/3">#3</a>'],
      ['Why', 'Nope.'],
      ['Workflow run', expect.any(String)]
    ])
  })

  it('never heads a failure that may have sent the answer "nothing was sent"', async () => {
    const failure = writer()
    const message = 'PutApprovalResult for Deploy/Approve in pipeline "shop" got no clear answer (HTTP 500 after 3 attempts) and the approval, read again, does not show it, so the Approved answer may have been sent: check the approval in the CodePipeline console before trying again.'
    await writeJobSummary(failure, { outcome: 'failed', message, maybeSent: true }, run, () => {})
    expect(failure.heading).toBe('CodePipeline approval: failed, and the answer may have been sent')
    expect(failure.rows).toContainEqual(['Outcome', 'failed'])
    expect(failure.rows).toContainEqual(['Why', message.replace(/"/g, '&quot;')])
  })

  it('tabulates a refusal like a failure, saying it was refused', async () => {
    const refusal = writer()
    await writeJobSummary(
      refusal,
      {
        outcome: 'refused',
        message: '@bob has the read role on o/r.',
        request: { decision: 'Approved', trigger: 'comment', actor: { login: 'bob', isBot: false }, pullRequest: { number: 3, url: 'https://github.com/o/r/pull/3', merged: false } }
      },
      run,
      () => {}
    )
    expect(refusal.heading).toBe('CodePipeline approval: nothing was sent')
    expect(refusal.rows.slice(1)).toEqual([
      ['Outcome', 'refused'],
      ['Event', 'issue_comment'],
      ['Asked for', 'Approved'],
      ['Actor', '@bob'],
      ['Pull request', '<a href="https://github.com/o/r/pull/3">#3</a>'],
      ['Why', '@bob has the read role on o/r.'],
      ['Workflow run', '<a href="https://github.com/o/r/actions/runs/9">https://github.com/o/r/actions/runs/9</a>']
    ])
  })

  it('shows the full commit when it was not checked', async () => {
    const summary = writer()
    await writeJobSummary(summary, answered({ verdict: { verified: false } }), run, () => {})
    expect(summary.rows).toContainEqual(['Commit', 'c4295bd74fb0f4fda03689c3df3f2803b658fd85 (not checked)'])
  })

  it('warns, never throws, when the summary cannot be written', async () => {
    const warn = jest.fn()
    await writeJobSummary(writer(true), answered(), run, warn)
    expect(warn).toHaveBeenCalledWith(
      'Could not write the job summary (Unable to find environment variable for $GITHUB_STEP_SUMMARY.); the outcome above stands.'
    )
  })
})
