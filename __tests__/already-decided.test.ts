import { describe, expect, it } from '@jest/globals'
import { alreadyDecided, type EarlyDecision, type EarlyPolicy, type Judge } from '../src/already-decided.js'
import type { PullRequestState } from '../src/github/commit-pull-requests.js'
import { labelEvent, labelEventsClient, pullCommit } from './support/label-events.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const HEAD = 'a'.repeat(40)
const MERGE = 'b'.repeat(40)
const OTHER = 'c'.repeat(40)

const policy = (overrides: Partial<EarlyPolicy> = {}): EarlyPolicy => ({
  approveOnMerge: true,
  approveLabel: 'approve-deploy',
  rejectLabel: 'reject-deploy',
  ...overrides
})

/** Everyone may decide. */
const allowAll: Judge = async () => undefined
/** Only the named people may decide; the judge is told each signal. */
const allowOnly = (...logins: string[]) => {
  const judged: EarlyDecision[] = []
  const judge: Judge = async (signal) => {
    judged.push(signal)
    return logins.includes(signal.person.login) ? undefined : `@${signal.person.login} may not decide.`
  }
  return Object.assign(judge, { judged })
}

const openPull = (overrides: Partial<PullRequestState> = {}): PullRequestState => ({
  number: 7,
  url: 'https://github.com/Codertocat/Hello-World/pull/7',
  author: 'octocat',
  state: 'open',
  headSha: HEAD,
  merged: false,
  labels: [],
  ...overrides
})

const mergedPull = (overrides: Partial<PullRequestState> = {}): PullRequestState =>
  openPull({ state: 'closed', merged: true, mergeCommitSha: MERGE, mergedBy: { login: 'mona', isBot: false }, ...overrides })

describe('alreadyDecided: merges', () => {
  it('a merge approves its merge commit in the name of merged_by, without reading label events', async () => {
    const client = labelEventsClient({})
    const reading = await alreadyDecided(client, repo, [mergedPull()], [MERGE], policy(), allowAll)
    expect(reading.decided).toEqual({
      decision: 'Approved',
      person: { login: 'mona', isBot: false },
      pullRequest: mergedPull(),
      commit: MERGE,
      how: 'merge'
    })
    expect(reading.notes.size).toBe(0)
    expect(client.calls).toEqual([])
  })

  it('a merge decides nothing without approve-on-merge', async () => {
    const reading = await alreadyDecided(labelEventsClient({}), repo, [mergedPull()], [MERGE], policy({ approveOnMerge: false }), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes.size).toBe(0)
  })

  it('a merge decides nothing when its merge commit is not the waiting commit', async () => {
    const reading = await alreadyDecided(labelEventsClient({}), repo, [mergedPull()], [HEAD, OTHER], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
  })

  it('a merge decides nothing without merged_by or a merge commit', async () => {
    expect((await alreadyDecided(labelEventsClient({}), repo, [mergedPull({ mergedBy: undefined })], [MERGE], policy(), allowAll)).decided).toBeUndefined()
    expect((await alreadyDecided(labelEventsClient({}), repo, [mergedPull({ mergeCommitSha: undefined })], [MERGE], policy(), allowAll)).decided).toBeUndefined()
  })

  it('an open pull request is no merge, even when its head is the waiting commit', async () => {
    const reading = await alreadyDecided(labelEventsClient({}), repo, [openPull()], [HEAD], policy(), allowAll)
    expect(reading).toEqual({ decided: undefined, notes: new Map() })
  })

  it('a merge and an approve label on it agree: the merge answers', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['approve-deploy'] })], [MERGE], policy(), allowAll)
    expect(reading.decided).toMatchObject({ decision: 'Approved', how: 'merge', person: { login: 'mona' }, commit: MERGE })
    expect(reading.notes.size).toBe(0)
  })
})

