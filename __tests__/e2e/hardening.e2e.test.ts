import { describe, expect, it } from '@jest/globals'
import { primaryRateLimit, secondaryRateLimit, tooManyRequests } from '../support/github-server.js'
import { example, PR_HEAD, PR_MERGE_COMMIT } from '../support/payloads.js'
import { failureMessage, unexpectedStderr, type ActionRun } from './support/run-action.js'
import { commentRun, expectRefused as expectSharedRefusal } from './support/refusals.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

// A commit of another pull request (#7), and one whose 7-digit prefix
// collides with the head's: what a pull request author could grind out.
const OTHER_PR_COMMIT = '0123456789abcdef0123456789abcdef01234567'
const COLLIDING = 'ec26c3e000000000000000000000000000000000'
const EARLIER = '1111111111111111111111111111111111111111'

describe.each(runtimes())('dist/index.js under $name: the gate holds against replays, forged pins and faults', ({ node }) => {
  const standIns = useStandIns()
  const sent = () => standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')

  const comment = commentRun

  const expectRefused = (run: ActionRun, message: string | RegExp, options?: { askedAws?: boolean }): void => expectSharedRefusal(standIns, run, message, options)

  describe('re-runs', () => {
    it("refuses a re-run of an approver's comment by someone who may not approve, naming both", async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.mallory = 'read'
      const run = await standIns.run(node, { ...comment('/approve-deploy'), env: { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'mallory' } })
      expectRefused(
        run,
        "@mallory re-ran @Codertocat's request (run attempt 2), and @mallory has the read role on Codertocat/Hello-World, and to approve a deployment needs at least write, so nothing was sent: ask @Codertocat or another approver to act."
      )
    })

    it('refuses a re-run by the pull request author when allow-self-approval is false', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.alice = 'write'
      const run = await standIns.run(node, {
        ...comment('/approve-deploy', { author: 'alice' }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'allow-self-approval': 'false' },
        env: { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'Codertocat' }
      })
      expectRefused(run, /^@Codertocat re-ran @alice's request \(run attempt 2\), and @Codertocat opened pull request #2 and allow-self-approval is false, so nothing was sent/)
    })

    it('names both people in the summary when another approver re-runs a comment', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = 'maintain'
      const run = await standIns.run(node, { ...comment('/approve-deploy'), env: { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'bob' } })
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.summary).toBe(
        `Approved by @Codertocat (re-run by @bob) via https://github.com/Codertocat/Hello-World/pull/2 (commit ${PR_HEAD})`
      )
      // An unpinned comment on a re-run vouches for the head as it is now: the log says so.
      expect(run.stdout).toContain('::warning::This is a re-run of a comment that names no commit')
    })

    it('acts, on a re-run of a workflow step, for whoever pressed the button', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      const run = await standIns.run(node, {
        eventName: 'push',
        payload: example('push'),
        actor: 'alice',
        inputs: { 'pipeline-name': 'shop-pipeline', decision: 'approved', revision: PR_HEAD },
        env: { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'bob' }
      })
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.summary).toMatch(/^Approved by @bob via /)
      expect(run.outputs).toMatchObject({ actor: 'bob' })
    })

    it('with allow-self-approval false, refuses someone who wrote a commit of the pull request, before anything is sent', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = 'write'
      standIns.github.state.pulls[2]!.commitAuthors = { [PR_HEAD]: 'bob' }
      const run = await standIns.run(node, { ...comment('/approve-deploy', { author: 'bob' }), inputs: { 'pipeline-name': 'shop-pipeline', 'allow-self-approval': 'false' } })
      expectRefused(
        run,
        '@bob wrote code of pull request #2 (a commit, or another pull request of the same commit) and allow-self-approval is false, so @bob may not approve its deployment: ask another approver.',
        { askedAws: true }
      )
    })

    it('lets the person who commented re-run their own request', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      const run = await standIns.run(node, { ...comment('/approve-deploy'), env: { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'Codertocat' } })
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    })
  })

  describe('pins', () => {
    it('refuses a pin of a commit that belongs to another pull request', async () => {
      standIns.waitingFor(OTHER_PR_COMMIT)
      standIns.github.state.pulls[7] = { headSha: OTHER_PR_COMMIT, merged: false, mergeCommitSha: null, author: 'alice' }
      const run = await standIns.run(node, comment(`/approve-deploy ${OTHER_PR_COMMIT}`))
      expectRefused(
        run,
        `The pinned commit ${OTHER_PR_COMMIT} is not a commit of pull request #2 (its head is ec26c3e), so nothing was sent: pin a commit of this pull request, the one you reviewed.`
      )
    })

    it('approves a pin of an earlier commit of the pull request, recording the full SHA', async () => {
      const { token } = standIns.waitingFor(EARLIER)
      standIns.github.state.pulls[2]!.commits = [EARLIER, PR_HEAD]
      const run = await standIns.run(node, comment('/approve-deploy 1111111 tested on staging'))
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.summary).toBe(
        `Approved by @Codertocat via https://github.com/Codertocat/Hello-World/pull/2 (commit ${EARLIER}): tested on staging`
      )
      expect(run.outputs).toMatchObject({ outcome: 'sent', revision: EARLIER })
      const reply = standIns.github.commentsOn(2)[0]?.body ?? ''
      expect(reply).toContain(`| Commit | \`${EARLIER}\` (matches this pull request) |`)
      expect(run.stepSummary).toContain(EARLIER)
    })

    it('refuses a short pin that matches two commits of the pull request', async () => {
      standIns.waitingFor(COLLIDING)
      standIns.github.state.pulls[2]!.commits = [PR_HEAD, COLLIDING]
      const run = await standIns.run(node, comment('/approve-deploy ec26c3e'))
      expectRefused(
        run,
        `The pinned commit ec26c3e matches 2 commits of pull request #2 (${PR_HEAD}, ${COLLIDING}), so nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
      )
    })

    it('refuses a short pin after a force-push later than the comment, and takes the full SHA', async () => {
      // The reviewed head was force-pushed away for a commit with the same prefix.
      standIns.waitingFor(COLLIDING)
      const pull = standIns.github.state.pulls[2]!
      pull.headSha = COLLIDING
      pull.commits = [COLLIDING]
      pull.timeline = [{ event: 'head_ref_force_pushed', created_at: '2026-11-01T10:05:00Z', actor: 'Codertocat' }]
      const createdAt = '2026-11-01T10:00:00Z'
      const run = await standIns.run(node, comment('/approve-deploy ec26c3e', { createdAt }))
      expectRefused(
        run,
        'Pull request #2 was force-pushed at 2026-11-01T10:05:00Z, after the command was written (2026-11-01T10:00:00Z), so the short pin ec26c3e may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
      )
      const full = await standIns.run(node, comment(`/approve-deploy ${COLLIDING}`, { createdAt }))
      expect(full.exitCode).toBe(0)
      expect(sent()).toHaveLength(1)
    })

    it('refuses a short pin after the base branch changed later than the comment', async () => {
      standIns.waitingFor(COLLIDING)
      const pull = standIns.github.state.pulls[2]!
      pull.commits = [COLLIDING, PR_HEAD]
      pull.headSha = PR_HEAD
      pull.timeline = [{ event: 'base_ref_changed', created_at: '2026-11-01T10:05:00Z' }]
      const run = await standIns.run(node, comment('/approve-deploy ec26c3e0', { createdAt: '2026-11-01T10:00:00Z' }))
      expectRefused(run, /^Pull request #2 had its base branch changed at 2026-11-01T10:05:00Z, after the command was written/)
    })

    it.each([
      ['`ec26c3e`', 'backticks'],
      ['ec26c3e:', 'a colon'],
      ['ec26c3e,', 'a comma'],
      ['**ec26c3e**', 'bold'],
      ['ec2\u20606c3e', 'a word joiner inside']
    ])('reads %s (%s) as the pin', async (word) => {
      const { token } = standIns.waitingFor(PR_HEAD)
      const run = await standIns.run(node, comment(`/approve-deploy ${word} looks good`))
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.summary).toMatch(new RegExp(`\\(commit ${PR_HEAD}\\): looks good$`))
    })

    it.each([
      ['6 hex digits', '/approve-deploy ec26c3 ok'],
      ['41 hex digits', `/approve-deploy ${PR_HEAD}0 ok`],
      ['a SHA after other words', `/approve-deploy tested ${PR_MERGE_COMMIT.slice(0, 7)}`],
      ['a SHA on the next line', `/approve-deploy\n${PR_MERGE_COMMIT.slice(0, 7)}`],
      ['sha:<prefix>', `/approve-deploy sha:${PR_MERGE_COMMIT.slice(0, 7)}`],
      ['a commit URL', `/approve-deploy https://github.com/Codertocat/Hello-World/pull/2/commits/${PR_MERGE_COMMIT}`],
      ['a look-alike letter from another script', '/approve-deploy \u04414295bd']
    ])('refuses %s rather than approving the head', async (_what, body) => {
      standIns.waitingFor(PR_HEAD)
      const run = await standIns.run(node, comment(body))
      expectRefused(run, /nothing was sent: (name the commit you reviewed|put the commit right after the command),? as in "\/approve-deploy c4295bd reason"/)
    })

    it('never lets a pin in a comment override the revision input: both must match', async () => {
      standIns.waitingFor(PR_HEAD)
      const run = await standIns.run(node, {
        ...comment('/approve-deploy ec26c3e'),
        inputs: { 'pipeline-name': 'shop-pipeline', revision: PR_MERGE_COMMIT, 'revision-check': 'strict' }
      })
      expectRefused(run, /^The approval Deploy\/Approve in pipeline "shop-pipeline" waits for commit ec26c3e, but the revision input is c4295bd, so nothing was sent/, {
        askedAws: true
      })
    })
  })

  describe('GitHub rate limits', () => {
    it('waits out a secondary rate limit as GitHub asks, then approves', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.inject(secondaryRateLimit(/\/permission$/, 1))
      const run = await standIns.run(node, comment('/approve-deploy'))
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      expect(standIns.github.calls.filter((call) => call.path.endsWith('/permission')).map((call) => call.status)).toEqual([403, 200])
      expect(run.stdout).toContain('GitHub rate limit on GET /repos/{owner}/{repo}/collaborators/{username}/permission: waiting 1 s')
    })

    it('fails closed on a spent primary limit, saying "rate limit" and when it resets', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.inject(primaryRateLimit(/\/permission$/, 3600, 5))
      const run = await standIns.run(node, comment('/approve-deploy'))
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toMatch(
        /^Could not read @Codertocat's role on Codertocat\/Hello-World: GitHub's API rate limit for the token is spent until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(HTTP 403\); run the job again after that\.$/
      )
      expect(run.outputs).toMatchObject({ outcome: 'failed' })
      expect(standIns.pipeline.requests).toEqual([])
      expect(standIns.github.calls.filter((call) => call.path.endsWith('/permission'))).toHaveLength(1)
    })

    it.each([
      ['429 "Too many requests"', 429],
      ['403 "Forbidden"', 403]
    ] as const)('waits out a %s with retry-after, which does not say "secondary rate", then approves', async (_what, status) => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.inject(tooManyRequests(/\/permission$/, 1, 1, status))
      const run = await standIns.run(node, comment('/approve-deploy'))
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      expect(standIns.github.calls.filter((call) => call.path.endsWith('/permission')).map((call) => call.status)).toEqual([status, 200])
      expect(run.stdout).toContain('GitHub rate limit on GET /repos/{owner}/{repo}/collaborators/{username}/permission: waiting 1 s')
    })

    it('fails closed on a 429 that outlasts what a run may wait, saying "rate limit" and when it lifts', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.inject(tooManyRequests(/\/permission$/, 3600, 5))
      const run = await standIns.run(node, comment('/approve-deploy'))
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toMatch(
        /^Could not read @Codertocat's role on Codertocat\/Hello-World: GitHub's secondary rate limit for the token is spent until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(HTTP 429\); run the job again after that\.$/
      )
      expect(run.outputs).toMatchObject({ outcome: 'failed' })
      expect(standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')).toEqual([])
      expect(standIns.github.calls.filter((call) => call.path.endsWith('/permission'))).toHaveLength(1)
      expect(run.durationMs).toBeLessThan(30_000)
    })
  })

  describe('faults while waiting', () => {
    it('keeps polling through throttling and 5xx until the approval waits', async () => {
      const { token } = standIns.waitingFor(PR_HEAD, { afterPolls: 1 })
      // Each fault outlasts the SDK's own three attempts.
      standIns.pipeline.inject({ kind: 'throttle', operation: 'GetPipelineState', times: 3 }).inject({ kind: 'error503', operation: 'GetPipelineState', times: 3 })
      const run = await standIns.run(node, { ...comment('/approve-deploy'), inputs: { 'pipeline-name': 'shop-pipeline', 'wait-timeout': '60', 'poll-interval': '1' } })
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      expect(run.stdout).toMatch(/Waiting \(check 1\): CodePipeline kept throttling GetPipelineState after 3 attempts; checking again in 1 s/)
      expect(run.stdout).toMatch(/Waiting \(check 2\): CodePipeline failed GetPipelineState with HTTP 503 after 3 attempts; checking again/)
      expect(run.stdout).toContain('::group::Waiting up to 60 s for the approval in pipeline "shop-pipeline"')
      expect(run.stdout).toContain('::endgroup::')
    })

    it('ends the wait at once on an error that will not heal', async () => {
      standIns.waitingFor(PR_HEAD, { afterPolls: 5 })
      standIns.pipeline.inject({ kind: 'error', operation: 'GetPipelineState', times: 1, error: { type: 'AccessDeniedException', message: 'not authorized' } })
      const run = await standIns.run(node, { ...comment('/approve-deploy'), inputs: { 'pipeline-name': 'shop-pipeline', 'wait-timeout': '600', 'poll-interval': '1' } })
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe(
        "The AWS credentials may not call codepipeline:GetPipelineState (not authorized): allow codepipeline:GetPipelineState on the pipeline in the role's IAM policy."
      )
      expect(run.outputs).toMatchObject({ outcome: 'failed' })
      expect(run.durationMs).toBeLessThan(30_000)
    })
  })

  describe('outputs on every ending', () => {
    it('sets outcome failed and error when something broke', async () => {
      standIns.waitingFor(PR_HEAD)
      const run = await standIns.run(node, {
        eventName: 'push',
        payload: example('push'),
        inputs: { 'pipeline-name': 'no-such-pipeline', decision: 'approved' }
      })
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({
        outcome: 'failed',
        error: 'CodePipeline found no pipeline "no-such-pipeline" in us-east-1: check pipeline-name and aws-region.',
        decision: ''
      })
    })

    it('sets outcome failed and error for bad input, before any request', async () => {
      const run = await standIns.run(node, { ...comment('/approve-deploy'), inputs: { 'pipeline-name': 'shop pipeline' } })
      expect(run.exitCode).toBe(1)
      expect(run.outputs).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/^Input pipeline-name "shop pipeline" is not a valid CodePipeline name/) })
      expect(standIns.github.calls).toEqual([])
    })
  })
})
