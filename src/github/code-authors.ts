import { ActionError } from '../errors.js'
import type { RepoRef } from '../types.js'
import { describeGitHubFailure } from './errors.js'

/** The Octokit methods this module needs, so tests can pass plain objects. */
export interface CodeAuthorsClient {
  rest: {
    repos: {
      listPullRequestsAssociatedWithCommit(params: { owner: string; repo: string; commit_sha: string; per_page: number }): Promise<{
        data: { number: number; user?: { login: string } | null }[]
      }>
    }
    pulls: {
      listCommits(params: { owner: string; repo: string; pull_number: number; per_page: number; page: number }): Promise<{
        data: { sha: string; author?: { login?: string } | null }[]
      }>
    }
  }
}

const PER_PAGE = 100
// GitHub lists at most 250 commits of a pull request.
const COMMIT_PAGES = 3

/**
 * Everyone whose code a decision would ship, for allow-self-approval: who
 * opened any pull request of the commit (a second pull request at the same
 * head is the same code), and who wrote the pull request's commits. Lower
 * case. A forged commit author can only make someone count as an author,
 * which refuses them: it fails safe.
 */
export async function codeAuthors(client: CodeAuthorsClient, repo: RepoRef, pullRequest: { number: number; commit: string }): Promise<string[]> {
  try {
    const [pulls, commits] = await Promise.all([
      client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: pullRequest.commit, per_page: PER_PAGE }),
      (async () => {
        const all: { author?: { login?: string } | null }[] = []
        for (let page = 1; page <= COMMIT_PAGES; page++) {
          const { data } = await client.rest.pulls.listCommits({ ...repo, pull_number: pullRequest.number, per_page: PER_PAGE, page })
          all.push(...data)
          if (data.length < PER_PAGE) break
        }
        return all
      })()
    ])
    const logins = [...pulls.data.map((pull) => pull.user?.login), ...commits.map((commit) => commit.author?.login)]
    return [...new Set(logins.filter((login): login is string => !!login).map((login) => login.toLowerCase()))]
  } catch (error) {
    throw new ActionError(`Could not read who wrote the code of pull request #${pullRequest.number}, which allow-self-approval: false needs: ${describeGitHubFailure(error)}.`, {
      cause: error
    })
  }
}
