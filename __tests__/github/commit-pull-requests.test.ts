import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { pullRequestNumbersOfCommits, pullRequestsOfCommits, readCommitPullRequests, type CommitPullRequestsClient } from '../../src/github/commit-pull-requests.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)
const C = 'c'.repeat(40)

type FullPullRequest = Awaited<ReturnType<CommitPullRequestsClient['rest']['pulls']['get']>>['data']

const full = (number: number, overrides: Partial<FullPullRequest> = {}): FullPullRequest => ({
  number,
  html_url: `https://github.com/Codertocat/Hello-World/pull/${number}`,
  state: 'open',
  head: { sha: A },
  merged: false,
  merge_commit_sha: null,
  merged_by: null,
  user: { login: 'octocat' },
  labels: [],
  ...overrides
})

interface Failures {
  /** By commit: the listing of that commit fails with this. */
  list?: Record<string, unknown>
  get?: unknown
}

function client(
  listed: Record<string, number[]>,
  pulls: Record<number, FullPullRequest>,
  failures: Failures = {}
): CommitPullRequestsClient & { calls: string[]; maxInFlight: number } {
  const calls: string[] = []
  let inFlight = 0
  const github = {
    calls,
    maxInFlight: 0,
    rest: {
      repos: {
        listPullRequestsAssociatedWithCommit: async ({ owner, repo: name, commit_sha, per_page, page }) => {
          calls.push(`list ${owner}/${name} ${commit_sha.slice(0, 1)} per_page=${per_page} page=${page}`)
          const failure = failures.list?.[commit_sha]
          if (failure !== undefined) throw failure
          return { data: (listed[commit_sha] ?? []).slice((page - 1) * per_page, page * per_page).map((number) => ({ number })) }
        }
      },
      pulls: {
        get: async ({ owner, repo: name, pull_number }) => {
          calls.push(`get ${owner}/${name}#${pull_number}`)
          inFlight++
          github.maxInFlight = Math.max(github.maxInFlight, inFlight)
          try {
            await new Promise((resolve) => setTimeout(resolve, 1))
            if (failures.get !== undefined) throw failures.get
            const pull = pulls[pull_number]
            if (!pull) throw httpError(404)
            return { data: pull }
          } finally {
            inFlight--
          }
        }
      }
    }
  } satisfies CommitPullRequestsClient & { calls: string[]; maxInFlight: number }
  return github
}

/** Pull requests numbered 1 to count, all of commit A. */
const many = (count: number) => Array.from({ length: count }, (_, i) => i + 1)
const fulls = (numbers: number[]) => Object.fromEntries(numbers.map((number) => [number, full(number)]))

