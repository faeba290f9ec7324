import { describe, expect, it } from '@jest/globals'
import { ActionError } from '../../src/errors.js'
import { lastCommitted, lastLabeller } from '../../src/github/label-actor.js'
import { httpError } from '../support/github-errors.js'
import { labelEvent, labelEventsClient, pullCommit } from '../support/label-events.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const LABEL = 'approve-deploy'

const filler = (count: number) => Array.from({ length: count }, () => ({ event: 'commented', actor: { login: 'x' } }))

describe('lastLabeller', () => {
  it('names whoever added the label last, with when', async () => {
    const client = labelEventsClient({
      7: [labelEvent('first', LABEL), { ...labelEvent('second', LABEL), created_at: '2026-11-01T09:30:00Z' }]
    })
    expect(await lastLabeller(client, repo, 7, LABEL)).toEqual({ person: { login: 'second', isBot: false }, at: '2026-11-01T09:30:00Z' })
    expect(client.calls).toEqual([{ issue_number: 7, page: 1, per_page: 100 }])
  })

  it('ignores other labels and other events', async () => {
    const client = labelEventsClient({
      7: [labelEvent('lena', LABEL), labelEvent('otto', 'reject-deploy'), labelEvent('otto', 'bug', 'unlabeled'), { event: 'assigned', actor: { login: 'zed' } }]
    })
    expect((await lastLabeller(client, repo, 7, LABEL))?.person.login).toBe('lena')
  })

  it('is cleared by an unlabeled event after the last labeled one', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), labelEvent('otto', LABEL, 'unlabeled')] })
    expect(await lastLabeller(client, repo, 7, LABEL)).toBeUndefined()
  })

  it('names whoever added it again after an unlabeled event', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), labelEvent('otto', LABEL, 'unlabeled'), labelEvent('mia', LABEL)] })
    expect((await lastLabeller(client, repo, 7, LABEL))?.person.login).toBe('mia')
  })

  it('matches the label in any case the event names it', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'APPROVE-Deploy')] })
    expect((await lastLabeller(client, repo, 7, LABEL))?.person.login).toBe('lena')
  })

  it('skips an event without an actor or a label', async () => {
    const client = labelEventsClient({
      7: [labelEvent('lena', LABEL), { event: 'labeled', actor: null, label: { name: LABEL } }, { event: 'unlabeled', actor: { login: 'x' }, label: null }]
    })
    expect((await lastLabeller(client, repo, 7, LABEL))?.person.login).toBe('lena')
  })

  it('marks a Bot actor, or a [bot] login, as a bot', async () => {
    const typed = labelEventsClient({ 7: [labelEvent('deployer', LABEL, 'labeled', 'Bot')] })
    expect((await lastLabeller(typed, repo, 7, LABEL))?.person).toEqual({ login: 'deployer', isBot: true })
    const named = labelEventsClient({ 7: [labelEvent('renovate[bot]', LABEL, 'labeled', 'User')] })
    expect((await lastLabeller(named, repo, 7, LABEL))?.person).toEqual({ login: 'renovate[bot]', isBot: true })
  })

  it('says nobody when no event names the label, and when created_at is missing gives an empty time', async () => {
    expect(await lastLabeller(labelEventsClient({ 7: [] }), repo, 7, LABEL)).toBeUndefined()
    const client = labelEventsClient({ 7: [{ event: 'labeled', actor: { login: 'lena' }, label: { name: LABEL } }] })
    expect(await lastLabeller(client, repo, 7, LABEL)).toEqual({ person: { login: 'lena', isBot: false }, at: '' })
  })

  it('reads page after page until a short one, the last labeller winning across pages', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), ...filler(99), labelEvent('otto', LABEL), ...filler(60)] })
    expect((await lastLabeller(client, repo, 7, LABEL))?.person.login).toBe('otto')
    expect(client.calls.map((call) => call.page)).toEqual([1, 2])
  })

  it('an unlabeled event on a later page clears a labeller from an earlier one', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), ...filler(100), labelEvent('otto', LABEL, 'unlabeled')] })
    expect(await lastLabeller(client, repo, 7, LABEL)).toBeUndefined()
  })

  it('marks a label followed by a force-push, or a change of base, as rewritten, with when', async () => {
    for (const event of ['head_ref_force_pushed', 'base_ref_force_pushed', 'base_ref_changed']) {
      const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), { event, created_at: '2026-11-01T09:45:00Z', actor: { login: 'author' } }] })
      expect(await lastLabeller(client, repo, 7, LABEL)).toEqual({ person: { login: 'lena', isBot: false }, at: '2026-11-01T09:00:00Z', rewrittenAt: '2026-11-01T09:45:00Z' })
    }
  })

  it('a force-push before the label, or a label added again after it, leaves the label standing', async () => {
    const pushed = { event: 'head_ref_force_pushed', created_at: '2026-11-01T08:00:00Z', actor: { login: 'author' } }
    const before = labelEventsClient({ 7: [pushed, labelEvent('lena', LABEL)] })
    expect((await lastLabeller(before, repo, 7, LABEL))?.rewrittenAt).toBeUndefined()
    const again = labelEventsClient({ 7: [labelEvent('lena', LABEL), pushed, labelEvent('mia', LABEL)] })
    expect(await lastLabeller(again, repo, 7, LABEL)).toEqual({ person: { login: 'mia', isBot: false }, at: '2026-11-01T09:00:00Z' })
  })

  it('a rewrite on a later page still voids a label from an earlier one', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), ...filler(100), { event: 'head_ref_force_pushed', actor: { login: 'author' } }] })
    expect((await lastLabeller(client, repo, 7, LABEL))?.rewrittenAt).toBe('an unknown time')
  })

  it('vouches for nobody past 10 full pages', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', LABEL), ...filler(999)] })
    expect(await lastLabeller(client, repo, 7, LABEL)).toBeUndefined()
    expect(client.calls).toHaveLength(10)
  })

  it('reads a labeller from the tenth page when it is short', async () => {
    const client = labelEventsClient({ 7: [...filler(900), labelEvent('lena', LABEL)] })
    expect((await lastLabeller(client, repo, 7, LABEL))?.person.login).toBe('lena')
    expect(client.calls).toHaveLength(10)
  })

  it('wraps a failure in an ActionError that names the pull request and the label', async () => {
    const cause = httpError(403, 'Resource not accessible by integration')
    const error = await lastLabeller(labelEventsClient({}, { failWith: cause }), repo, 7, LABEL).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toBe(
      'Could not read who labelled pull request #7 approve-deploy: GitHub refused github-token (HTTP 403); grant the workflow the permissions this action needs.'
    )
    expect((error as ActionError).cause).toBe(cause)
  })

  it('wraps a value that is not an Error too', async () => {
    const error = await lastLabeller(labelEventsClient({}, { failWith: 'offline' }), repo, 7, LABEL).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toContain('offline')
  })
})

