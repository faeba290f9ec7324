import { describe, expect, it } from '@jest/globals'
import { PR_HEAD } from '../support/payloads.js'
import { unexpectedStderr, warnings, type ActionRun } from './support/run-action.js'
import { commentRun, expectRefused as expectSharedRefusal } from './support/refusals.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

// A pull request longer than the 250 commits GitHub lists: commit 251 was
// reviewed, and its writer then pushed (no force-push) a head with the same
// seven-digit prefix, which GitHub's listing does not show either.
const FILLER = Array.from({ length: 250 }, (_, index) => `f${index.toString(16).padStart(39, '0')}`)
const REVIEWED = 'ab12cd3000000000000000000000000000000001'
const TWIN_HEAD = 'ab12cd3fffffffffffffffffffffffffffffffff'
const OTHER_PR_COMMIT = '0123456789abcdef0123456789abcdef01234567'
const COMMENTED = '2026-11-01T10:00:00Z'

describe.each(runtimes())('dist/index.js under $name: the commit approved is the one reviewed', ({ node }) => {
  const standIns = useStandIns()

  const comment = (body: string, options: { author?: string; createdAt?: string } = {}) => commentRun(body, { createdAt: COMMENTED, ...options })

  /** The pull request as the writer left it: 252 commits, the last two unlisted. */
  function longPullRequest(): void {
    const pull = standIns.github.state.pulls[2]!
    pull.commits = [...FILLER, REVIEWED, TWIN_HEAD]
    pull.headSha = TWIN_HEAD
  }

  const expectRefused = (run: ActionRun, message: string | RegExp, options?: { askedAws?: boolean }): void => expectSharedRefusal(standIns, run, message, options)

  describe('pull requests with more commits than GitHub lists', () => {
    it('refuses a short pin, though only the new head among the commits seen matches it', async () => {
      standIns.waitingFor(TWIN_HEAD)
      longPullRequest()
      const run = await standIns.run(node, comment('/approve-deploy ab12cd3'))
      expectRefused(
        run,
        'Pull request #2 has 252 commits, more than the 250 GitHub lists, so the short pin ab12cd3 cannot be checked against all of them and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.'
      )
    })

    it('takes the full SHA of an unlisted commit that GitHub names a commit of the pull request', async () => {
      const { token } = standIns.waitingFor(REVIEWED)
      longPullRequest()
      const run = await standIns.run(node, comment(`/approve-deploy ${REVIEWED}`))
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.summary).toBe(`Approved by @Codertocat via https://github.com/Codertocat/Hello-World/pull/2 (commit ${REVIEWED})`)
      expect(standIns.github.routes()).toContain(`GET /repos/Codertocat/Hello-World/commits/${REVIEWED}/pulls`)
    })

    it('refuses the full SHA of a commit of another pull request', async () => {
      standIns.waitingFor(OTHER_PR_COMMIT)
      longPullRequest()
      standIns.github.state.pulls[7] = { headSha: OTHER_PR_COMMIT, merged: false, mergeCommitSha: null, author: 'alice' }
      const run = await standIns.run(node, comment(`/approve-deploy ${OTHER_PR_COMMIT}`))
      expectRefused(
        run,
        `The pinned commit ${OTHER_PR_COMMIT} is not a commit of pull request #2 (its head is ab12cd3), so nothing was sent: pin a commit of this pull request, the one you reviewed.`
      )
    })

    it('refuses a comment without a pin, whose head is past what GitHub lists and cannot be dated', async () => {
      standIns.waitingFor(TWIN_HEAD)
      longPullRequest()
      const run = await standIns.run(node, comment('/approve-deploy'))
      expectRefused(run, /^Pull request #2 has 252 commits, more than the 250 GitHub lists, so when its head ab12cd3 was committed cannot be checked/)
    })

    it('with allow-self-approval false, refuses when who wrote every commit cannot be read', async () => {
      standIns.waitingFor(TWIN_HEAD)
      longPullRequest()
      standIns.github.state.roles.bob = 'write'
      const run = await standIns.run(node, {
        ...comment(`/approve-deploy ${TWIN_HEAD}`, { author: 'bob' }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'allow-self-approval': 'false' }
      })
      expectRefused(
        run,
        'The action cannot check who wrote all 252 commits of pull request #2, because GitHub lists only 250 and allow-self-approval is false, so nothing was sent: squash the pull request to 250 commits or fewer, or answer the approval in the CodePipeline console.',
        { askedAws: true }
      )
    })
  })

  describe('allow-self-approval false and who wrote the commits', () => {
    const selfApproval = { 'pipeline-name': 'shop-pipeline', 'allow-self-approval': 'false' }

    it('refuses whoever committed a commit, though Git names someone else its author', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = 'write'
      Object.assign(standIns.github.state.pulls[2]!, { commitAuthors: { [PR_HEAD]: 'alice' }, commitCommitters: { [PR_HEAD]: 'bob' } })
      const run = await standIns.run(node, { ...comment('/approve-deploy', { author: 'bob' }), inputs: selfApproval })
      expectRefused(
        run,
        '@bob wrote code of pull request #2 (a commit, or another pull request of the same commit) and allow-self-approval is false, so @bob may not approve its deployment: ask another approver.',
        { askedAws: true }
      )
    })

    it('refuses when a commit has no GitHub account as its author, naming the commit', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = 'write'
      standIns.github.state.pulls[2]!.commitAuthors = { [PR_HEAD]: null }
      const run = await standIns.run(node, { ...comment('/approve-deploy', { author: 'bob' }), inputs: selfApproval })
      expectRefused(
        run,
        "Commit ec26c3e of pull request #2 has an author e-mail that belongs to no GitHub account, so who wrote it cannot be checked while allow-self-approval is false and nothing was sent: link that e-mail to the author's GitHub account, or set allow-self-approval: true.",
        { askedAws: true }
      )
    })

    it('lets an approver reject though a commit has no GitHub account as its author: stopping a deployment needs no review', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = 'write'
      standIns.github.state.pulls[2]!.commitAuthors = { [PR_HEAD]: null }
      const run = await standIns.run(node, { ...comment('/reject-deploy broken', { author: 'bob' }), inputs: selfApproval })
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Failed')
    })

    it('still lets someone who wrote none of it approve', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = 'write'
      const run = await standIns.run(node, { ...comment('/approve-deploy', { author: 'bob' }), inputs: selfApproval })
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    })
  })

  describe('a comment without a pin vouches for the head as it was when written', () => {
    const fix = 'review ec26c3e and comment again, or pin the commit you reviewed ("/approve-deploy <sha>").'

    it('refuses a head committed after the comment (a push that raced a queued job)', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.pulls[2]!.commitDates = { [PR_HEAD]: '2026-11-01T10:01:00Z' }
      const run = await standIns.run(node, comment('/approve-deploy'))
      expectRefused(
        run,
        `The head of pull request #2, ec26c3e, was committed at 2026-11-01T10:01:00Z, after the command was written (${COMMENTED}), so nobody may have reviewed it and nothing was sent: ${fix}`
      )
    })

    it('refuses a head force-pushed after the comment, whatever date its commit carries', async () => {
      standIns.waitingFor(PR_HEAD)
      const pull = standIns.github.state.pulls[2]!
      pull.commitDates = { [PR_HEAD]: '2026-11-01T09:00:00Z' }
      pull.timeline = [{ event: 'head_ref_force_pushed', created_at: '2026-11-01T10:05:00Z', actor: 'mallory' }]
      const run = await standIns.run(node, comment('/approve-deploy'))
      expectRefused(
        run,
        `Pull request #2 was force-pushed at 2026-11-01T10:05:00Z, after the command was written (${COMMENTED}), so its head ec26c3e may not be the commit that was reviewed and nothing was sent: ${fix}`
      )
    })

    it('approves a head committed and pushed before the comment, and a re-run of it warns of nothing', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      const pull = standIns.github.state.pulls[2]!
      pull.commitDates = { [PR_HEAD]: '2026-11-01T09:59:00Z' }
      pull.timeline = [{ event: 'head_ref_force_pushed', created_at: '2026-11-01T09:30:00Z' }]
      const run = await standIns.run(node, { ...comment('/approve-deploy'), env: { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'Codertocat' } })
      expect(unexpectedStderr(run)).toBe('')
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      expect(warnings(run).filter((warning) => warning.startsWith('This is a re-run'))).toEqual([])
    })

    it('lets a rejection through: stopping a deployment needs no review', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      const pull = standIns.github.state.pulls[2]!
      pull.commitDates = { [PR_HEAD]: '2026-11-01T10:01:00Z' }
      pull.timeline = [{ event: 'head_ref_force_pushed', created_at: '2026-11-01T10:05:00Z' }]
      const run = await standIns.run(node, comment('/reject-deploy'))
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Failed')
    })

    it('lets a pin of the reviewed commit through after the head moved on', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.state.pulls[2]!.commitDates = { [PR_HEAD]: '2026-11-01T10:01:00Z' }
      const run = await standIns.run(node, comment(`/approve-deploy ${PR_HEAD}`))
      expect(run.exitCode).toBe(0)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    })
  })
})