describe('alreadyDecided: labels', () => {
  it('an approve label on an open pull request approves its head, in the name of the last labeller', async () => {
    const client = labelEventsClient({ 7: [labelEvent('first', 'approve-deploy'), labelEvent('second', 'approve-deploy')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toEqual({
      decision: 'Approved',
      person: { login: 'second', isBot: false },
      pullRequest: openPull({ labels: ['approve-deploy'] }),
      commit: HEAD,
      how: 'label',
      label: 'approve-deploy'
    })
    expect(client.calls.map((call) => call.issue_number)).toEqual([7])
  })

  it('a reject label on an open pull request rejects its head', async () => {
    const client = labelEventsClient({ 7: [labelEvent('rita', 'reject-deploy')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['reject-deploy'] })], [OTHER, HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ decision: 'Rejected', person: { login: 'rita' }, commit: HEAD, how: 'label', label: 'reject-deploy' })
  })

  it('a label on a merged pull request vouches for its merge commit, not its head', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] })
    const pull = mergedPull({ labels: ['approve-deploy'] })
    const onMerge = await alreadyDecided(client, repo, [pull], [MERGE], policy({ approveOnMerge: false }), allowAll)
    expect(onMerge.decided).toMatchObject({ decision: 'Approved', how: 'label', commit: MERGE, person: { login: 'lena' } })
    const onHead = await alreadyDecided(client, repo, [pull], [HEAD], policy({ approveOnMerge: false }), allowAll)
    expect(onHead.decided).toBeUndefined()
  })

  it('a label on a pull request closed without merging decides nothing', async () => {
    // Only an open pull request's head, or a merged one's merge commit, is vouched for by its label.
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] })
    const reading = await alreadyDecided(client, repo, [openPull({ state: 'closed', labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
  })

  it('a label never decides for another commit, and then reads no events', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [OTHER], policy(), allowAll)
    expect(reading).toEqual({ decided: undefined, notes: new Map() })
    expect(client.calls).toEqual([])
  })

  it('labels other than approve-label and reject-label decide nothing', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'lgtm')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['lgtm', 'bug'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(client.calls).toEqual([])
  })

  it('reads the labeller from issue events whatever case the event names the label in', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'Approve-Deploy')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ person: { login: 'lena' }, label: 'approve-deploy' })
  })

  it('a labeller that is a bot is named as one', async () => {
    const client = labelEventsClient({ 7: [labelEvent('renovate[bot]', 'approve-deploy', 'labeled', 'Bot')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided?.person).toEqual({ login: 'renovate[bot]', isBot: true })
  })

  it('an unknown labeller decides nothing and leaves a note', async () => {
    // The events say it was taken off again: nobody stands behind the label.
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy'), labelEvent('lena', 'approve-deploy', 'unlabeled')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes).toEqual(new Map([[7, 'GitHub does not say who added approve-deploy, so it answered nothing.']]))
  })

  it('both labels decide nothing and leave a note, reading no events', async () => {
    const client = labelEventsClient({})
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['reject-deploy', 'approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes).toEqual(new Map([[7, 'It carries both approve-deploy and reject-deploy, so neither answered it.']]))
    expect(client.calls).toEqual([])
  })

  it('a merge and a reject label disagree: no decision, a note', async () => {
    const client = labelEventsClient({ 7: [labelEvent('rita', 'reject-deploy')] })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['reject-deploy'] })], [MERGE], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes).toEqual(
      new Map([[7, "What this commit's pull requests say disagrees (#7 was merged, #7 carries reject-deploy), so none of it answered the approval."]])
    )
  })

  it('a merge never approves over a reject label, even one whose labeller is unknown', async () => {
    // The reject label is there (pull.labels), only its events are unreadable
    // or say it was removed: the merge should not answer over it.
    const client = labelEventsClient({ 7: [] })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['reject-deploy'] })], [MERGE], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
  })
})

