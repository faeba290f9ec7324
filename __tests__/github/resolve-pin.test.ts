import { describe, expect, it } from '@jest/globals'
import { ActionError, PersonRefused, Refusal } from '../../src/errors.js'
import type { PullRequestInfo } from '../../src/interpret-event.js'
import {
  checkUnpinnedHead,
  readMorePinEvidence,
  readMoreTimeline,
  readPinEvidence,
  resolvePin,
  type PinClient,
  type PinEvidence,
  type UnlistedPinClient
} from '../../src/github/resolve-pin.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'acme', repo: 'shop' }
const HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
const MERGE = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'
const FIRST = '0123456789abcdef0123456789abcdef01234567'
// Shares its first seven digits with FIRST: a short pin cannot tell them apart.
const TWIN = '0123456fffffffffffffffffffffffffffffffff'
const COMMENTED = '2026-11-25T10:00:00Z'

/** `n` distinct full SHAs, none of which starts like the ones above. */
const shas = (n: number, offset = 0): string[] => Array.from({ length: n }, (_, i) => `9${(offset + i).toString(16).padStart(39, '0')}`)

/**
 * A client that serves `commits` and `timeline` in pages as GitHub does, and
 * records each call; `fail` makes one listing throw. `dates` are the commits'
 * committer dates, and `pullsOf` the pull requests GitHub names for a commit.
 */
function client(
  commits: string[],
  timeline: { event?: string; created_at?: string }[] = [],
  fail: { commits?: Error; timeline?: Error; pulls?: Error } = {},
  { dates = {}, pullsOf = {} }: { dates?: Record<string, string>; pullsOf?: Record<string, number[]> } = {}
): PinClient & UnlistedPinClient & { calls: string[] } {
  const calls: string[] = []
  const page = <T,>(items: T[], perPage: number, number: number): T[] => items.slice((number - 1) * perPage, number * perPage)
  return {
    calls,
    rest: {
      pulls: {
        listCommits: async ({ owner, repo: name, pull_number, per_page, page: number }) => {
          calls.push(`commits ${owner}/${name}#${pull_number} per_page=${per_page} page=${number}`)
          if (fail.commits) throw fail.commits
          return { data: page(commits, per_page, number).map((sha) => (dates[sha] ? { sha, commit: { committer: { date: dates[sha] } } } : { sha })) }
        }
      },
      issues: {
        listEventsForTimeline: async ({ owner, repo: name, issue_number, per_page, page: number }) => {
          calls.push(`timeline ${owner}/${name}#${issue_number} per_page=${per_page} page=${number}`)
          if (fail.timeline) throw fail.timeline
          return { data: page(timeline, per_page, number) }
        }
      },
      repos: {
        listPullRequestsAssociatedWithCommit: async ({ owner, repo: name, commit_sha }) => {
          calls.push(`pulls of ${owner}/${name}@${commit_sha}`)
          if (fail.pulls) throw fail.pulls
          return { data: (pullsOf[commit_sha] ?? []).map((number) => ({ number })) }
        }
      }
    }
  }
}

const pullRequest = (overrides: Partial<PullRequestInfo> = {}): PullRequestInfo => ({
  number: 2,
  url: 'https://github.com/acme/shop/pull/2',
  headSha: HEAD,
  merged: false,
  ...overrides
})

const evidence = (overrides: Partial<PinEvidence> = {}): PinEvidence => ({
  commits: [FIRST, HEAD],
  commitDates: {},
  rewrites: [],
  timelineCut: false,
  timelinePages: 1,
  ...overrides
})

/** Force-pushes of the pull request's branch at these times. */
const forcePushes = (...times: string[]): PinEvidence['rewrites'] => times.map((at) => ({ event: 'head_ref_force_pushed', at }))

