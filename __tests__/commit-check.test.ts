import { describe, expect, it } from '@jest/globals'
import { checkCommit, commitMismatch, describeClaim, gitCommits, matchingCommit, vouchedCommits, type CommitClaim } from '../src/commit-check.js'
import { Refusal } from '../src/errors.js'
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

/** What `run` threw, to check its class as well as its message. */
function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

const open = { number: 2, url: 'u', headSha: HEAD, merged: false }
const fromPullRequest = { commits: [HEAD, MERGE], source: 'pull request #2 (head and merge commit)' }
const fromPin = (commit: string) => ({ commits: [commit], source: 'the commit pinned in the command' })
const fromInput = (revision: string) => ({ commits: [revision], source: 'the revision input' })

describe('vouchedCommits', () => {
  it('vouches for the head and, once merged, the merge commit', () => {
    expect(vouchedCommits(request(), undefined)).toEqual({ requirements: [fromPullRequest] })
    expect(vouchedCommits(request({ pullRequest: open }), undefined)).toEqual({
      requirements: [{ commits: [HEAD], source: 'pull request #2 (head)' }]
    })
  })

  it('takes a pinned commit instead of the pull request', () => {
    expect(vouchedCommits(request({ pinnedCommit: MERGE }), undefined)).toEqual({ requirements: [fromPin(MERGE)] })
  })

  it.each(['comment', 'label', 'merge', 'close'] as const)(
    'for a %s, adds the revision input as a requirement on top, so a pin never overrides it',
    (trigger) => {
      expect(vouchedCommits(request({ trigger }), 'abcdef0')).toEqual({ requirements: [fromPullRequest, fromInput('abcdef0')] })
      expect(vouchedCommits(request({ trigger, pinnedCommit: MERGE }), 'abcdef0')).toEqual({
        requirements: [fromPin(MERGE), fromInput('abcdef0')]
      })
    }
  )

  it('for a workflow step, vouches for the revision input, else the pull request of its event, and ignores a pin', () => {
    expect(vouchedCommits(request({ trigger: 'input' }), 'abcdef0')).toEqual({ requirements: [fromInput('abcdef0')] })
    expect(vouchedCommits(request({ trigger: 'input', pinnedCommit: MERGE }), 'abcdef0')).toEqual({ requirements: [fromInput('abcdef0')] })
    expect(vouchedCommits(request({ trigger: 'input' }), undefined)).toEqual({ requirements: [fromPullRequest] })
    expect(vouchedCommits(request({ trigger: 'input', pinnedCommit: MERGE }), undefined)).toEqual({ requirements: [fromPullRequest] })
  })

  it('vouches for nothing without a pull request or revision', () => {
    expect(vouchedCommits(request({ pullRequest: undefined }), undefined)).toEqual({ requirements: [] })
    expect(vouchedCommits(request({ trigger: 'input', pullRequest: undefined }), undefined)).toEqual({ requirements: [] })
    expect(vouchedCommits(request({ pullRequest: { number: 2, url: 'u', merged: false } }), undefined)).toEqual({ requirements: [] })
    expect(vouchedCommits(request({ pullRequest: undefined }), 'abcdef0')).toEqual({ requirements: [fromInput('abcdef0')] })
  })
})

describe('gitCommits and matchingCommit', () => {
  it('keeps only revisions that are Git commits', () => {
    expect(gitCommits([MERGE.toUpperCase(), 'v1.2.3', '3/VersionId.abc', 'sha256:' + 'a'.repeat(64), 'b'.repeat(64)])).toEqual([
      MERGE,
      'b'.repeat(64)
    ])
  })

  it('matches a full SHA exactly and a prefix by prefix', () => {
    const claim = (commits: string[]): CommitClaim => ({ requirements: [{ commits, source: 's' }] })
    expect(matchingCommit(claim([HEAD, MERGE]), [OTHER, MERGE])).toBe(MERGE)
    expect(matchingCommit(claim(['c4295bd']), [MERGE])).toBe(MERGE)
    expect(matchingCommit(claim(['c4295be']), [MERGE])).toBeUndefined()
    expect(matchingCommit(claim([HEAD]), [])).toBeUndefined()
  })

  it('needs one waiting commit that satisfies every requirement', () => {
    const pinAndInput: CommitClaim = { requirements: [fromPin(MERGE), fromInput('c4295')] }
    expect(matchingCommit(pinAndInput, [MERGE])).toBe(MERGE)
    expect(matchingCommit(pinAndInput, [OTHER, MERGE])).toBe(MERGE)
    // The pin matches but the revision input does not: no match, whatever the pin says.
    expect(matchingCommit({ requirements: [fromPin(MERGE), fromInput('0123456')] }, [MERGE])).toBeUndefined()
    // Each requirement holds for a different commit of the execution: still no one commit for both.
    expect(matchingCommit({ requirements: [fromPin(MERGE), fromInput('0123456')] }, [MERGE, OTHER])).toBeUndefined()
    // No requirement: any commit, the first.
    expect(matchingCommit({ requirements: [] }, [OTHER, MERGE])).toBe(OTHER)
  })
})

describe('describeClaim', () => {
  it('names each requirement by its source and short commits', () => {
    expect(describeClaim([fromPullRequest])).toBe('pull request #2 (head and merge commit) is ec26c3e, c4295bd')
    expect(describeClaim([fromPin(MERGE), fromInput('0123456789')])).toBe(
      'the commit pinned in the command is c4295bd and the revision input is 0123456'
    )
    expect(describeClaim([])).toBe('')
  })
})

