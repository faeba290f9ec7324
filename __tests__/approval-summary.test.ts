import { describe, expect, it } from '@jest/globals'
import { composeSummary, SUMMARY_LIMIT, truncate } from '../src/approval-summary.js'

const base = {
  decision: 'Approved' as const,
  actor: 'alice',
  link: 'https://github.com/o/r/pull/2',
  commit: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'
}

describe('composeSummary', () => {
  it('names the decision, the actor, the link and the full commit, then the reason and the summary input', () => {
    expect(composeSummary({ ...base, reason: 'tested on staging', note: 'release 1.2' })).toBe(
      'Approved by @alice via https://github.com/o/r/pull/2 (commit c4295bd74fb0f4fda03689c3df3f2803b658fd85): tested on staging release 1.2'
    )
    expect(composeSummary({ ...base, decision: 'Rejected', commit: undefined, link: 'https://github.com/o/r/actions/runs/9' })).toBe(
      'Rejected by @alice via https://github.com/o/r/actions/runs/9'
    )
  })

  it('names both people on a re-run by someone else', () => {
    expect(composeSummary({ ...base, rerunBy: 'bob' })).toBe(
      'Approved by @alice (re-run by @bob) via https://github.com/o/r/pull/2 (commit c4295bd74fb0f4fda03689c3df3f2803b658fd85)'
    )
  })

  it('cuts the reason first, keeping the actor, the link and the summary input', () => {
    const summary = composeSummary({ ...base, reason: 'x'.repeat(1000), note: 'release 1.2' })
    expect(summary).toHaveLength(SUMMARY_LIMIT)
    expect(summary.startsWith('Approved by @alice via https://github.com/o/r/pull/2 (commit c4295bd74fb0f4fda03689c3df3f2803b658fd85): xxx')).toBe(true)
    expect(summary.endsWith('x… release 1.2')).toBe(true)
  })

  it('cuts the summary input too when it alone is too long', () => {
    const summary = composeSummary({ ...base, reason: 'why', note: 'n'.repeat(600) })
    expect(summary).toHaveLength(SUMMARY_LIMIT)
    expect(summary).toMatch(/^Approved by @alice via https:\/\/github.com\/o\/r\/pull\/2 \(commit c4295bd74fb0f4fda03689c3df3f2803b658fd85\): n+…$/)
  })

  it('keeps a full 64-digit SHA-256 commit as it is', () => {
    const sha256 = 'ab'.repeat(32)
    expect(composeSummary({ ...base, commit: sha256 })).toBe(`Approved by @alice via https://github.com/o/r/pull/2 (commit ${sha256})`)
  })

  it('counts UTF-16 code units and never splits a surrogate pair', () => {
    for (let pad = 0; pad < 4; pad++) {
      const summary = composeSummary({ ...base, reason: 'a'.repeat(pad) + '🚀'.repeat(400) })
      expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT)
      expect(summary).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
      expect(summary.endsWith('…')).toBe(true)
    }
  })
})

describe('truncate', () => {
  it('leaves short text alone and ends cut text with an ellipsis', () => {
    expect(truncate('abc', 3)).toBe('abc')
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('ab cdef', 4)).toBe('ab…')
    expect(truncate('abcdef', 1)).toBe('')
    expect(truncate('a😀', 3)).toBe('a😀')
    expect(truncate('a😀b', 3)).toBe('a…')
  })
})
