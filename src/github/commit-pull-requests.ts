import { ActionError } from '../errors.js'
import { isBotLogin, type Person } from '../interpret-event.js'
import type { RepoRef } from '../types.js'
import { describeGitHubFailure } from './errors.js'

interface FullPullRequest {
  number: number
  html_url: string
  state: string
  head: { sha: string }
  merged?: boolean | null
  merge_commit_sha?: string | null
  merged_by?: { login: string; type?: string } | null
  user?: { login: string } | null
  labels?: ({ name?: string } | string)[]
}

/** The Octokit method that lists the pull requests of a commit, so tests can pass plain objects. */
export interface CommitPullRequestNumbersClient {
  rest: {
    repos: {
      listPullRequestsAssociatedWithCommit(params: { owner: string; repo: string; commit_sha: string; per_page: number }): Promise<{
        data: { number: number }[]
      }>
    }
  }
}

/** And the one that reads each in full. */
export interface CommitPullRequestsClient extends CommitPullRequestNumbersClient {
  rest: CommitPullRequestNumbersClient['rest'] & {
    pulls: {
      get(params: { owner: string; repo: string; pull_number: number }): Promise<{ data: FullPullRequest }>
    }
  }
}

/** A pull request as GitHub shows it now, with what an early decision needs. */
export interface PullRequestState {
  number: number
  url: string
  author?: string
  state: 'open' | 'closed'
  headSha: string
  merged: boolean
  /** Once merged. */
  mergeCommitSha?: string
  mergedBy?: Person
  /** Lower-case label names. */
  labels: string[]
}

/**
 * The pull requests of the given commits (whose head, commits or merge
 * commit they are), each read in full: the listing has no merged_by.
 */
export async function pullRequestsOfCommits(client: CommitPullRequestsClient, repo: RepoRef, commits: string[]): Promise<PullRequestState[]> {
  const numbers = await pullRequestNumbersOfCommits(client, repo, commits)
  try {
    const pulls = await Promise.all(numbers.map((pull_number) => client.rest.pulls.get({ ...repo, pull_number })))
    return pulls.map(({ data }) => pullRequestState(data))
  } catch (error) {
    throw failure(commits, error)
  }
}

/** Only the numbers of the pull requests of the given commits: one round trip, for finding their notices. */
export async function pullRequestNumbersOfCommits(
  client: CommitPullRequestNumbersClient,
  repo: RepoRef,
  commits: string[]
): Promise<number[]> {
  try {
    const listings = await Promise.all(
      commits.map((commit_sha) => client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha, per_page: 100 }))
    )
    return [...new Set(listings.flatMap(({ data }) => data.map((pull) => pull.number)))].sort((a, b) => a - b)
  } catch (error) {
    throw failure(commits, error)
  }
}

function failure(commits: string[], error: unknown): ActionError {
  return new ActionError(`Could not read the pull requests of commit ${commits.map((commit) => commit.slice(0, 7)).join(', ')}: ${describeGitHubFailure(error)}.`, {
    cause: error
  })
}

function pullRequestState(data: FullPullRequest): PullRequestState {
  const merged = data.merged === true
  const mergedBy = merged && data.merged_by ? { login: data.merged_by.login, isBot: data.merged_by.type === 'Bot' || isBotLogin(data.merged_by.login) } : undefined
  return {
    number: data.number,
    url: data.html_url,
    author: data.user?.login,
    state: data.state === 'closed' ? 'closed' : 'open',
    headSha: data.head.sha.toLowerCase(),
    merged,
    mergeCommitSha: merged ? (data.merge_commit_sha?.toLowerCase() ?? undefined) : undefined,
    mergedBy,
    labels: (data.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? '')).toLowerCase())
  }
}
