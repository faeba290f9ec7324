import { ActionError } from '../errors.js'
import { isBotLogin, type Person } from '../interpret-event.js'
import type { RepoRef } from '../types.js'
import { describeGitHubFailure, httpStatus, rateLimit } from './errors.js'
import { telling } from './pull-request-commits.js'

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
  commits?: number
}

/** The Octokit method that lists the pull requests of a commit, so tests can pass plain objects. */
export interface CommitPullRequestNumbersClient {
  rest: {
    repos: {
      listPullRequestsAssociatedWithCommit(params: { owner: string; repo: string; commit_sha: string; per_page: number; page: number }): Promise<{
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
  /** GitHub's count of its commits, from 250 on (see pull-request-commits). */
  commitCount?: number
}

const PER_PAGE = 100
/** A commit in more than 300 pull requests is not one this action meets; the limit bounds the requests. */
const MAX_PAGES = 3
/** Reading the pull requests in full: enough at once to be quick, few enough not to trip GitHub's secondary rate limit. */
const IN_FLIGHT = 10

/** The pull requests of an approval's commits, and which commit brought each. */
export interface CommitPullRequests {
  pulls: PullRequestState[]
  /** For each pull request, the first of the commits whose listing named it: the one its notice is about. */
  commitOf: Map<number, string>
  /**
   * The commits GitHub has a record of in this repository: all but those it
   * answered 422 for (another repository's commit, in a pipeline with several
   * sources). Commit statuses go on these only.
   */
  known: string[]
}

/**
 * The pull requests of the given commits (whose head, commits or merge
 * commit they are), each read in full: the listing has no merged_by. A
 * commit GitHub does not know or will not show is skipped (see
 * pullRequestNumbersOfCommits); a failure to read a pull request throws.
 */
export async function pullRequestsOfCommits(
  client: CommitPullRequestsClient,
  repo: RepoRef,
  commits: string[],
  warn?: (message: string) => void
): Promise<PullRequestState[]> {
  return (await readCommitPullRequests(client, repo, commits, warn)).pulls
}

/** Like pullRequestsOfCommits, with the commit of each pull request and the commits GitHub knows. */
export async function readCommitPullRequests(
  client: CommitPullRequestsClient,
  repo: RepoRef,
  commits: string[],
  warn?: (message: string) => void
): Promise<CommitPullRequests> {
  const listings = await listCommits(client, repo, commits, warn)
  const commitOf = new Map<number, string>()
  for (const { commit, numbers } of listings) for (const number of numbers) if (!commitOf.has(number)) commitOf.set(number, commit)
  const numbers = [...commitOf.keys()].sort((a, b) => a - b)
  const known = listings.filter((listing) => listing.known).map((listing) => listing.commit)
  try {
    const pulls = await mapLimited(numbers, IN_FLIGHT, (pull_number) => client.rest.pulls.get({ ...repo, pull_number }))
    return { pulls: pulls.map(({ data }) => pullRequestState(data)), commitOf, known }
  } catch (error) {
    throw failure(commits, error)
  }
}

/**
 * Only the numbers of the pull requests of the given commits, for finding
 * their notices. Each commit stands alone: one GitHub has no record of (422,
 * such as another repository's commit in a multi-source pipeline) is skipped
 * in silence, one the token may not see (403, 404) is skipped with a
 * warning, and any other failure throws.
 */
export async function pullRequestNumbersOfCommits(
  client: CommitPullRequestNumbersClient,
  repo: RepoRef,
  commits: string[],
  warn?: (message: string) => void
): Promise<number[]> {
  const listings = await listCommits(client, repo, commits, warn)
  return [...new Set(listings.flatMap((listing) => listing.numbers))].sort((a, b) => a - b)
}

/** Each commit's listing, in the order given; `known` is false when GitHub has no record of the commit. */
function listCommits(
  client: CommitPullRequestNumbersClient,
  repo: RepoRef,
  commits: string[],
  warn?: (message: string) => void
): Promise<{ commit: string; numbers: number[]; known: boolean }[]> {
  return Promise.all(commits.map((commit) => numbersOfCommit(client, repo, commit, warn)))
}

async function numbersOfCommit(
  client: CommitPullRequestNumbersClient,
  repo: RepoRef,
  commit: string,
  warn?: (message: string) => void
): Promise<{ commit: string; numbers: number[]; known: boolean }> {
  const numbers: number[] = []
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: commit, per_page: PER_PAGE, page })
      numbers.push(...data.map((pull) => pull.number))
      if (data.length < PER_PAGE) break
    }
    return { commit, numbers, known: true }
  } catch (error) {
    const status = httpStatus(error)
    if (status === 422) return { commit, numbers: [], known: false }
    // A spent rate limit is a 403 too, and says nothing about permissions.
    if ((status === 403 || status === 404) && !rateLimit(error)) {
      warn?.(
        `Could not list the pull requests of commit ${commit.slice(0, 7)} (HTTP ${status}), so it was skipped: give the workflow contents: read and pull-requests: read, as until then only its commit status can say the approval waits.`
      )
      // Whether GitHub knows it is unknown: its status is tried, and a 422 there is quiet.
      return { commit, numbers: [], known: true }
    }
    throw failure([commit], error)
  }
}

/** Like Promise.all over items.map(map), with at most `limit` calls under way; stops starting calls once one fails. */
async function mapLimited<T, R>(items: T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length)
  let next = 0
  let failed = false
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      const index = next++
      try {
        results[index] = await map(items[index]!)
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
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
    labels: (data.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? '')).toLowerCase()),
    ...telling(data.commits)
  }
}
