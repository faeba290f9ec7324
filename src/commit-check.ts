import { ActionError } from './errors.js'
import type { DeploymentRequest } from './interpret-event.js'
import type { RevisionCheck } from './types.js'

/** The commits a request vouches for: someone reviewed these. */
export interface CommitClaim {
  /** Lower-case hex: full SHAs, or the prefix pinned in a comment. */
  commits: string[]
  /** Where they come from, for messages. */
  source: string
}

/** Whether the approval's commit matched, and what to warn about when it could not be checked. */
export interface CommitVerdict {
  verified: boolean
  warning?: string
}

const GIT_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/**
 * A pinned commit wins (the commenter named what they reviewed), then the
 * revision input, then the pull request's head and, once merged, its merge
 * commit.
 */
export function vouchedCommits(request: DeploymentRequest, revisionInput: string | undefined): CommitClaim {
  if (request.pinnedCommit) return { commits: [request.pinnedCommit], source: 'the commit pinned in the command' }
  if (revisionInput) return { commits: [revisionInput], source: 'the revision input' }
  const pr = request.pullRequest
  if (pr?.headSha) {
    const commits = [pr.headSha, ...(pr.mergeCommitSha ? [pr.mergeCommitSha] : [])]
    return { commits, source: `pull request #${pr.number} (${pr.mergeCommitSha ? 'head and merge commit' : 'head'})` }
  }
  return { commits: [], source: 'the request' }
}

/** The revisions that are Git commits: other sources (S3, ECR) have other ids. */
export function gitCommits(revisionIds: string[]): string[] {
  return revisionIds.filter((id) => GIT_COMMIT.test(id)).map((id) => id.toLowerCase())
}

/** The approval's commit that the claim vouches for, if any (a pinned prefix matches its commit). */
export function matchingCommit(claim: CommitClaim, approvalCommits: string[]): string | undefined {
  return approvalCommits.find((commit) => claim.commits.some((vouched) => commit.startsWith(vouched)))
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

export function shortList(shas: string[]): string {
  return shas.map(shortSha).join(', ')
}

/**
 * Refuses when the request vouches for commits and the approval waits for
 * another one. `auto` goes on with a warning when either side has no commit;
 * `strict` refuses then; `off` checks nothing.
 */
export function checkCommit(
  mode: RevisionCheck,
  claim: CommitClaim,
  approvalCommits: string[],
  where: string,
  command: string
): CommitVerdict {
  if (mode === 'off') return { verified: false }
  if (claim.commits.length > 0 && approvalCommits.length > 0) {
    if (matchingCommit(claim, approvalCommits)) return { verified: true }
    throw commitMismatch(claim, approvalCommits, where, command)
  }
  const missing =
    claim.commits.length === 0
      ? `${claim.source} names no commit to compare with the approval ${where}${approvalCommits.length > 0 ? ` (commit ${shortList(approvalCommits)})` : ''}`
      : `the execution waiting at ${where} has no Git commit to compare with ${claim.source} (${shortList(claim.commits)})`
  if (mode === 'strict') {
    throw new ActionError(
      `revision-check is strict and ${missing}, so nothing was sent: ${claim.commits.length === 0 ? 'set revision, or name the commit in the command' : 'set revision-check to auto to allow approvals without a Git source'}.`
    )
  }
  return { verified: false, warning: `The commit was not checked: ${missing}.` }
}

export function commitMismatch(claim: CommitClaim, approvalCommits: string[], where: string, command: string): ActionError {
  const waiting = shortList(approvalCommits)
  return new ActionError(
    `The approval ${where} waits for commit ${waiting}, but ${claim.source} is ${shortList(claim.commits)}, so nothing was sent: if ${waiting} was reviewed, name it ("${command} ${shortSha(approvalCommits[0] ?? '')}" or the revision input), otherwise wait until the pipeline reaches ${shortSha(claim.commits[0] ?? '')}.`
  )
}
