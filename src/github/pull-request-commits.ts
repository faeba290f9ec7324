/**
 * GitHub lists at most 250 commits of a pull request (GET /pulls/{n}/commits),
 * and the last page of a cut listing is not full, so the cut cannot be seen
 * in the listing itself.
 */
export const LISTED_COMMITS_CAP = 250

/**
 * Whether the pull request has commits its listing left out: by the count
 * GET /pulls/{n} gives, or, without one, whenever the listing reached the cap.
 */
export function commitsLeftOut(listed: number, commitCount: number | undefined): boolean {
  return commitCount === undefined ? listed >= LISTED_COMMITS_CAP : commitCount > listed
}

/** "300 commits", or "at least 250 commits" when the count is unknown: for messages. */
export function describeCommitCount(listed: number, commitCount: number | undefined): string {
  return commitCount === undefined ? `at least ${listed} commits` : `${commitCount} commits`
}