describe('checkCommit', () => {
  const claim: CommitClaim = { requirements: [{ commits: [HEAD], source: 'pull request #2 (head)' }] }
  const none: CommitClaim = { requirements: [] }

  it.each(['auto', 'strict'] as const)('%s: passes a match and refuses a mismatch, naming both short SHAs', (mode) => {
    expect(checkCommit(mode, claim, [HEAD], where, '/approve-deploy')).toEqual({ verified: true })
    expect(() => checkCommit(mode, claim, [OTHER], where, '/approve-deploy')).toThrow(
      'The approval Deploy/Approve in pipeline "p" waits for commit 0123456, but pull request #2 (head) is ec26c3e, so nothing was sent: if 0123456 was reviewed, name it ("/approve-deploy 0123456" or the revision input), otherwise wait until the pipeline reaches ec26c3e.'
    )
  })

  it('refuses a mismatch as a Refusal, not a failure', () => {
    expect(thrown(() => checkCommit('auto', claim, [OTHER], where, '/approve-deploy'))).toBeInstanceOf(Refusal)
    expect(thrown(() => checkCommit('strict', claim, [OTHER], where, '/approve-deploy'))).toBeInstanceOf(Refusal)
  })

  it('refuses a pin that matches when the revision input does not, naming only the failing requirement', () => {
    const both: CommitClaim = { requirements: [fromPin(MERGE), fromInput('0123456')] }
    expect(() => checkCommit('auto', both, [MERGE], where, '/approve-deploy')).toThrow(
      'The approval Deploy/Approve in pipeline "p" waits for commit c4295bd, but the revision input is 0123456, so nothing was sent: if c4295bd was reviewed, name it ("/approve-deploy c4295bd" or the revision input), otherwise wait until the pipeline reaches 0123456.'
    )
  })

  it('names every requirement when each holds for a different commit, and both when both fail', () => {
    const both: CommitClaim = { requirements: [fromPin(MERGE), fromInput('0123456')] }
    expect(() => checkCommit('auto', both, [MERGE, OTHER], where, '/approve-deploy')).toThrow(
      'The approval Deploy/Approve in pipeline "p" waits for commit c4295bd, 0123456, but the commit pinned in the command is c4295bd and the revision input is 0123456, so nothing was sent: if c4295bd, 0123456 was reviewed, name it ("/approve-deploy c4295bd" or the revision input), otherwise wait until the pipeline reaches c4295bd.'
    )
    expect(commitMismatch(both, [HEAD], where, '/approve-deploy').message).toBe(
      'The approval Deploy/Approve in pipeline "p" waits for commit ec26c3e, but the commit pinned in the command is c4295bd and the revision input is 0123456, so nothing was sent: if ec26c3e was reviewed, name it ("/approve-deploy ec26c3e" or the revision input), otherwise wait until the pipeline reaches c4295bd.'
    )
    expect(commitMismatch(both, [HEAD], where, '/approve-deploy')).toBeInstanceOf(Refusal)
  })

  it('ends with what to do once the pipeline gets there, when given', () => {
    const pin: CommitClaim = { requirements: [fromPin(MERGE)] }
    expect(commitMismatch(pin, [HEAD], where, '/approve-deploy', 'comment again once the pull request says that the deployment waits for it').message).toBe(
      'The approval Deploy/Approve in pipeline "p" waits for commit ec26c3e, but the commit pinned in the command is c4295bd, so nothing was sent: if ec26c3e was reviewed, name it ("/approve-deploy ec26c3e" or the revision input), otherwise wait until the pipeline reaches c4295bd, then comment again once the pull request says that the deployment waits for it.'
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
    expect(checkCommit('auto', { requirements: [fromPin(MERGE), fromInput('0123456')] }, [], where, '/approve-deploy')).toEqual({
      verified: false,
      warning:
        'The commit was not checked: the execution waiting at Deploy/Approve in pipeline "p" has no Git commit to compare with the commit pinned in the command (c4295bd) and the revision input (0123456).'
    })
  })

  it('strict: refuses whenever it cannot verify, as a Refusal', () => {
    expect(() => checkCommit('strict', none, [OTHER], where, '/approve-deploy')).toThrow(
      'revision-check is strict and the request names no commit to compare with the approval Deploy/Approve in pipeline "p" (commit 0123456), so nothing was sent: set revision, or name the commit in the command.'
    )
    expect(() => checkCommit('strict', claim, [], where, '/approve-deploy')).toThrow(
      'revision-check is strict and the execution waiting at Deploy/Approve in pipeline "p" has no Git commit to compare with pull request #2 (head) (ec26c3e), so nothing was sent: set revision-check to auto to allow approvals without a Git source.'
    )
    expect(thrown(() => checkCommit('strict', claim, [], where, '/approve-deploy'))).toBeInstanceOf(Refusal)
    expect(thrown(() => checkCommit('strict', none, [OTHER], where, '/approve-deploy'))).toBeInstanceOf(Refusal)
  })

  it('off: checks nothing', () => {
    expect(checkCommit('off', claim, [OTHER], where, '/approve-deploy')).toEqual({ verified: false })
    expect(checkCommit('off', none, [], where, '/approve-deploy')).toEqual({ verified: false })
  })
})
