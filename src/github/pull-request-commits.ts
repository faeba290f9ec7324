/**
 * GitHub lists at most 250 commits of a pull request (GET /pulls/{n}/commits),
 * and the last page of a cut listing is not full, so the cut cannot be seen
 * in the listing itself.
 */
export const LISTED_COMMITS_CAP = 250

/**
 * Whether the pull request has commits its listing left out. A listing that
 * reached the cap is whole only when GitHub's count is exactly that; a
 * shorter one only when no count says more. The count must be read with the
 * head it is checked for (GET /pulls/{n}), never taken from an event's
 * payload: commits pushed since would leave a cut listing looking whole.
 */
export function commitsLeftOut(listed: number, commitCount: number | undefined): boolean {
  return listed >= LISTED_COMMITS_CAP ? commitCount !== listed : (commitCount ?? 0) > listed
}

/** GitHub's count of a pull request's commits, kept only where it tells something: from the cap on. */
export function telling(commitCount: unknown): { commitCount?: number } {
  return typeof commitCount === 'number' && commitCount >= LISTED_COMMITS_CAP ? { commitCount } : {}
}

/** "300 commits", or "at least 250 commits" when the count is unknown: for messages. */
export function describeCommitCount(listed: number, commitCount: number | undefined): string {
  return commitCount !== undefined && commitCount > listed ? `${commitCount} commits` : `at least ${listed} commits`
}
