import { Refusal } from './errors.js'
import type { DeploymentRequest } from './interpret-event.js'
import type { RevisionCheck } from './types.js'

/** Commits someone vouches for: the waiting commit must be one of them. */
export interface CommitRequirement {
  /** Lower-case hex: full SHAs, or a prefix from the revision input. */
  commits: string[]
  /** Where they come from, for messages. */
  source: string
}

/** Every requirement must hold for the same waiting commit. */
export interface CommitClaim {
  requirements: CommitRequirement[]
}

/** Whether the approval's commit matched, and what to warn about when it could not be checked. */
export interface CommitVerdict {
  verified: boolean
  warning?: string
}

const GIT_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i

/**
 * What a request vouches for. A person vouches for the commit they pinned
 * (already resolved to a commit of the pull request), else the pull
 * request's head and, once merged, its merge commit; the revision input is
 * the workflow's own requirement on top, so comment text never overrides it.
 * A workflow step (`decision` set) vouches for the revision input, else the
 * pull request of its event.
 */
export function vouchedCommits(request: DeploymentRequest, revisionInput: string | undefined): CommitClaim {
  const pr = request.pullRequest
  const fromPullRequest: CommitRequirement[] = pr?.headSha
    ? [
        {
          commits: [pr.headSha, ...(pr.mergeCommitSha ? [pr.mergeCommitSha] : [])],
          source: `pull request #${pr.number} (${pr.mergeCommitSha ? 'head and merge commit' : 'head'})`
        }
      ]
    : []
  const fromInput: CommitRequirement[] = revisionInput ? [{ commits: [revisionInput], source: 'the revision input' }] : []
  if (request.trigger === 'input') return { requirements: fromInput.length > 0 ? fromInput : fromPullRequest }
  const fromPerson: CommitRequirement[] = request.pinnedCommit
    ? [{ commits: [request.pinnedCommit], source: 'the commit pinned in the command' }]
    : fromPullRequest
  return { requirements: [...fromPerson, ...fromInput] }
}

/** The revisions that are Git commits: other sources (S3, ECR) have other ids. */
export function gitCommits(revisionIds: string[]): string[] {
  return revisionIds.filter((id) => GIT_COMMIT.test(id)).map((id) => id.toLowerCase())
}

/** Whether one waiting commit is among a requirement's commits (a revision input may be a prefix). */
function satisfies(commit: string, requirement: CommitRequirement): boolean {
  return requirement.commits.some((vouched) => commit.startsWith(vouched))
}

/** The approval's commit that every requirement vouches for, if any. */
export function matchingCommit(claim: CommitClaim, approvalCommits: string[]): string | undefined {
  return approvalCommits.find((commit) => claim.requirements.every((requirement) => satisfies(commit, requirement)))
}

export function shortSha(sha: string): string {
  return sha.slice(0, 7)
}

export function shortList(shas: string[]): string {
  return shas.map(shortSha).join(', ')
}

/** "pull request #2 (head) is ec26c3e and the revision input is 0123456". */
export function describeClaim(requirements: CommitRequirement[]): string {
  return requirements.map((requirement) => `${requirement.source} is ${shortList(requirement.commits)}`).join(' and ')
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
  const { requirements } = claim
  if (requirements.length > 0 && approvalCommits.length > 0) {
    if (matchingCommit(claim, approvalCommits)) return { verified: true }
    throw commitMismatch(claim, approvalCommits, where, command)
  }
  const missing =
    requirements.length === 0
      ? `the request names no commit to compare with the approval ${where}${approvalCommits.length > 0 ? ` (commit ${shortList(approvalCommits)})` : ''}`
      : `the execution waiting at ${where} has no Git commit to compare with ${requirements.map((requirement) => `${requirement.source} (${shortList(requirement.commits)})`).join(' and ')}`
  if (mode === 'strict') {
    throw new Refusal(
      `revision-check is strict and ${missing}, so nothing was sent: ${requirements.length === 0 ? 'set revision, or name the commit in the command' : 'set revision-check to auto to allow approvals without a Git source'}.`
    )
  }
  return { verified: false, warning: `The commit was not checked: ${missing}.` }
}

/**
 * Names the requirements the waiting commit fails (all of them when each
 * holds for a different commit). `notYetHint` says what to do once the
 * pipeline gets there, such as commenting again.
 */
export function commitMismatch(claim: CommitClaim, approvalCommits: string[], where: string, command: string, notYetHint?: string): Refusal {
  const waiting = shortList(approvalCommits)
  const failing = claim.requirements.filter((requirement) => !approvalCommits.some((commit) => satisfies(commit, requirement)))
  const named = failing.length > 0 ? failing : claim.requirements
  return new Refusal(
    `The approval ${where} waits for commit ${waiting}, but ${describeClaim(named)}, so nothing was sent: if ${waiting} was reviewed, name it ("${command} ${shortSha(approvalCommits[0] ?? '')}" or the revision input), otherwise wait until the pipeline reaches ${shortSha(named[0]?.commits[0] ?? '')}${notYetHint ? `, then ${notYetHint}` : ''}.`,
    { notWaiting: true }
  )
}