describe('lastCommitted', () => {
  const sha = (digit: string) => digit.repeat(40)

  it('names the commit with the latest committer date, whatever its place in the list', async () => {
    const client = labelEventsClient(
      {},
      { commits: { 7: [pullCommit(sha('a'), '2026-11-01T08:00:00Z'), pullCommit(sha('B'), '2026-11-01T09:30:00Z'), pullCommit(sha('c'), '2026-11-01T09:10:00+00:00')] } }
    )
    expect(await lastCommitted(client, repo, { number: 7 })).toEqual({ last: { sha: sha('b'), date: '2026-11-01T09:30:00Z' }, whole: true })
    expect(client.commitCalls).toEqual([{ pull_number: 7, page: 1 }])
  })

  it('takes commits without a date (or with one that does not parse) as no evidence', async () => {
    const client = labelEventsClient({}, { commits: { 7: [pullCommit(sha('a')), { sha: sha('b'), commit: { committer: { date: 'yesterday' } } }, pullCommit(sha('c'), '2026-11-01T08:00:00Z')] } })
    expect(await lastCommitted(client, repo, { number: 7 })).toEqual({ last: { sha: sha('c'), date: '2026-11-01T08:00:00Z' }, whole: true })
    expect(await lastCommitted(labelEventsClient({}, { commits: { 7: [pullCommit(sha('a'))] } }), repo, { number: 7 })).toEqual({ whole: true })
    expect(await lastCommitted(labelEventsClient({}), repo, { number: 7 })).toEqual({ whole: true })
  })

  it('reads up to the 250 commits GitHub lists, page by page, and says whether they are all', async () => {
    const many = Array.from({ length: 250 }, (_, index) => pullCommit(index.toString(16).padStart(40, '0'), new Date(Date.UTC(2026, 9, 1) + index * 60_000).toISOString()))
    const client = labelEventsClient({}, { commits: { 7: many } })
    const read = await lastCommitted(client, repo, { number: 7, commitCount: 250 })
    expect(read).toEqual({ last: { sha: (249).toString(16).padStart(40, '0'), date: expect.any(String) }, whole: true })
    expect(client.commitCalls.map((call) => call.page)).toEqual([1, 2, 3])
    // The newest commit may be among those GitHub left out.
    expect((await lastCommitted(client, repo, { number: 7, commitCount: 300 })).whole).toBe(false)
    expect((await lastCommitted(client, repo, { number: 7 })).whole).toBe(false)
  })

  it('wraps a failure in an ActionError that names the pull request', async () => {
    const cause = httpError(403, 'Resource not accessible by integration')
    const error = await lastCommitted(labelEventsClient({}, { commitsFailWith: cause }), repo, { number: 7 }).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toBe(
      'Could not read the commits of pull request #7: GitHub refused github-token (HTTP 403); grant the workflow the permissions this action needs.'
    )
  })
})