describe('alreadyDecided: several pull requests', () => {
  it('two pull requests that disagree decide nothing, with a note on both', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')], 9: [labelEvent('rita', 'reject-deploy')] })
    const pulls = [openPull({ labels: ['approve-deploy'] }), openPull({ number: 9, labels: ['reject-deploy'] })]
    const reading = await alreadyDecided(client, repo, pulls, [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    const note = "What this commit's pull requests say disagrees (#7 carries approve-deploy, #9 carries reject-deploy), so none of it answered the approval."
    expect(reading.notes).toEqual(
      new Map([
        [7, note],
        [9, note]
      ])
    )
  })

  it('a merge of one and a reject label on another disagree', async () => {
    const client = labelEventsClient({ 9: [labelEvent('rita', 'reject-deploy')] })
    const pulls = [mergedPull(), openPull({ number: 9, headSha: MERGE, labels: ['reject-deploy'] })]
    const reading = await alreadyDecided(client, repo, pulls, [MERGE], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect([...reading.notes.keys()]).toEqual([7, 9])
  })

  it('two pull requests that agree decide, with the first of them', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')], 9: [labelEvent('otto', 'approve-deploy')] })
    const pulls = [openPull({ labels: ['approve-deploy'] }), openPull({ number: 9, labels: ['approve-deploy'] })]
    const reading = await alreadyDecided(client, repo, pulls, [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ decision: 'Approved', pullRequest: { number: 7 }, person: { login: 'lena' } })
    expect(reading.notes.size).toBe(0)
  })

  it('a pull request that says nothing does not block another that decides, and its notes stay', async () => {
    const client = labelEventsClient({ 9: [labelEvent('rita', 'reject-deploy')] })
    const pulls = [openPull({ labels: ['approve-deploy', 'reject-deploy'] }), openPull({ number: 9, labels: ['reject-deploy'] })]
    const reading = await alreadyDecided(client, repo, pulls, [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ decision: 'Rejected', pullRequest: { number: 9 } })
    expect(reading.notes).toEqual(new Map([[7, 'It carries both approve-deploy and reject-deploy, so neither answered it.']]))
  })

  it('no pull requests: nothing decided, no notes', async () => {
    expect(await alreadyDecided(labelEventsClient({}), repo, [], [HEAD], policy(), allowAll)).toEqual({ decided: undefined, notes: new Map() })
  })
})

describe('alreadyDecided: labels after a rewrite', () => {
  const forcePushed = { event: 'head_ref_force_pushed', created_at: '2026-11-01T09:30:00Z', actor: { login: 'author', type: 'User' } }

  it('a force-push after the label voids it, with a note that says when', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy'), forcePushed] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes.get(7)).toBe(
      'Its commits were rewritten (2026-11-01T09:30:00Z) after approve-deploy was added (2026-11-01T09:00:00Z), so the label vouches for nothing: add it again once the new commits are reviewed.'
    )
  })

  it('a label added again after the force-push vouches again', async () => {
    const again = { ...labelEvent('lena', 'approve-deploy'), created_at: '2026-11-01T10:00:00Z' }
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy'), labelEvent('lena', 'approve-deploy', 'unlabeled'), forcePushed, again] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ decision: 'Approved', person: { login: 'lena' }, how: 'label' })
  })

  it('a base branch change after the label voids it too', async () => {
    const moved = { ...forcePushed, event: 'base_ref_changed' }
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy'), moved] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
  })

  it('a voided reject label still holds back a merge', async () => {
    const client = labelEventsClient({ 7: [labelEvent('rita', 'reject-deploy'), forcePushed] })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['reject-deploy'] })], [MERGE], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
  })
})

describe('alreadyDecided: labels and commits dated after them', () => {
  // The label events are at 2026-11-01T09:00:00Z.
  const before = [pullCommit(OTHER, '2026-11-01T08:00:00Z'), pullCommit(HEAD, '2026-11-01T08:59:59Z')]
  const after = [pullCommit(OTHER, '2026-11-01T08:00:00Z'), pullCommit(HEAD, '2026-11-01T09:05:00Z')]

  it('a label added after every commit vouches for the head, and reads the commits beside the events', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] }, { commits: { 7: before } })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ decision: 'Approved', how: 'label', commit: HEAD })
    expect(client.commitCalls).toEqual([{ pull_number: 7, page: 1 }])
  })

  it('a head committed after the label (a push that raced it, with no synchronize run) voids it, with a note naming the commit', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] }, { commits: { 7: after } })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes.get(7)).toBe(
      `approve-deploy was added (2026-11-01T09:00:00Z) before commit ${HEAD} (committed 2026-11-01T09:05:00Z), so the label vouches for nothing: add it again once that commit is reviewed.`
    )
  })

  it('on a merged pull request, looks at its commits (its head at merge), not at the merge commit GitHub dated later', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] }, { commits: { 7: before } })
    const onMerge = await alreadyDecided(client, repo, [mergedPull({ labels: ['approve-deploy'] })], [MERGE], policy({ approveOnMerge: false }), allowAll)
    expect(onMerge.decided).toMatchObject({ how: 'label', commit: MERGE })
    const late = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] }, { commits: { 7: after } })
    const voided = await alreadyDecided(late, repo, [mergedPull({ labels: ['approve-deploy'] })], [MERGE], policy({ approveOnMerge: false }), allowAll)
    expect(voided.decided).toBeUndefined()
    expect(voided.notes.get(7)).toMatch(/^approve-deploy was added .* before commit a{40} /)
  })

  it('a voided reject label still holds back a merge', async () => {
    const client = labelEventsClient({ 7: [labelEvent('rita', 'reject-deploy')] }, { commits: { 7: after } })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['reject-deploy'] })], [MERGE], policy(), allowAll)
    expect(reading.decided).toBeUndefined()
    expect(reading.notes.get(7)).toMatch(/^What this commit's pull requests say disagrees \(#7 was merged, #7 carries reject-deploy\)/)
  })

  it('commits without dates (a stand-in that leaves them out) are no evidence: the label vouches', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] }, { commits: { 7: [pullCommit(HEAD)] } })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ how: 'label', commit: HEAD })
  })

  it('a label added again after the late commit vouches again', async () => {
    const again = { ...labelEvent('lena', 'approve-deploy'), created_at: '2026-11-01T09:10:00Z' }
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy'), labelEvent('lena', 'approve-deploy', 'unlabeled'), again] }, { commits: { 7: after } })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['approve-deploy'] })], [HEAD], policy(), allowAll)
    expect(reading.decided).toMatchObject({ how: 'label', person: { login: 'lena' } })
  })
})

