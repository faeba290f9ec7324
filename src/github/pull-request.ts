import { ActionError } from '../errors.js'
import { describeGitHubFailure } from './errors.js'
import { telling } from './pull-request-commits.js'
import type { PullRequestInfo } from '../interpret-event.js'
import type { RepoRef } from '../types.js'

/** The Octokit method this module needs, so tests can pass plain objects. */
export interface PullRequestClient {
  rest: {
    pulls: {
      get(params: { owner: string; repo: string; pull_number: number }): Promise<{
        data: {
          number: number
          html_url: string
          head: { sha: string }
          merged?: boolean | null
          merge_commit_sha?: string | null
          user?: { login: string } | null
          commits?: number
        }
      }>
    }
  }
}

/**
 * Comment events carry no commit, so the pull request is read once to learn
 * its head (and, when merged, its merge commit), and whether it has more
 * commits than GitHub lists.
 */
export async function completePullRequest(
  client: PullRequestClient,
  repo: RepoRef,
  pullRequest: PullRequestInfo
): Promise<PullRequestInfo> {
  if (pullRequest.headSha) return pullRequest
  try {
    const { data } = await client.rest.pulls.get({ ...repo, pull_number: pullRequest.number })
    const merged = data.merged === true
    return {
      number: data.number,
      url: data.html_url,
      author: data.user?.login ?? pullRequest.author,
      headSha: data.head.sha.toLowerCase(),
      merged,
      mergeCommitSha: merged ? (data.merge_commit_sha?.toLowerCase() ?? undefined) : undefined,
      // Only where it tells something: the listing of commits holds up to 250.
      ...telling(data.commits)
    }
  } catch (error) {
    throw new ActionError(`Could not read pull request #${pullRequest.number}: ${describeGitHubFailure(error)}.`, { cause: error })
  }
}
