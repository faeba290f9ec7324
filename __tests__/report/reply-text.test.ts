import { describe, expect, it } from '@jest/globals'
import { replyText } from '../../src/report/reply-text.js'
import { answered } from '../support/answered.js'

const RUN = 'https://github.com/o/r/actions/runs/9'

describe('replyText', () => {
  it('says what was sent, to which approval, for which execution and full commit', () => {
    expect(replyText(answered(), RUN)).toBe(
      [
        '🚀 **Approved** **Deploy/Approve** in pipeline **shop**.',
        '',
        '| | |',
        '|---|---|',
        '| Execution | `exec-1` |',
        '| Commit | `c4295bd74fb0f4fda03689c3df3f2803b658fd85` (matches this pull request) |',
        '| Summary | Approved by @\u200balice via https://github.com/o/r/pull/2 (commit c4295bd74fb0f4fda03689c3df3f2803b658fd85) |',
        '',
        `[Workflow run](${RUN})`
      ].join('\n')
    )
  })

  it('says the commit matches the request when there is no pull request', () => {
    expect(replyText(answered({ pullRequest: undefined }), RUN)).toContain(
      '| Commit | `c4295bd74fb0f4fda03689c3df3f2803b658fd85` (matches the request) |'
    )
    expect(replyText(answered({ pullRequest: undefined, verdict: { verified: false } }), RUN)).toContain(
      '| Commit | `c4295bd74fb0f4fda03689c3df3f2803b658fd85` (not checked) |'
    )
  })

  it('says a rejection, a dry run, and an unchecked commit', () => {
    expect(replyText(answered({ decision: 'Rejected' }), RUN)).toMatch(/^🛑 \*\*Rejected\*\* /)
    expect(replyText(answered({ outcome: 'dry-run' }), RUN)).toMatch(
      /^🧪 Dry run: would have sent \*\*Approved\*\* to \*\*Deploy\/Approve\*\* in pipeline \*\*shop\*\*; nothing was sent\./
    )
    expect(replyText(answered({ verdict: { verified: false } }), RUN)).toContain('(not checked)')
  })

  it('keeps the summary inside its table cell', () => {
    expect(replyText(answered({ summary: 'a | b\nc' }), RUN)).toContain('| Summary | a \\| b c |')
  })

  it('says why nothing was sent in the public words only, without pinging anyone it names', () => {
    expect(replyText({ outcome: 'failed', publicMessage: '@bob is not among the approvers (@alice, acme/deployers).' }, RUN)).toBe(
      `😕 Nothing was sent to CodePipeline. @\u200bbob is not among the approvers (@\u200balice, acme/deployers).\n\n[Workflow run](${RUN}) (the job log has the details)`
    )
  })

  it('never says nothing was sent when the answer may have reached CodePipeline', () => {
    const publicMessage =
      'PutApprovalResult for Deploy/Approve in pipeline "shop" got no clear answer (HTTP 500 after 3 attempts) and the approval, read again, does not show it, so the Approved answer may have been sent: check the approval in the CodePipeline console before trying again.'
    const reply = replyText({ outcome: 'failed', publicMessage, maybeSent: true }, RUN)
    expect(reply).toBe(`⚠️ ${publicMessage}\n\n[Workflow run](${RUN}) (the job log has the details)`)
    expect(reply).not.toMatch(/nothing was sent/i)
  })
})
