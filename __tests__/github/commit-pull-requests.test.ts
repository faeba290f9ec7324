import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { pullRequestsOfCommits, type CommitPullRequestsClient } from '../../src/github/commit-pull-requests.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

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

function client(
  listed: Record<string, number[]>,
  pulls: Record<number, FullPullRequest>,
  failures: { list?: unknown; get?: unknown } = {}
): CommitPullRequestsClient & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    rest: {
      repos: {
        listPullRequestsAssociatedWithCommit: async ({ owner, repo: name, commit_sha, per_page }) => {
          calls.push(`list ${owner}/${name} ${commit_sha.slice(0, 1)} per_page=${per_page}`)
          if (failures.list !== undefined) throw failures.list
          return { data: (listed[commit_sha] ?? []).map((number) => ({ number })) }
        }
      },
      pulls: {
        get: async ({ owner, repo: name, pull_number }) => {
          calls.push(`get ${owner}/${name}#${pull_number}`)
          if (failures.get !== undefined) throw failures.get
          const pull = pulls[pull_number]
          if (!pull) throw httpError(404)
          return { data: pull }
        }
      }
    }
  }
}

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
    expect(github.calls).toEqual(['list Codertocat/Hello-World a per_page=100', 'get Codertocat/Hello-World#7'])
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
    expect(github.calls).toEqual(['list Codertocat/Hello-World a per_page=100'])
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

  it.each<[string, { list?: unknown; get?: unknown }]>([
    ['listing', { list: httpError(403) }],
    ['reading', { get: httpError(500) }]
  ])('wraps a failure in %s in an ActionError naming the commits', async (_what, failures) => {
    const cause = failures.list ?? failures.get
    const error = await pullRequestsOfCommits(client({ [A]: [7] }, { 7: full(7) }, failures), repo, [A, B]).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toMatch(/^Could not read the pull requests of commit aaaaaaa, bbbbbbb: GitHub .*\.$/)
    expect((error as ActionError).cause).toBe(cause)
  })
})