describe('alreadyDecided: who may decide', () => {
  it('asks the judge about every signal, with the commit each vouches for', async () => {
    const judge = allowOnly('mona', 'lena')
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] })
    await alreadyDecided(client, repo, [mergedPull({ labels: ['approve-deploy'] })], [MERGE], policy(), judge)
    expect(judge.judged.map((signal) => [signal.how, signal.person.login, signal.commit])).toEqual([
      ['merge', 'mona', MERGE],
      ['label', 'lena', MERGE]
    ])
  })

  it('a merger who may not approve is set aside, and an allowed labeller of the same pull request decides', async () => {
    const client = labelEventsClient({ 7: [labelEvent('lena', 'approve-deploy')] })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['approve-deploy'] })], [MERGE], policy(), allowOnly('lena'))
    expect(reading.decided).toMatchObject({ how: 'label', person: { login: 'lena' } })
    expect(reading.notes.get(7)).toBe('@mona merged this pull request but may not approve its deployment, so that answered nothing.')
  })

  it('nobody allowed: nothing decided, a note naming each', async () => {
    const client = labelEventsClient({ 9: [labelEvent('otto', 'approve-deploy')] })
    const pulls = [mergedPull(), openPull({ number: 9, headSha: MERGE, labels: ['approve-deploy'] })]
    const reading = await alreadyDecided(client, repo, pulls, [MERGE], policy(), allowOnly())
    expect(reading.decided).toBeUndefined()
    expect(reading.notes).toEqual(
      new Map([
        [7, '@mona merged this pull request but may not approve its deployment, so that answered nothing.'],
        [9, '@otto added approve-deploy to this pull request but may not approve its deployment, so that answered nothing.']
      ])
    )
  })

  it('a reject label by someone who may not reject still holds back an allowed merge', async () => {
    // Failing safe: an early approval is a convenience, and a no from anyone makes a person decide.
    const client = labelEventsClient({ 7: [labelEvent('tess', 'reject-deploy')] })
    const reading = await alreadyDecided(client, repo, [mergedPull({ labels: ['reject-deploy'] })], [MERGE], policy(), allowOnly('mona'))
    expect(reading.decided).toBeUndefined()
    expect(reading.notes.get(7)).toMatch(/^What this commit's pull requests say disagrees \(#7 was merged, #7 carries reject-deploy\)/)
  })

  it('a reject label by someone who may not reject rejects nothing', async () => {
    const client = labelEventsClient({ 7: [labelEvent('tess', 'reject-deploy')] })
    const reading = await alreadyDecided(client, repo, [openPull({ labels: ['reject-deploy'] })], [HEAD], policy(), allowOnly())
    expect(reading.decided).toBeUndefined()
    expect(reading.notes.get(7)).toBe('@tess added reject-deploy to this pull request but may not reject its deployment, so that answered nothing.')
  })

  it('a judge that fails (GitHub down) fails the reading rather than deciding', async () => {
    const client = labelEventsClient({})
    const judge: Judge = async () => {
      throw new Error('GitHub is down')
    }
    await expect(alreadyDecided(client, repo, [mergedPull()], [MERGE], policy(), judge)).rejects.toThrow('GitHub is down')
  })
})