/** What `run` threw, checked to be a Refusal of the commit (the person may act: they get a reply). */
function refusal(run: () => unknown): string {
  let caught: unknown
  try {
    run()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(Refusal)
  expect(caught).not.toBeInstanceOf(PersonRefused)
  return (caught as Error).message
}

describe('readPinEvidence', () => {
  it('reads the commits and, for a short pin, the rewrites on the first page of the timeline', async () => {
    const github = client(
      [FIRST.toUpperCase(), HEAD],
      [
        { event: 'committed' },
        { event: 'head_ref_force_pushed', created_at: '2026-11-25T09:00:00Z' },
        { event: 'commented', created_at: COMMENTED },
        { event: 'base_ref_changed', created_at: '2026-11-25T10:30:00Z' },
        { event: 'head_ref_force_pushed', created_at: '2026-11-25T11:00:00Z' },
        { event: 'base_ref_force_pushed', created_at: '2026-11-25T11:30:00Z' },
        { event: 'head_ref_force_pushed' }
      ]
    )
    await expect(readPinEvidence(github, repo, 2, 'ec26c3e')).resolves.toEqual({
      commits: [FIRST, HEAD],
      commitDates: {},
      rewrites: [
        { event: 'head_ref_force_pushed', at: '2026-11-25T09:00:00Z' },
        { event: 'base_ref_changed', at: '2026-11-25T10:30:00Z' },
        { event: 'head_ref_force_pushed', at: '2026-11-25T11:00:00Z' },
        { event: 'base_ref_force_pushed', at: '2026-11-25T11:30:00Z' },
        { event: 'head_ref_force_pushed', at: '' }
      ],
      timelineCut: false,
      timelinePages: 1
    })
    expect(github.calls).toEqual(['commits acme/shop#2 per_page=100 page=1', 'timeline acme/shop#2 per_page=100 page=1'])
  })

  it.each([
    ['a full SHA-1', HEAD],
    ['a full SHA-256', 'ab'.repeat(32)]
  ])('reads no timeline for %s, which a force-push cannot imitate', async (_what, pin) => {
    const github = client([HEAD], [{ event: 'head_ref_force_pushed', created_at: '2026-11-25T11:00:00Z' }])
    await expect(readPinEvidence(github, repo, 2, pin)).resolves.toEqual({ commits: [HEAD], commitDates: {}, rewrites: [], timelineCut: false, timelinePages: 0 })
    expect(github.calls).toEqual(['commits acme/shop#2 per_page=100 page=1'])
  })

  it('reads the timeline for a pin one digit short of a full SHA', async () => {
    const github = client([HEAD])
    await readPinEvidence(github, repo, 2, HEAD.slice(0, 39))
    expect(github.calls).toContain('timeline acme/shop#2 per_page=100 page=1')
  })

  it('reads the next page of commits only while a page is full, and at most 3', async () => {
    const exactly100 = client(shas(100))
    expect((await readPinEvidence(exactly100, repo, 2, HEAD)).commits).toHaveLength(100)
    expect(exactly100.calls).toEqual(['commits acme/shop#2 per_page=100 page=1', 'commits acme/shop#2 per_page=100 page=2'])

    const many = client(shas(250))
    expect((await readPinEvidence(many, repo, 2, HEAD)).commits).toEqual(shas(250))
    expect(many.calls).toHaveLength(3)

    // GitHub lists at most 250; even if it listed more, no fourth page is read.
    const more = client(shas(400))
    expect((await readPinEvidence(more, repo, 2, HEAD)).commits).toEqual(shas(300))
    expect(more.calls).toEqual([1, 2, 3].map((page) => `commits acme/shop#2 per_page=100 page=${page}`))
  })

  it('reads one page of timeline first, the rest only when asked, up to 10 pages, and says it was cut when all 10 were full', async () => {
    const event = (i: number) => ({ event: i === 999 ? 'head_ref_force_pushed' : 'commented', created_at: `t${i}` })
    const timelineCalls = (github: { calls: string[] }) => github.calls.filter((call) => call.startsWith('timeline'))

    const long = client([HEAD], Array.from({ length: 1000 }, (_, i) => event(i)))
    const first = await readPinEvidence(long, repo, 2, 'ec26c3e')
    expect(first).toEqual({ commits: [HEAD], commitDates: {}, rewrites: [], timelineCut: true, timelinePages: 1 })
    expect(timelineCalls(long)).toHaveLength(1)
    await expect(readMoreTimeline(long, repo, 2, first)).resolves.toEqual({
      commits: [HEAD],
      commitDates: {},
      rewrites: forcePushes('t999'),
      timelineCut: true,
      timelinePages: 10
    })
    expect(timelineCalls(long)).toEqual(Array.from({ length: 10 }, (_, i) => `timeline acme/shop#2 per_page=100 page=${i + 1}`))

    const longer = client([HEAD], Array.from({ length: 1500 }, (_, i) => event(i)))
    await expect(readMoreTimeline(longer, repo, 2, await readPinEvidence(longer, repo, 2, 'ec26c3e'))).resolves.toMatchObject({
      rewrites: forcePushes('t999'),
      timelineCut: true
    })
    expect(timelineCalls(longer)).toHaveLength(10)

    const justShort = client([HEAD], Array.from({ length: 999 }, (_, i) => event(i)))
    await expect(readMoreTimeline(justShort, repo, 2, await readPinEvidence(justShort, repo, 2, 'ec26c3e'))).resolves.toMatchObject({
      rewrites: [],
      timelineCut: false
    })
    expect(timelineCalls(justShort)).toHaveLength(10)
  })

  it('reads no more timeline when the first page held it all', async () => {
    const short = client([HEAD], [{ event: 'commented', created_at: 't0' }])
    const first = await readPinEvidence(short, repo, 2, 'ec26c3e')
    await expect(readMoreTimeline(short, repo, 2, first)).resolves.toBe(first)
    expect(short.calls.filter((call) => call.startsWith('timeline'))).toHaveLength(1)
  })

  it('reads the commits and the timeline side by side', async () => {
    const asked: string[] = []
    const answers: (() => void)[] = []
    const slow: PinClient = {
      rest: {
        pulls: {
          listCommits: () => {
            asked.push('commits')
            return new Promise((resolve) => answers.push(() => resolve({ data: [{ sha: HEAD }] })))
          }
        },
        issues: {
          listEventsForTimeline: () => {
            asked.push('timeline')
            return new Promise((resolve) => answers.push(() => resolve({ data: [] })))
          }
        }
      }
    }
    const result = readPinEvidence(slow, repo, 2, 'ec26c3e')
    await new Promise((resolve) => setImmediate(resolve))
    expect(asked).toEqual(['commits', 'timeline'])
    for (const answer of answers) answer()
    await expect(result).resolves.toEqual({ commits: [HEAD], commitDates: {}, rewrites: [], timelineCut: false, timelinePages: 1 })
  })

  it.each([
    ['commits', { commits: httpError(403) }, 'GitHub refused github-token (HTTP 403); grant the workflow the permissions this action needs'],
    ['timeline', { timeline: httpError(502) }, 'GitHub kept failing (HTTP 502); try again later'],
    ['timeline', { timeline: new Error('socket hang up') }, 'GitHub did not answer (socket hang up) after three attempts of 10 s at most; try again later']
  ] as [string, { commits?: Error; timeline?: Error }, string][])('wraps a failed %s read in an ActionError with its cause', async (_what, fail, reason) => {
    const cause = fail.commits ?? fail.timeline
    const error = await readPinEvidence(client([HEAD], [], fail), repo, 7, 'ec26c3e').then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(ActionError)
    expect(error).not.toBeInstanceOf(Refusal)
    expect((error as ActionError).message).toBe(`Could not read the commits of pull request #7 to check the pinned commit: ${reason}.`)
    expect((error as ActionError).cause).toBe(cause)
  })
})

describe('readPinEvidence without a pin', () => {
  it("reads the commits, their committer dates and the timeline's first page, as for a short pin", async () => {
    const github = client([FIRST, HEAD], [{ event: 'head_ref_force_pushed', created_at: '2026-11-25T09:00:00Z' }], {}, { dates: { [HEAD]: '2026-11-25T09:30:00Z' } })
    await expect(readPinEvidence(github, repo, 2, undefined)).resolves.toEqual({
      commits: [FIRST, HEAD],
      commitDates: { [HEAD]: '2026-11-25T09:30:00Z' },
      rewrites: forcePushes('2026-11-25T09:00:00Z'),
      timelineCut: false,
      timelinePages: 1
    })
    expect(github.calls).toEqual(['commits acme/shop#2 per_page=100 page=1', 'timeline acme/shop#2 per_page=100 page=1'])
  })

  it('says what the read was for when it fails', async () => {
    await expect(readPinEvidence(client([HEAD], [], { timeline: httpError(502) }), repo, 7, undefined)).rejects.toThrow(
      'Could not read the commits of pull request #7 to check its head against the command: GitHub kept failing (HTTP 502); try again later.'
    )
  })
})

describe('readMorePinEvidence', () => {
  const listed = shas(250)
  const cut = pullRequest({ commitCount: 300 })
  const first = (commits: string[]): PinEvidence => evidence({ commits, timelinePages: 0 })

  it('asks GitHub whether a full pin the cut listing left out is a commit of this pull request', async () => {
    const github = client(listed, [], {}, { pullsOf: { [TWIN]: [5, 2] } })
    await expect(readMorePinEvidence(github, repo, cut, first(listed), TWIN)).resolves.toEqual({ ...first(listed), unlisted: TWIN })
    expect(github.calls).toEqual([`pulls of acme/shop@${TWIN}`])
  })

  it('adds nothing when GitHub names only other pull requests for it', async () => {
    const github = client(listed, [], {}, { pullsOf: { [TWIN]: [5] } })
    await expect(readMorePinEvidence(github, repo, cut, first(listed), TWIN)).resolves.toEqual(first(listed))
  })

  it('asks nothing for a short pin, a listed pin, the head, or a listing that was not cut', async () => {
    const github = client(listed)
    await readMorePinEvidence(github, repo, cut, first(listed), '0123456')
    await readMorePinEvidence(github, repo, cut, first(listed), listed[3])
    await readMorePinEvidence(github, repo, cut, first(listed), HEAD)
    await readMorePinEvidence(github, repo, pullRequest({ commitCount: 2 }), first([FIRST, HEAD]), TWIN)
    await readMorePinEvidence(github, repo, cut, first(listed), undefined)
    expect(github.calls).toEqual([])
  })

  it('reads the rest of a long timeline and the unlisted pin side by side', async () => {
    const github = client(listed, Array.from({ length: 150 }, () => ({ event: 'commented', created_at: 't' })), {}, { pullsOf: { [TWIN]: [2] } })
    const more = await readMorePinEvidence(github, repo, cut, evidence({ commits: listed, timelineCut: true, timelinePages: 1 }), TWIN)
    expect(more).toMatchObject({ unlisted: TWIN, timelineCut: false, timelinePages: 10 })
    expect(github.calls).toEqual(['timeline acme/shop#2 per_page=100 page=2', `pulls of acme/shop@${TWIN}`])
  })

  it('wraps a failed look-up in an ActionError naming the pull request', async () => {
    await expect(readMorePinEvidence(client(listed, [], { pulls: httpError(502) }), repo, cut, first(listed), TWIN)).rejects.toThrow(
      'Could not read the commits of pull request #2 to check the pinned commit: GitHub kept failing (HTTP 502); try again later.'
    )
  })
})

describe('resolvePin', () => {
  it('gives the full SHA of the head, a commit of the pull request, or its merge commit', () => {
    expect(resolvePin('ec26c3e', pullRequest(), evidence(), COMMENTED)).toBe(HEAD)
    expect(resolvePin('0123456789', pullRequest(), evidence(), COMMENTED)).toBe(FIRST)
    expect(resolvePin('c4295bd', pullRequest({ merged: true, mergeCommitSha: MERGE }), evidence(), COMMENTED)).toBe(MERGE)
    // The head counts even when the listing does not have it yet.
    expect(resolvePin('ec26c3e', pullRequest(), evidence({ commits: [FIRST] }), COMMENTED)).toBe(HEAD)
  })

  it('counts a commit once, however many places name it', () => {
    expect(resolvePin('ec26c3e', pullRequest({ mergeCommitSha: HEAD }), evidence({ commits: [HEAD, HEAD] }), COMMENTED)).toBe(HEAD)
  })

  it('refuses a pin that is no commit of the pull request, naming the pin and the pull request', () => {
    expect(refusal(() => resolvePin('deadbee', pullRequest(), evidence(), COMMENTED))).toBe(
      'The pinned commit deadbee is not a commit of pull request #2 (its head is ec26c3e), so nothing was sent: pin a commit of this pull request, the one you reviewed.'
    )
    // An unmerged pull request has no merge commit to match.
    expect(refusal(() => resolvePin('c4295bd', pullRequest(), evidence(), COMMENTED))).toContain('The pinned commit c4295bd is not a commit of pull request #2')
    expect(refusal(() => resolvePin('deadbee', pullRequest({ number: 9, headSha: undefined }), evidence({ commits: [] }), COMMENTED))).toBe(
      'The pinned commit deadbee is not a commit of pull request #9 (its head is unknown), so nothing was sent: pin a commit of this pull request, the one you reviewed.'
    )
  })

  it('refuses a pin that matches several commits, listing them, and takes the full SHA of either', () => {
    const both = evidence({ commits: [FIRST, TWIN, HEAD] })
    expect(refusal(() => resolvePin('0123456', pullRequest(), both, COMMENTED))).toBe(
      `The pinned commit 0123456 matches 2 commits of pull request #2 (${FIRST}, ${TWIN}), so nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
    )
    expect(resolvePin('01234567', pullRequest(), both, COMMENTED)).toBe(FIRST)
    expect(resolvePin(TWIN, pullRequest(), both, COMMENTED)).toBe(TWIN)
  })

  it('refuses a short pin after a force-push at or after the comment, naming the latest', () => {
    const later = evidence({ rewrites: forcePushes('2026-11-25T09:00:00Z', '2026-11-25T10:30:00Z', '2026-11-25T11:00:00Z') })
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), later, COMMENTED))).toBe(
      'Pull request #2 was force-pushed at 2026-11-25T11:00:00Z, after the command was written (2026-11-25T10:00:00Z), so the short pin ec26c3e may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
    )
    // The same second as the comment: which came first cannot be told.
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), evidence({ rewrites: forcePushes(COMMENTED) }), COMMENTED))).toContain(
      'was force-pushed at 2026-11-25T10:00:00Z, after the command was written'
    )
    // A pin one digit short of the full SHA is still short.
    expect(refusal(() => resolvePin(HEAD.slice(0, 39), pullRequest(), later, COMMENTED))).toContain(`the short pin ${HEAD.slice(0, 39)} may now name`)
  })

  it('trusts a short pin when every force-push came before the comment', () => {
    const earlier = evidence({ rewrites: forcePushes('2026-11-25T09:00:00Z', '2026-11-25T09:59:59Z') })
    expect(resolvePin('ec26c3e', pullRequest(), earlier, COMMENTED)).toBe(HEAD)
    expect(resolvePin('ec26c3e', pullRequest(), earlier, '2026-11-25T10:00:00.000+00:00')).toBe(HEAD)
  })

  it('refuses a short pin when the comment time is unknown and the branch was ever force-pushed', () => {
    const once = evidence({ rewrites: forcePushes('2026-11-25T09:00:00Z') })
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), once, undefined))).toBe(
      'Pull request #2 was force-pushed at 2026-11-25T09:00:00Z, after the command was written, so the short pin ec26c3e may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
    )
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), once, ''))).toContain('after the command was written, so')
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), once, 'not a time'))).toContain('was force-pushed at 2026-11-25T09:00:00Z')
    // Without force-pushes, an unknown comment time changes nothing.
    expect(resolvePin('ec26c3e', pullRequest(), evidence(), undefined)).toBe(HEAD)
  })

  it('refuses a short pin after a force-push of unknown time', () => {
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), evidence({ rewrites: forcePushes('') }), COMMENTED))).toBe(
      'Pull request #2 was force-pushed at an unknown time, after the command was written (2026-11-25T10:00:00Z), so the short pin ec26c3e may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
    )
  })

  it.each([
    ['base_ref_changed', 'had its base branch changed'],
    ['base_ref_force_pushed', 'had its base branch force-pushed']
  ])('refuses a short pin after %s later than the comment: other commits may have dropped out', (event, says) => {
    // A writer moves the base so the reviewed commit leaves the pull request; a twin with its prefix stays.
    const moved = evidence({ commits: [FIRST], rewrites: [{ event, at: '2026-11-25T10:30:00Z' }] })
    expect(refusal(() => resolvePin('0123456', pullRequest({ headSha: FIRST }), moved, COMMENTED))).toBe(
      `Pull request #2 ${says} at 2026-11-25T10:30:00Z, after the command was written (2026-11-25T10:00:00Z), so the short pin 0123456 may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
    )
    expect(resolvePin(FIRST, pullRequest({ headSha: FIRST }), moved, COMMENTED)).toBe(FIRST)
  })

  it('refuses a short pin when the timeline was too long to read whole', () => {
    expect(refusal(() => resolvePin('ec26c3e', pullRequest(), evidence({ timelineCut: true }), COMMENTED))).toBe(
      'Pull request #2 has a timeline too long to check for force-pushes after the command, so the short pin ec26c3e cannot be trusted and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
    )
  })

  it('trusts a full SHA whatever the timeline says', () => {
    const worst = evidence({ rewrites: forcePushes('2026-11-25T11:00:00Z', ''), timelineCut: true })
    expect(resolvePin(HEAD, pullRequest(), worst, undefined)).toBe(HEAD)
    expect(resolvePin(FIRST, pullRequest(), worst, COMMENTED)).toBe(FIRST)
    expect(refusal(() => resolvePin(MERGE, pullRequest(), worst, COMMENTED))).toContain(`The pinned commit ${MERGE} is not a commit of pull request #2`)
  })

  describe('when the pull request has more commits than GitHub lists', () => {
    const listed = shas(250)
    // Commit 251 was reviewed; the writer then pushed a head with its prefix (a plain push, no force-push).
    const reviewed = '0123456aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
    const cut = pullRequest({ headSha: TWIN, commitCount: 252 })

    it('refuses a short pin, naming the pin, the pull request and its count, though one listed commit matches it', () => {
      expect(refusal(() => resolvePin('0123456', cut, evidence({ commits: listed }), COMMENTED))).toBe(
        'Pull request #2 has 252 commits, more than the 250 GitHub lists, so the short pin 0123456 cannot be checked against all of them and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
      )
      // Without a count, a listing of 250 may be cut.
      expect(refusal(() => resolvePin('0123456', pullRequest({ headSha: TWIN }), evidence({ commits: listed }), COMMENTED))).toMatch(
        /^Pull request #2 has at least 250 commits, more than the 250 GitHub lists, so the short pin 0123456 cannot be checked/
      )
    })

    it('takes a full pin that is listed, is the head, or that GitHub named a commit of this pull request', () => {
      expect(resolvePin(listed[0]!, cut, evidence({ commits: listed }), COMMENTED)).toBe(listed[0])
      expect(resolvePin(TWIN, cut, evidence({ commits: listed }), COMMENTED)).toBe(TWIN)
      expect(resolvePin(reviewed, cut, evidence({ commits: listed, unlisted: reviewed }), COMMENTED)).toBe(reviewed)
    })

    it('refuses a full pin that is neither listed nor named by GitHub', () => {
      expect(refusal(() => resolvePin(reviewed, cut, evidence({ commits: listed }), COMMENTED))).toBe(
        `The pinned commit ${reviewed} is not a commit of pull request #2 (its head is 0123456), so nothing was sent: pin a commit of this pull request, the one you reviewed.`
      )
    })

    it('trusts a short pin when the count says the listing is whole', () => {
      expect(resolvePin('ec26c3e', pullRequest({ commitCount: 2 }), evidence(), COMMENTED)).toBe(HEAD)
      expect(resolvePin('0123456', pullRequest({ commitCount: 250 }), evidence({ commits: [...listed.slice(1), FIRST] }), COMMENTED)).toBe(FIRST)
    })
  })
})

describe('checkUnpinnedHead', () => {
  const dated = (date: string, overrides: Partial<PinEvidence> = {}) => evidence({ commitDates: { [HEAD]: date }, ...overrides })
  const fix = 'review ec26c3e and comment again, or pin the commit you reviewed ("/approve-deploy <sha>").'

  it('passes a head committed before the comment, with no rewrite since', () => {
    expect(checkUnpinnedHead(pullRequest(), dated('2026-11-25T09:59:59Z', { rewrites: forcePushes('2026-11-25T09:00:00Z') }), COMMENTED)).toEqual({ dated: true })
  })

  it('refuses a head committed after the comment, naming it', () => {
    expect(refusal(() => checkUnpinnedHead(pullRequest(), dated('2026-11-25T10:01:00Z'), COMMENTED))).toBe(
      `The head of pull request #2, ec26c3e, was committed at 2026-11-25T10:01:00Z, after the command was written (2026-11-25T10:00:00Z), so nobody may have reviewed it and nothing was sent: ${fix}`
    )
    // The same second: which came first cannot be told.
    expect(refusal(() => checkUnpinnedHead(pullRequest(), dated('2026-11-25T12:00:00+02:00'), COMMENTED))).toContain('was committed at 2026-11-25T12:00:00+02:00')
  })

  it.each([
    ['head_ref_force_pushed', 'was force-pushed'],
    ['base_ref_changed', 'had its base branch changed'],
    ['base_ref_force_pushed', 'had its base branch force-pushed']
  ])('refuses after %s later than the comment, whatever the head commit says its date is', (event, says) => {
    // A force-push can bring back an old commit: its date says nothing about when it became the head.
    const moved = dated('2026-11-25T08:00:00Z', { rewrites: [{ event, at: '2026-11-25T10:05:00Z' }] })
    expect(refusal(() => checkUnpinnedHead(pullRequest(), moved, COMMENTED))).toBe(
      `Pull request #2 ${says} at 2026-11-25T10:05:00Z, after the command was written (2026-11-25T10:00:00Z), so its head ec26c3e may not be the commit that was reviewed and nothing was sent: ${fix}`
    )
  })

  it('refuses when the timeline is too long to check for force-pushes', () => {
    expect(refusal(() => checkUnpinnedHead(pullRequest(), dated('2026-11-25T09:00:00Z', { timelineCut: true }), COMMENTED))).toMatch(
      /^Pull request #2 has a timeline too long to check for force-pushes after the command, so its head ec26c3e may not be/
    )
  })

  it("refuses when the head is past GitHub's 250 and its date cannot be seen", () => {
    const listed = shas(250)
    expect(refusal(() => checkUnpinnedHead(pullRequest({ commitCount: 251 }), evidence({ commits: listed }), COMMENTED))).toBe(
      'Pull request #2 has 251 commits, more than the 250 GitHub lists, so when its head ec26c3e was committed cannot be checked against the command and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
    )
    // A listed head has its date, whatever the count.
    const withHead = evidence({ commits: [...listed.slice(1), HEAD], commitDates: { [HEAD]: '2026-11-25T09:00:00Z' } })
    expect(checkUnpinnedHead(pullRequest({ commitCount: 251 }), withHead, COMMENTED)).toEqual({ dated: true })
  })

  it('takes missing evidence as none: no date, a rewrite of unknown time, no comment time', () => {
    expect(checkUnpinnedHead(pullRequest(), evidence(), COMMENTED)).toEqual({ dated: false })
    expect(checkUnpinnedHead(pullRequest(), dated('not a date'), COMMENTED)).toEqual({ dated: false })
    expect(checkUnpinnedHead(pullRequest(), dated('2026-11-25T09:00:00Z', { rewrites: forcePushes('') }), COMMENTED)).toEqual({ dated: true })
    expect(checkUnpinnedHead(pullRequest(), dated('2026-11-25T11:00:00Z', { rewrites: forcePushes('2026-11-25T11:00:00Z') }), undefined)).toEqual({ dated: false })
    expect(checkUnpinnedHead(pullRequest({ headSha: undefined }), evidence(), COMMENTED)).toEqual({ dated: false })
  })
})
