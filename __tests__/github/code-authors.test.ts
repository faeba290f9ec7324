import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { codeAuthors, type CodeAuthorsClient } from '../../src/github/code-authors.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const COMMIT = 'a'.repeat(40)

/** A client that knows the pull requests of a commit and the commit authors of pull request 7. */
function client(pulls: { number: number; user?: { login: string } | null }[], commitAuthors: (string | null)[], failWith?: unknown) {
  const calls: string[] = []
  const api: CodeAuthorsClient & { calls: string[] } = {
    calls,
    rest: {
      repos: {
        listPullRequestsAssociatedWithCommit: async ({ commit_sha }) => {
          calls.push(`pulls of ${commit_sha.slice(0, 7)}`)
          if (failWith) throw failWith
          return { data: pulls }
        }
      },
      pulls: {
        listCommits: async ({ pull_number, page, per_page }) => {
          calls.push(`commits of #${pull_number} page ${page}`)
          const all = commitAuthors.map((login, index) => ({ sha: index.toString(16).padStart(40, '0'), author: login === null ? null : { login } }))
          return { data: all.slice((page - 1) * per_page, page * per_page) }
        }
      }
    }
  }
  return api
}

describe('codeAuthors', () => {
  it('names who opened any pull request of the commit and who wrote its commits, once each, in lower case', async () => {
    const github = client(
      [
        { number: 7, user: { login: 'Alice' } },
        { number: 9, user: { login: 'mallory' } }
      ],
      ['alice', 'Bob', 'bob', null]
    )
    expect(await codeAuthors(github, repo, { number: 7, commit: COMMIT })).toEqual(['alice', 'mallory', 'bob'])
    expect(github.calls).toEqual(['pulls of aaaaaaa', 'commits of #7 page 1'])
  })

  it('reads the commits page after page, three pages at most (GitHub lists 250)', async () => {
    const authors = Array.from({ length: 320 }, (_, index) => (index === 249 ? 'late' : index === 305 ? 'unlisted' : 'alice'))
    const github = client([], authors)
    const found = await codeAuthors(github, repo, { number: 7, commit: COMMIT })
    expect(found).toContain('late')
    expect(found).not.toContain('unlisted')
    expect(github.calls.filter((call) => call.startsWith('commits'))).toHaveLength(3)
  })

  it('a commit without a GitHub user (an unknown email) names nobody for it', async () => {
    expect(await codeAuthors(client([{ number: 7, user: null }], [null]), repo, { number: 7, commit: COMMIT })).toEqual([])
  })

  it('fails with context, naming the input that needs it, when GitHub cannot answer', async () => {
    const error = await codeAuthors(client([], [], httpError(403, 'Resource not accessible by integration')), repo, { number: 7, commit: COMMIT }).catch(
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(ActionError)
    expect((error as Error).message).toMatch(/^Could not read who wrote the code of pull request #7, which allow-self-approval: false needs: .*403/)
  })
})
