import { ActionError, PersonRefused } from '../errors.js'
import type { Decision, RepoRef } from '../types.js'
import { describeGitHubFailure } from './errors.js'
import { commitsLeftOut, LISTED_COMMITS_CAP } from './pull-request-commits.js'

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
        data: { sha: string; author?: { login?: string } | null; committer?: { login?: string } | null }[]
      }>
    }
  }
}

const PER_PAGE = 100
const COMMIT_PAGES = Math.ceil(LISTED_COMMITS_CAP / PER_PAGE)

/**
 * Everyone whose code a decision would ship, for allow-self-approval: who
 * opened any pull request of the commit (a second pull request at the same
 * head is the same code), and the GitHub accounts Git names as author or
 * committer of the pull request's commits. Lower case. Authorship is what
 * Git records, and whoever pushes sets it: this stops honest self-approval,
 * not a writer who forges another author (branch protection's required
 * reviews do that). Commits it cannot see (past GitHub's 250, or with no
 * GitHub account as author) refuse, rather than let their writer through.
 */
export async function codeAuthors(
  client: CodeAuthorsClient,
  repo: RepoRef,
  pullRequest: { number: number; commit: string; commitCount?: number },
  decision: Decision
): Promise<string[]> {
  const pr = `pull request #${pullRequest.number}`
  let pulls, commits
  try {
    ;[pulls, commits] = await Promise.all([
      client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: pullRequest.commit, per_page: PER_PAGE }),
      (async () => {
        const all: Awaited<ReturnType<CodeAuthorsClient['rest']['pulls']['listCommits']>>['data'] = []
        for (let page = 1; page <= COMMIT_PAGES; page++) {
          const { data } = await client.rest.pulls.listCommits({ ...repo, pull_number: pullRequest.number, per_page: PER_PAGE, page })
          all.push(...data)
          if (data.length < PER_PAGE) break
        }
        return all
      })()
    ])
  } catch (error) {
    throw new ActionError(`Could not read who wrote the code of ${pr}, which allow-self-approval: false needs: ${describeGitHubFailure(error)}.`, {
      cause: error
    })
  }
  // Stopping a deployment needs no review: commits that cannot be checked hold back only an approval.
  if (decision === 'Rejected') return loginsOf(pulls.data, commits)
  if (commitsLeftOut(commits.length, pullRequest.commitCount)) {
    const all = pullRequest.commitCount === undefined ? 'all the commits' : `all ${pullRequest.commitCount} commits`
    throw new PersonRefused(
      `The action cannot check who wrote ${all} of ${pr}, because GitHub lists only ${LISTED_COMMITS_CAP} and allow-self-approval is false, so nothing was sent: squash the pull request to ${LISTED_COMMITS_CAP} commits or fewer, or answer the approval in the CodePipeline console.`
    )
  }
  // Null is GitHub saying no account has the author's e-mail; a missing field says nothing.
  const unknown = commits.filter((commit) => commit.author === null)
  if (unknown.length > 0) {
    const more = unknown.length > 1 ? ` (and ${unknown.length - 1} more)` : ''
    throw new PersonRefused(
      `Commit ${unknown[0]!.sha.slice(0, 7)}${more} of ${pr} has an author e-mail that belongs to no GitHub account, so who wrote it cannot be checked while allow-self-approval is false and nothing was sent: link that e-mail to the author's GitHub account, or set allow-self-approval: true.`
    )
  }
  return loginsOf(pulls.data, commits)
}

/** Who opened the pull requests and who wrote or committed the commits, lower case, once each. */
function loginsOf(pulls: { user?: { login: string } | null }[], commits: { author?: { login?: string } | null; committer?: { login?: string } | null }[]): string[] {
  const logins = [...pulls.map((pull) => pull.user?.login), ...commits.flatMap((commit) => [commit.author?.login, commit.committer?.login])]
  return [...new Set(logins.filter((login): login is string => !!login).map((login) => login.toLowerCase()))]
}
