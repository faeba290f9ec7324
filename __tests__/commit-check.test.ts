import { describe, expect, it } from '@jest/globals'
import { checkCommit, gitCommits, matchingCommit, vouchedCommits, type CommitClaim } from '../src/commit-check.js'
import type { DeploymentRequest } from '../src/interpret-event.js'

const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const MERGE = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'
const OTHER = '0123456789abcdef0123456789abcdef01234567'
const where = 'Deploy/Approve in pipeline "p"'

const request = (overrides: Partial<DeploymentRequest> = {}): DeploymentRequest => ({
  decision: 'Approved',
  trigger: 'comment',
  actor: { login: 'alice', isBot: false },
  pullRequest: { number: 2, url: 'https://github.com/o/r/pull/2', headSha: HEAD, merged: true, mergeCommitSha: MERGE },
  ...overrides
})

describe('vouchedCommits', () => {
  it('vouches for the head and, once merged, the merge commit', () => {
    expect(vouchedCommits(request(), undefined)).toEqual({ commits: [HEAD, MERGE], source: 'pull request #2 (head and merge commit)' })
    expect(
      vouchedCommits(request({ pullRequest: { number: 2, url: 'u', headSha: HEAD, merged: false } }), undefined)
    ).toEqual({ commits: [HEAD], source: 'pull request #2 (head)' })
  })

  it('prefers a pinned commit, then the revision input', () => {
    expect(vouchedCommits(request({ pinnedCommit: 'c4295bd' }), 'abcdef0')).toEqual({
      commits: ['c4295bd'],
      source: 'the commit pinned in the command'
    })
    expect(vouchedCommits(request(), 'abcdef0')).toEqual({ commits: ['abcdef0'], source: 'the revision input' })
  })

  it('vouches for nothing without a pull request or revision', () => {
    expect(vouchedCommits(request({ pullRequest: undefined }), undefined)).toEqual({ commits: [], source: 'the request' })
  })
})

describe('gitCommits and matchingCommit', () => {
  it('keeps only revisions that are Git commits', () => {
    expect(gitCommits([MERGE.toUpperCase(), 'v1.2.3', '3/VersionId.abc', 'sha256:' + 'a'.repeat(64), 'b'.repeat(64)])).toEqual([
      MERGE,
      'b'.repeat(64)
    ])
  })

  it('matches a full SHA exactly and a pinned prefix by prefix', () => {
    const claim = (commits: string[]): CommitClaim => ({ commits, source: 's' })
    expect(matchingCommit(claim([HEAD, MERGE]), [OTHER, MERGE])).toBe(MERGE)
    expect(matchingCommit(claim(['c4295bd']), [MERGE])).toBe(MERGE)
    expect(matchingCommit(claim(['c4295be']), [MERGE])).toBeUndefined()
    expect(matchingCommit(claim([HEAD]), [])).toBeUndefined()
  })
})

describe('checkCommit', () => {
  const claim: CommitClaim = { commits: [HEAD], source: 'pull request #2 (head)' }
  const none: CommitClaim = { commits: [], source: 'the request' }

  it.each(['auto', 'strict'] as const)('%s: passes a match and refuses a mismatch, naming both short SHAs', (mode) => {
    expect(checkCommit(mode, claim, [HEAD], where, '/approve-deploy')).toEqual({ verified: true })
    expect(() => checkCommit(mode, claim, [OTHER], where, '/approve-deploy')).toThrow(
      'The approval Deploy/Approve in pipeline "p" waits for commit 0123456, but pull request #2 (head) is ec26c3e, so nothing was sent: if 0123456 was reviewed, name it ("/approve-deploy 0123456" or the revision input), otherwise wait until the pipeline reaches ec26c3e.'
    )
  })

  it('auto: goes on with a warning when either side has no commit', () => {
    expect(checkCommit('auto', none, [OTHER], where, '/approve-deploy')).toEqual({
      verified: false,
      warning: 'The commit was not checked: the request names no commit to compare with the approval Deploy/Approve in pipeline "p" (commit 0123456).'
    })
    expect(checkCommit('auto', claim, [], where, '/approve-deploy')).toEqual({
      verified: false,
      warning:
        'The commit was not checked: the execution waiting at Deploy/Approve in pipeline "p" has no Git commit to compare with pull request #2 (head) (ec26c3e).'
    })
  })

  it('strict: refuses whenever it cannot verify', () => {
    expect(() => checkCommit('strict', none, [OTHER], where, '/approve-deploy')).toThrow(
      'revision-check is strict and the request names no commit to compare with the approval Deploy/Approve in pipeline "p" (commit 0123456), so nothing was sent: set revision, or name the commit in the command.'
    )
    expect(() => checkCommit('strict', claim, [], where, '/approve-deploy')).toThrow(
      'set revision-check to auto to allow approvals without a Git source.'
    )
  })

  it('off: checks nothing', () => {
    expect(checkCommit('off', claim, [OTHER], where, '/approve-deploy')).toEqual({ verified: false })
    expect(checkCommit('off', none, [], where, '/approve-deploy')).toEqual({ verified: false })
  })
})