/** A 403 that is the primary rate limit, not a permission. */
const rateLimited = () => Object.assign(httpError(403, 'API rate limit exceeded'), { response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700000000' } } })

const SKIPPED = (commit: string, status: number) =>
  `Could not list the pull requests of commit ${commit.slice(0, 7)} (HTTP ${status}), so it was skipped: give the workflow contents: read and pull-requests: read, as until then only its commit status can say the approval waits.`

describe('pullRequestsOfCommits', () => {
  it('reads each pull request of the commit in full', async () => {
    const github = client({ [A]: [7] }, { 7: full(7) })
    expect(await pullRequestsOfCommits(github, repo, [A])).toEqual([
      {
        number: 7,
        url: 'https://github.com/Codertocat/Hello-World/pull/7',
        author: 'octocat',
        state: 'open',
        headSha: A,
        merged: false,
        mergeCommitSha: undefined,
        mergedBy: undefined,
        labels: []
      }
    ])
    expect(github.calls).toEqual(['list Codertocat/Hello-World a per_page=100 page=1', 'get Codertocat/Hello-World#7'])
  })

  it('reads a pull request of several commits once, in number order', async () => {
    const github = client({ [A]: [9, 7], [B]: [7, 12] }, { 7: full(7), 9: full(9), 12: full(12) })
    const pulls = await pullRequestsOfCommits(github, repo, [A, B])
    expect(pulls.map((pull) => pull.number)).toEqual([7, 9, 12])
    expect(github.calls.filter((call) => call.startsWith('get')).sort()).toEqual([
      'get Codertocat/Hello-World#12',
      'get Codertocat/Hello-World#7',
      'get Codertocat/Hello-World#9'
    ])
  })

  it('reads nothing more for commits without pull requests', async () => {
    const github = client({}, {})
    expect(await pullRequestsOfCommits(github, repo, [A])).toEqual([])
    expect(github.calls).toEqual(['list Codertocat/Hello-World a per_page=100 page=1'])
  })

  it('keeps merged_by and the merge commit of a merged pull request, lower-cased', async () => {
    const pull = full(7, {
      state: 'closed',
      head: { sha: A.toUpperCase() },
      merged: true,
      merge_commit_sha: B.toUpperCase(),
      merged_by: { login: 'mona', type: 'User' }
    })
    expect(await pullRequestsOfCommits(client({ [A]: [7] }, { 7: pull }), repo, [A])).toEqual([
      expect.objectContaining({ state: 'closed', merged: true, headSha: A, mergeCommitSha: B, mergedBy: { login: 'mona', isBot: false } })
    ])
  })

  it('marks a bot that merged as a bot, by type or by login', async () => {
    const pulls = {
      7: full(7, { merged: true, merge_commit_sha: B, merged_by: { login: 'mergify', type: 'Bot' } }),
      8: full(8, { merged: true, merge_commit_sha: B, merged_by: { login: 'dependabot[bot]' } })
    }
    const [byType, byLogin] = await pullRequestsOfCommits(client({ [A]: [7, 8] }, pulls), repo, [A])
    expect(byType?.mergedBy).toEqual({ login: 'mergify', isBot: true })
    expect(byLogin?.mergedBy).toEqual({ login: 'dependabot[bot]', isBot: true })
  })

  it('drops merged_by and the merge commit of a pull request that is not merged', async () => {
    // GitHub fills merge_commit_sha with a test merge on open pull requests.
    const pull = full(7, { merged: false, merge_commit_sha: B, merged_by: { login: 'mona' } })
    const [state] = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: pull }), repo, [A])
    expect(state).toMatchObject({ merged: false, mergeCommitSha: undefined, mergedBy: undefined })
  })

  it('takes merged: null or missing as not merged', async () => {
    const pulls = { 7: full(7, { merged: null, merged_by: { login: 'mona' } }), 8: full(8, { merged: undefined, merged_by: { login: 'mona' } }) }
    const states = await pullRequestsOfCommits(client({ [A]: [7, 8] }, pulls), repo, [A])
    expect(states.map((state) => [state.merged, state.mergedBy])).toEqual([
      [false, undefined],
      [false, undefined]
    ])
  })

  it('a merged pull request without merged_by has no mergedBy', async () => {
    const [state] = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: full(7, { merged: true, merge_commit_sha: B }) }), repo, [A])
    expect(state).toMatchObject({ merged: true, mergeCommitSha: B, mergedBy: undefined })
  })

  it('lower-cases label names, given as objects or strings', async () => {
    const pull = full(7, { labels: [{ name: 'Approve-Deploy' }, 'REJECT-deploy', {}] })
    const [state] = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: pull }), repo, [A])
    expect(state?.labels).toEqual(['approve-deploy', 'reject-deploy', ''])
  })

  it('reads a missing author and missing labels as none', async () => {
    const [state] = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: full(7, { user: null, labels: undefined }) }), repo, [A])
    expect(state).toMatchObject({ author: undefined, labels: [] })
  })

  it('takes any state but closed as open', async () => {
    const pulls = { 7: full(7, { state: 'closed' }), 8: full(8, { state: 'weird' }) }
    const states = await pullRequestsOfCommits(client({ [A]: [7, 8] }, pulls), repo, [A])
    expect(states.map((state) => state.state)).toEqual(['closed', 'open'])
  })

  it('wraps a failure in reading a pull request in an ActionError naming the commits', async () => {
    const cause = httpError(500)
    const error = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: full(7) }, { get: cause }), repo, [A, B]).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toMatch(/^Could not read the pull requests of commit aaaaaaa, bbbbbbb: GitHub .*\.$/)
    expect((error as ActionError).cause).toBe(cause)
  })

  it.each<[string, unknown]>([
    ['a 5xx', httpError(502)],
    ['no answer', new Error('socket hang up')],
    ['a 401', httpError(401)],
    ['a spent rate limit (403)', rateLimited()]
  ])('throws on %s listing one commit, naming that commit', async (_what, cause) => {
    const error = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: full(7) }, { list: { [B]: cause } }), repo, [A, B], () => undefined).catch(
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toMatch(/^Could not read the pull requests of commit bbbbbbb: GitHub.*\.$/)
    expect((error as ActionError).cause).toBe(cause)
  })

  it('skips a commit GitHub does not know (422) in silence, and reads the others', async () => {
    const warnings: string[] = []
    const github = client({ [A]: [7] }, { 7: full(7) }, { list: { [B]: httpError(422, 'No commit found for SHA: bbbb') } })
    const pulls = await pullRequestsOfCommits(github, repo, [A, B], (message) => warnings.push(message))
    expect(pulls.map((pull) => pull.number)).toEqual([7])
    expect(warnings).toEqual([])
  })

  it.each([403, 404])('skips a commit the token may not see (%i) with a warning, and reads the others', async (status) => {
    const warnings: string[] = []
    const github = client({ [A]: [7], [C]: [9] }, { 7: full(7), 9: full(9) }, { list: { [B]: httpError(status) } })
    const pulls = await pullRequestsOfCommits(github, repo, [A, B, C], (message) => warnings.push(message))
    expect(pulls.map((pull) => pull.number)).toEqual([7, 9])
    expect(warnings).toEqual([SKIPPED(B, status)])
  })

  it('skips a commit it may not see without a warn function too', async () => {
    const github = client({ [A]: [7] }, { 7: full(7) }, { list: { [B]: httpError(403) } })
    expect((await pullRequestsOfCommits(github, repo, [A, B])).map((pull) => pull.number)).toEqual([7])
  })

  it('reads at most 10 pull requests at once, and all of them', async () => {
    const numbers = many(25)
    const github = client({ [A]: numbers }, fulls(numbers))
    const pulls = await pullRequestsOfCommits(github, repo, [A])
    expect(pulls.map((pull) => pull.number)).toEqual(numbers)
    expect(github.maxInFlight).toBe(10)
  })

  it('starts no more reads once one failed', async () => {
    const numbers = many(25)
    const github = client({ [A]: numbers }, fulls(numbers), { get: httpError(500) })
    await expect(pullRequestsOfCommits(github, repo, [A])).rejects.toThrow(ActionError)
    expect(github.calls.filter((call) => call.startsWith('get'))).toHaveLength(10)
  })
})

