import { describe, expect, it } from '@jest/globals'
import { interpretEvent, isBotLogin, type DeploymentRequest } from '../src/interpret-event.js'
import { defaultInputs, eventContext } from './support/events.js'
import { closedEvent, commentEvent, example, labeledEvent, PR_AUTHOR, PR_HEAD, PR_MERGE_COMMIT, PR_URL } from './support/payloads.js'

function request(result: ReturnType<typeof interpretEvent>): DeploymentRequest {
  if (!result.act) throw new Error(`expected a request, got a skip: ${result.reason}`)
  return result.request
}

function skipReason(result: ReturnType<typeof interpretEvent>): string {
  if (result.act) throw new Error('expected a skip')
  return result.reason
}

describe('interpretEvent with decision auto', () => {
  it('reads an /approve-deploy comment on a pull request, with who wrote it', () => {
    const result = interpretEvent(eventContext('issue_comment', commentEvent({ body: '/approve-deploy', author: 'alice' })), defaultInputs())
    expect(request(result)).toEqual({
      decision: 'Approved',
      trigger: 'comment',
      actor: { login: 'alice', isBot: false },
      sender: { login: 'alice', isBot: false },
      pullRequest: { number: 2, url: PR_URL, author: PR_AUTHOR, merged: false },
      commentId: 492700400,
      commentCreatedAt: '2019-05-15T15:20:21Z',
      pinnedCommit: undefined,
      pinProblem: undefined,
      reason: undefined
    })
  })

  it("keeps when the comment was written, so a later force-push can void a short pin", () => {
    const payload = commentEvent({ body: '/approve-deploy c4295bd' })
    payload.comment!.created_at = '2026-11-25T09:59:00Z'
    expect(request(interpretEvent(eventContext('issue_comment', payload), defaultInputs()))).toMatchObject({
      pinnedCommit: 'c4295bd',
      commentCreatedAt: '2026-11-25T09:59:00Z'
    })
  })

  it('carries a misplaced pin as a problem to refuse later, rather than approving the head', () => {
    const misplaced = request(
      interpretEvent(eventContext('issue_comment', commentEvent({ body: '/approve-deploy looks good c4295bd' })), defaultInputs())
    )
    expect(misplaced).toMatchObject({
      decision: 'Approved',
      pinnedCommit: undefined,
      pinProblem:
        'The comment names "c4295bd", which looks like a commit but is not the pin right after the command, so it is not read as the commit you reviewed and nothing was sent: put the commit right after the command, as in "/approve-deploy c4295bd reason".',
      reason: 'looks good c4295bd'
    })
  })

  it('carries the problem of a word after the command that is not a pin', () => {
    const short = request(interpretEvent(eventContext('issue_comment', commentEvent({ body: '/reject-deploy c4295b broke it' })), defaultInputs()))
    expect(short).toMatchObject({
      decision: 'Rejected',
      pinnedCommit: undefined,
      pinProblem:
        '"c4295b" after the command is not a commit SHA of 7 to 40 hex digits, so nothing was sent: name the commit you reviewed as in "/reject-deploy c4295bd reason", or start the reason with a word.'
    })
  })

  it('reads /reject-deploy with a pinned commit and a reason', () => {
    const result = interpretEvent(
      eventContext('issue_comment', commentEvent({ body: '/reject-deploy c4295bd smoke tests fail' })),
      defaultInputs()
    )
    expect(request(result)).toMatchObject({ decision: 'Rejected', pinnedCommit: 'c4295bd', reason: 'smoke tests fail' })
  })

  it('marks a bot that comments', () => {
    const result = interpretEvent(
      eventContext('issue_comment', commentEvent({ body: '/approve-deploy', author: 'renovate[bot]', authorType: 'Bot' })),
      defaultInputs()
    )
    expect(request(result).actor).toEqual({ login: 'renovate[bot]', isBot: true })
  })

  it.each([
    ['edited', 'Skipped: the comment was edited, and only new comments are read.'],
    ['deleted', 'Skipped: the comment was deleted, and only new comments are read.']
  ])('skips a comment that was %s', (action, reason) => {
    const result = interpretEvent(eventContext('issue_comment', commentEvent({ body: '/approve-deploy', action })), defaultInputs())
    expect(skipReason(result)).toBe(reason)
  })

  it('skips a command on an issue', () => {
    const result = interpretEvent(
      eventContext('issue_comment', commentEvent({ body: '/approve-deploy', onPullRequest: false })),
      defaultInputs()
    )
    expect(skipReason(result)).toBe('Skipped: the comment is on an issue, not on a pull request.')
  })

  it.each(['LGTM', '/approve-deployment', '> /approve-deploy', 'We should /approve-deploy later'])('skips the comment %j', (body) => {
    const result = interpretEvent(eventContext('issue_comment', commentEvent({ body })), defaultInputs())
    expect(skipReason(result)).toBe('Skipped: the comment does not start with /approve-deploy or /reject-deploy.')
  })

  it.each(['pull_request', 'pull_request_target'])('approves a merged pull request (%s), acted on by the merger', (eventName) => {
    const result = interpretEvent(eventContext(eventName, closedEvent({ merged: true, sender: 'merger' })), defaultInputs())
    expect(request(result)).toEqual({
      decision: 'Approved',
      trigger: 'merge',
      actor: { login: 'merger', isBot: false },
      sender: { login: 'merger', isBot: false },
      pullRequest: { number: 2, url: PR_URL, author: PR_AUTHOR, headSha: PR_HEAD, merged: true, mergeCommitSha: PR_MERGE_COMMIT }
    })
  })

  it('skips a merge when approve-on-merge is false', () => {
    const result = interpretEvent(eventContext('pull_request', closedEvent({ merged: true })), defaultInputs({ approveOnMerge: false }))
    expect(skipReason(result)).toBe('Skipped: pull request #2 was merged, and approve-on-merge is false.')
  })

  it('skips a pull request closed without merging, unless reject-on-close is set', () => {
    const event = eventContext('pull_request_target', closedEvent({ merged: false }))
    expect(skipReason(interpretEvent(event, defaultInputs()))).toBe(
      'Skipped: pull request #2 was closed without merging, and reject-on-close is false.'
    )
    const rejected = request(interpretEvent(event, defaultInputs({ rejectOnClose: true })))
    expect(rejected).toMatchObject({ decision: 'Rejected', trigger: 'close' })
    // An unmerged pull request's merge_commit_sha is only GitHub's test merge: it vouches for nothing.
    expect(rejected.pullRequest?.mergeCommitSha).toBeUndefined()
  })

  it.each([
    ['approve-deploy', 'Approved'],
    ['Approve-Deploy', 'Approved'],
    ['reject-deploy', 'Rejected']
  ])('acts on the label %s that was added, for whoever added it', (label, decision) => {
    const result = interpretEvent(eventContext('pull_request', labeledEvent({ label, sender: 'labeller' })), defaultInputs())
    expect(request(result)).toMatchObject({ decision, trigger: 'label', actor: { login: 'labeller', isBot: false } })
  })

  it('skips other labels', () => {
    const result = interpretEvent(eventContext('pull_request', labeledEvent({ label: 'bug' })), defaultInputs())
    expect(skipReason(result)).toBe('Skipped: the label "bug" is neither approve-deploy nor reject-deploy.')
  })

  it.each(['opened', 'synchronize', 'unlabeled', 'reopened'])('skips pull_request %s', (action) => {
    const result = interpretEvent(eventContext('pull_request', example('pull_request', action)), defaultInputs())
    expect(skipReason(result)).toBe(`Skipped: pull_request "${action}" events ask nothing; merges, labels and comment commands do.`)
  })

  it.each(['push', 'workflow_dispatch'])('skips %s events', (eventName) => {
    const result = interpretEvent(eventContext(eventName, example(eventName)), defaultInputs())
    expect(skipReason(result)).toBe(
      `Skipped: ${eventName} events ask nothing while decision is auto; set decision to approved or rejected to act on them.`
    )
  })
})

