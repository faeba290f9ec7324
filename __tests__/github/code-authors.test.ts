import { describe, expect, it } from '@jest/globals'
import { ActionError, PersonRefused } from '../../src/errors.js'
import { codeAuthors, type CodeAuthorsClient } from '../../src/github/code-authors.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const COMMIT = 'a'.repeat(40)

/** A listed commit: its author's login (null: GitHub knows no account; undefined: no field), and its committer's. */
type Listed = string | null | undefined | { author?: string | null; committer?: string | null }

/** A client that knows the pull requests of a commit and the commits of pull request 7. */
function client(pulls: { number: number; user?: { login: string } | null }[], commitAuthors: Listed[], failWith?: unknown) {
  const calls: string[] = []
  const account = (login: string | null | undefined) => (login === null ? null : login === undefined ? undefined : { login })
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
          const all = commitAuthors.map((listed, index) => {
            const sha = index.toString(16).padStart(40, '0')
            if (listed !== null && typeof listed === 'object') {
              return { sha, ...('author' in listed && { author: account(listed.author) }), ...('committer' in listed && { committer: account(listed.committer) }) }
            }
            return listed === undefined ? { sha } : { sha, author: account(listed) }
          })
          return { data: all.slice((page - 1) * per_page, page * per_page) }
        }
      }
    }
  }
  return api
}

/** What codeAuthors threw, checked to refuse the person (a 😕, no reply; the notifying flow sets them aside). */
async function refusal(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown
  )
  expect(error).toBeInstanceOf(PersonRefused)
  return (error as Error).message
}

describe('codeAuthors', () => {
  it('names who opened any pull request of the commit and who wrote its commits, once each, in lower case', async () => {
    const github = client(
      [
        { number: 7, user: { login: 'Alice' } },
        { number: 9, user: { login: 'mallory' } }
      ],
      ['alice', 'Bob', 'bob']
    )
    expect(await codeAuthors(github, repo, { number: 7, commit: COMMIT }, 'Approved')).toEqual(['alice', 'mallory', 'bob'])
    expect(github.calls).toEqual(['pulls of aaaaaaa', 'commits of #7 page 1'])
  })

  it('names the committers too: a commit whose author was set to someone else still names who committed it', async () => {
    const github = client([{ number: 7, user: { login: 'alice' } }], [{ author: 'alice', committer: 'Mallory' }, { author: 'bob', committer: 'bob' }])
    expect(await codeAuthors(github, repo, { number: 7, commit: COMMIT }, 'Approved')).toEqual(['alice', 'mallory', 'bob'])
  })

  it('reads the commits page after page while they are full, up to the 250 GitHub lists', async () => {
    const authors = Array.from({ length: 250 }, (_, index) => (index === 249 ? 'late' : 'alice'))
    const github = client([], authors)
    expect(await codeAuthors(github, repo, { number: 7, commit: COMMIT, commitCount: 250 }, 'Approved')).toEqual(['alice', 'late'])
    expect(github.calls.filter((call) => call.startsWith('commits'))).toHaveLength(3)
  })

  it('refuses when the pull request has more commits than GitHub lists, naming how many', async () => {
    // GitHub's third page holds 50: the cut shows only in the pull request's count.
    const github = client([], Array.from({ length: 250 }, () => 'alice'))
    expect(await refusal(codeAuthors(github, repo, { number: 7, commit: COMMIT, commitCount: 251 }, 'Approved'))).toBe(
      'The action cannot check who wrote all 251 commits of pull request #7, because GitHub lists only 250 and allow-self-approval is false, so nothing was sent: squash the pull request to 250 commits or fewer, or answer the approval in the CodePipeline console.'
    )
  })

  it('without a count, refuses a listing that reached 250, which may be cut', async () => {
    expect(await refusal(codeAuthors(client([], Array.from({ length: 250 }, () => 'alice')), repo, { number: 7, commit: COMMIT }, 'Approved'))).toMatch(
      /^The action cannot check who wrote all the commits of pull request #7, because GitHub lists only 250 /
    )
    const longer = client([], Array.from({ length: 320 }, () => 'alice'))
    expect(await refusal(codeAuthors(longer, repo, { number: 7, commit: COMMIT }, 'Approved'))).toMatch(/^The action cannot check who wrote all the commits/)
    expect(longer.calls.filter((call) => call.startsWith('commits'))).toHaveLength(3)
    // Fewer than 250 listed is the whole pull request, count or not.
    expect(await codeAuthors(client([], Array.from({ length: 249 }, () => 'alice')), repo, { number: 7, commit: COMMIT }, 'Approved')).toEqual(['alice'])
  })

  it('refuses a commit whose author has no GitHub account, naming it, since its writer cannot be checked', async () => {
    expect(await refusal(codeAuthors(client([{ number: 7, user: null }], ['alice', null]), repo, { number: 7, commit: COMMIT }, 'Approved'))).toBe(
      "Commit 0000000 of pull request #7 has an author e-mail that belongs to no GitHub account, so who wrote it cannot be checked while allow-self-approval is false and nothing was sent: link that e-mail to the author's GitHub account, or set allow-self-approval: true."
    )
    expect(await refusal(codeAuthors(client([], [null, 'alice', null, null]), repo, { number: 7, commit: COMMIT }, 'Approved'))).toMatch(
      /^Commit 0000000 \(and 2 more\) of pull request #7 has an author e-mail/
    )
  })

  it('lets a rejection through commits it cannot check, naming who it can: stopping a deployment needs no review', async () => {
    const unknownAuthor = client([{ number: 7, user: { login: 'alice' } }], ['bob', null])
    expect(await codeAuthors(unknownAuthor, repo, { number: 7, commit: COMMIT }, 'Rejected')).toEqual(['alice', 'bob'])
    const cut = client([], Array.from({ length: 250 }, () => 'alice'))
    expect(await codeAuthors(cut, repo, { number: 7, commit: COMMIT, commitCount: 300 }, 'Rejected')).toEqual(['alice'])
  })

  it('reads a commit without an author field as no evidence, not as an unknown author', async () => {
    expect(await codeAuthors(client([{ number: 7, user: { login: 'alice' } }], [undefined, { committer: null }]), repo, { number: 7, commit: COMMIT }, 'Approved')).toEqual([
      'alice'
    ])
  })

  it('fails with context, naming the input that needs it, when GitHub cannot answer', async () => {
    const error = await codeAuthors(client([], [], httpError(403, 'Resource not accessible by integration')), repo, { number: 7, commit: COMMIT }, 'Approved').catch(
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(ActionError)
    expect(error).not.toBeInstanceOf(PersonRefused)
    expect((error as Error).message).toMatch(/^Could not read who wrote the code of pull request #7, which allow-self-approval: false needs: .*403/)
  })
})