describe('readCommitPullRequests', () => {
  it('names, for each pull request, the first commit whose listing named it, and the commits GitHub knows', async () => {
    // A pipeline with two sources: A and C are this repository's, B another's (422).
    const github = client({ [A]: [7], [C]: [7, 9] }, { 7: full(7), 9: full(9) }, { list: { [B]: httpError(422, 'No commit found for SHA: bbbb') } })
    const found = await readCommitPullRequests(github, repo, [B, A, C])
    expect(found.pulls.map((pull) => pull.number)).toEqual([7, 9])
    expect(found.commitOf).toEqual(
      new Map([
        [7, A],
        [9, C]
      ])
    )
    expect(found.known).toEqual([A, C])
  })

  it('counts a commit the token may not see (403, 404) as known: its status is still tried', async () => {
    const github = client({ [A]: [7] }, { 7: full(7) }, { list: { [B]: httpError(403) } })
    expect((await readCommitPullRequests(github, repo, [A, B], () => undefined)).known).toEqual([A, B])
  })
})

describe('pullRequestNumbersOfCommits', () => {
  it('pages past 100 pull requests, and stops at a short page', async () => {
    const github = client({ [A]: many(250) }, {})
    expect(await pullRequestNumbersOfCommits(github, repo, [A])).toEqual(many(250))
    expect(github.calls).toEqual([
      'list Codertocat/Hello-World a per_page=100 page=1',
      'list Codertocat/Hello-World a per_page=100 page=2',
      'list Codertocat/Hello-World a per_page=100 page=3'
    ])
  })

  it('asks for the next page after exactly 100', async () => {
    const github = client({ [A]: many(100) }, {})
    expect(await pullRequestNumbersOfCommits(github, repo, [A])).toHaveLength(100)
    expect(github.calls).toHaveLength(2)
  })

  it('reads at most 3 pages', async () => {
    const github = client({ [A]: many(350) }, {})
    expect(await pullRequestNumbersOfCommits(github, repo, [A])).toEqual(many(300))
    expect(github.calls).toHaveLength(3)
  })

  it('merges the commits’ pull requests, once each, in number order', async () => {
    expect(await pullRequestNumbersOfCommits(client({ [A]: [9, 7], [B]: [7, 12] }, {}), repo, [A, B])).toEqual([7, 9, 12])
  })

  it('skips a 422 in silence and a 403 or 404 with a warning each; throws on a 5xx', async () => {
    const warnings: string[] = []
    const github = client({ [A]: [7] }, {}, { list: { [B]: httpError(422), [C]: httpError(404) } })
    expect(await pullRequestNumbersOfCommits(github, repo, [A, B, C], (message) => warnings.push(message))).toEqual([7])
    expect(warnings).toEqual([SKIPPED(C, 404)])
    const failing = client({ [A]: [7] }, {}, { list: { [B]: httpError(503) } })
    await expect(pullRequestNumbersOfCommits(failing, repo, [A, B])).rejects.toThrow(/^Could not read the pull requests of commit bbbbbbb: GitHub kept failing \(HTTP 503\)/)
  })

  it('skips a commit whose later page is refused, with what it read so far dropped', async () => {
    // Only a commit's own failure decides: a refusal on page 2 skips the commit as one on page 1 would.
    let page = 0
    const github = client({ [A]: many(150) }, {})
    const list = github.rest.repos.listPullRequestsAssociatedWithCommit
    github.rest.repos.listPullRequestsAssociatedWithCommit = async (params) => {
      if (++page === 2) throw httpError(403)
      return list(params)
    }
    const warnings: string[] = []
    expect(await pullRequestNumbersOfCommits(github, repo, [A], (message) => warnings.push(message))).toEqual([])
    expect(warnings).toEqual([SKIPPED(A, 403)])
  })
})