describe('isBotLogin', () => {
  it.each([
    ['renovate[bot]', true],
    ['github-actions[bot]', true],
    ['dependabot', false],
    ['[bot]alice', false],
    ['alice', false]
  ])('%s: %s', (login, bot) => {
    expect(isBotLogin(login)).toBe(bot)
  })
})

describe('interpretEvent with an explicit decision', () => {
  it('acts on any event for whoever started the run, without a pull request', () => {
    const result = interpretEvent(eventContext('push', example('push'), 'deployer'), defaultInputs({ decision: 'Approved' }))
    expect(request(result)).toEqual({ decision: 'Approved', trigger: 'input', actor: { login: 'deployer', isBot: false }, pullRequest: undefined })
  })

  it('acts for whoever started this attempt: on a re-run, the person who pressed the button', () => {
    const rerun = { ...eventContext('push', example('push'), 'alice'), runAttempt: 3, triggeringActor: 'bob' }
    expect(request(interpretEvent(rerun, defaultInputs({ decision: 'Approved' })))).toMatchObject({ actor: { login: 'bob', isBot: false } })
  })

  it('keeps the pull request of a pull request event', () => {
    const result = interpretEvent(eventContext('pull_request', example('pull_request', 'opened')), defaultInputs({ decision: 'Rejected' }))
    expect(request(result)).toMatchObject({ decision: 'Rejected', trigger: 'input', pullRequest: { number: 2, headSha: PR_HEAD, merged: false } })
  })

  it('keeps the pull request of a comment event, whatever the comment says', () => {
    const result = interpretEvent(eventContext('issue_comment', commentEvent({ body: 'hello' })), defaultInputs({ decision: 'Approved' }))
    expect(request(result)).toMatchObject({ trigger: 'input', pullRequest: { number: 2, url: PR_URL, merged: false } })
  })

  it('marks a bot that started the run', () => {
    const result = interpretEvent(eventContext('push', example('push'), 'github-actions[bot]'), defaultInputs({ decision: 'Approved' }))
    expect(request(result).actor).toEqual({ login: 'github-actions[bot]', isBot: true })
  })
})
