import { describe, expect, it } from '@jest/globals'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { approvalEvent, dispatchBodyFromTemplate, repositoryDispatchPayload, type ApprovalState } from '../support/input-transformer.js'
import { closedEvent, commentEvent, example, labeledEvent, PR_HEAD, PR_MERGE_COMMIT, PR_URL, REPOSITORY } from '../support/payloads.js'
import { shopPipeline } from '../support/pipelines.js'
import { failureMessage, notices, unexpectedStderr, warnings, type ActionRun } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

const DIRECT_PUSH = 'd1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1'
const CONSOLE = /https:\/\/us-east-1\.console\.aws\.amazon\.com\/codesuite\/codepipeline\/pipelines\/shop-pipeline\/executions\/[0-9a-f-]{36}\/timeline\?region=us-east-1/

/**
 * What the EventBridge rule of cloudformation/approval-events.yml posts to
 * GitHub for an approval of this execution: AWS's documented sample event with
 * the run's names, rendered through the template's own input transformer and
 * delivered as a repository_dispatch webhook payload.
 */
function dispatched(executionId: string, state: ApprovalState = 'STARTED', detail: Record<string, unknown> = {}): Record<string, unknown> {
  const event = approvalEvent(state) as { detail: Record<string, unknown> }
  event.detail = { ...event.detail, pipeline: 'shop-pipeline', 'execution-id': executionId, stage: 'Deploy', action: 'Approve', ...detail }
  return repositoryDispatchPayload(dispatchBodyFromTemplate(event), { repository: REPOSITORY, sender: 'approval-events-bot' })
}

describe.each(runtimes())('dist/index.js under $name: telling pull requests that a deployment waits', ({ node }) => {
  const standIns = useStandIns()
  const puts = () => standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')

  /** A repository_dispatch run, as the workflow of the README runs it (its token's owner is the actor). */
  const dispatch = (payload: Record<string, unknown>, inputs: Record<string, string> = {}) =>
    standIns.run(node, { eventName: 'repository_dispatch', payload, actor: 'approval-events-bot', inputs: { 'pipeline-name': 'shop-pipeline', ...inputs } })

  function expectClean(run: ActionRun, exitCode = 0): void {
    expect(unexpectedStderr(run)).toBe('')
    expect({ exitCode: run.exitCode, error: failureMessage(run) }).toEqual({ exitCode, error: exitCode === 0 ? undefined : expect.any(String) })
  }

  describe('an approval starts waiting', () => {
    it('posts one notice on the pull request, with the commands and the console link, and sets a pending status; a repeat edits it', async () => {
      const { executionId } = standIns.waitingFor(PR_HEAD)
      const first = await dispatch(dispatched(executionId))
      expectClean(first)
      expect(first.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '2', 'pull-request': '2', 'pipeline-execution-id': executionId, revision: PR_HEAD, decision: '' })
      const [notice, ...others] = standIns.github.commentsOn(2)
      expect(others).toEqual([])
      expect(notice?.body).toContain(`**Deploy/Approve** in pipeline **shop-pipeline** waits for approval of commit \`${PR_HEAD}\``)
      expect(notice?.body).toContain(`/approve-deploy ${PR_HEAD}\n/reject-deploy ${PR_HEAD} <reason>`)
      expect(notice?.body).toMatch(CONSOLE)
      expect(notice?.body).toContain(`<!-- codepipeline-approval-action notice: shop-pipeline/Deploy/Approve execution ${executionId} -->`)
      expect(standIns.github.statusesOf(PR_HEAD)).toEqual([
        {
          sha: PR_HEAD,
          state: 'pending',
          context: 'codepipeline-approval/shop-pipeline/Deploy/Approve',
          description: 'Waiting for approval: shop-pipeline Deploy/Approve',
          target_url: expect.stringMatching(CONSOLE)
        }
      ])
      expect(puts()).toEqual([])

      // Delivered again (EventBridge delivers at least once), or found by a sweep: still one notice.
      const again = await dispatch(dispatched(executionId))
      expectClean(again)
      expect(again.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '2' })
      expect(standIns.github.commentsOn(2)).toHaveLength(1)
      expect(standIns.github.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/issues/2/comments'))).toHaveLength(1)
    })

    it('with a personal access token as github-token, finds its own notice again and edits it, and never adopts a copy', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      standIns.github.state.tokenOwner = 'release-bot'
      const marker = `<!-- codepipeline-approval-action notice: shop-pipeline/Deploy/Approve execution ${executionId} -->`
      standIns.github.state.comments.push(
        { id: 1, issueNumber: 2, body: `> quoted\n> ${marker}`, user: 'quote-app[bot]', createdAt: '2026-11-01T08:00:00Z', updatedAt: '2026-11-01T08:00:00Z' },
        { id: 2, issueNumber: 2, body: `copied ${marker}`, user: 'mallory', createdAt: '2026-11-01T08:01:00Z', updatedAt: '2026-11-01T08:01:00Z' }
      )
      expectClean(await dispatch(dispatched(executionId)))
      expectClean(await dispatch(dispatched(executionId)))
      standIns.pipeline.model.answer(token, 'Succeeded', { summary: 'ok', by: 'arn:aws:iam::123456789012:user/Bob' })
      expectClean(await dispatch(dispatched(executionId, 'SUCCEEDED')))
      const [quote, copy, notice, ...others] = standIns.github.commentsOn(2)
      expect(others).toEqual([])
      expect(quote?.body).toBe(`> quoted\n> ${marker}`)
      expect(copy?.body).toBe(`copied ${marker}`)
      expect(notice).toMatchObject({ user: 'release-bot', body: expect.stringContaining('✅ was approved.') })
      expect(standIns.github.routes().filter((route) => route === 'GET /user')).toHaveLength(3)
    })

    it('gives a commit that no pull request has (a direct push) the commit status only', async () => {
      const { executionId } = standIns.waitingFor(DIRECT_PUSH)
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '' })
      expect(standIns.github.state.comments).toEqual([])
      expect(standIns.github.statusesOf(DIRECT_PUSH)).toMatchObject([{ state: 'pending' }])
    })

    it('in a pipeline with several sources, names the commit of this repository, and sets no status on another repository\'s', async () => {
      const foreign = 'f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0'
      const { model, executionId } = standIns.waitingFor(PR_HEAD)
      // The other source comes first, as CodePipeline may list it.
      model.executions.find((execution) => execution.id === executionId)!.revisions.unshift({ actionName: 'Config', name: 'ConfigArtifact', revisionId: foreign })
      standIns.github.state.foreignCommits = [foreign]
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(warnings(run)).toEqual([])
      expect(run.outputs).toMatchObject({ outcome: 'notified', revision: PR_HEAD, 'pull-requests': '2' })
      const [notice] = standIns.github.commentsOn(2)
      expect(notice?.body).toContain(`waits for approval of commit \`${PR_HEAD}\``)
      expect(notice?.body).toContain(`/approve-deploy ${PR_HEAD}\n`)
      expect(notice?.body).not.toContain(foreign)
      expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: 'pending' }])
      expect(standIns.github.calls.filter((call) => call.method === 'POST' && call.path.includes('/statuses/'))).toEqual([
        expect.objectContaining({ path: `/repos/Codertocat/Hello-World/statuses/${PR_HEAD}` })
      ])
    })

    it('approves for the person who merged the pull request whose merge commit waits', async () => {
      const { executionId, token } = standIns.waitingFor(PR_MERGE_COMMIT)
      Object.assign(standIns.github.state.pulls[2]!, { merged: true, mergedBy: 'merger' })
      standIns.github.state.roles.merger = 'maintain'
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      const summary = `Approved by @merger, who merged ${PR_URL} (commit ${PR_MERGE_COMMIT})`
      expect(standIns.pipeline.model.answerOf(token)).toMatchObject({ status: 'Succeeded', summary })
      expect(run.outputs).toMatchObject({ outcome: 'sent', decision: 'Approved', actor: 'merger', summary, revision: PR_MERGE_COMMIT, 'pull-requests': '2' })
      // The payload named nobody: the merger comes from the full pull request (GET /pulls/2).
      expect(standIns.github.routes()).toContain('GET /repos/Codertocat/Hello-World/pulls/2')
      expect(standIns.github.commentsOn(2).map((comment) => comment.body)).toEqual([expect.stringContaining('**Deploy/Approve** in pipeline **shop-pipeline** ✅ was approved.')])
      expect(standIns.github.statusesOf(PR_MERGE_COMMIT)).toMatchObject([{ state: 'success' }])
    })

    it('approves for the person who added the approve label to the pull request whose head waits', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        labels: ['approve-deploy'],
        labelEvents: [
          { event: 'labeled', label: 'approve-deploy', actor: 'early', created_at: '2026-11-01T09:00:00Z' },
          { event: 'unlabeled', label: 'approve-deploy', actor: 'early', created_at: '2026-11-01T09:10:00Z' },
          { event: 'labeled', label: 'approve-deploy', actor: 'labeller', created_at: '2026-11-01T09:20:00Z' }
        ]
      })
      standIns.github.state.roles.labeller = 'write'
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)).toMatchObject({
        status: 'Succeeded',
        summary: `Approved by @labeller, who added approve-deploy to ${PR_URL} (commit ${PR_HEAD})`
      })
      expect(run.outputs).toMatchObject({ outcome: 'sent', actor: 'labeller' })
      expect(standIns.github.routes()).toContain('GET /repos/Codertocat/Hello-World/issues/2/events')
    })

    it('rejects for the person who added the reject label', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        labels: ['Reject-Deploy'],
        labelEvents: [{ event: 'labeled', label: 'Reject-Deploy', actor: 'Codertocat', created_at: '2026-11-01T09:20:00Z' }]
      })
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Failed')
      expect(run.outputs).toMatchObject({ outcome: 'sent', decision: 'Rejected' })
      expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: 'failure' }])
    })

    it('sends nothing for a label added by someone without write access: it warns, naming them, and posts the notice instead', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'triager', created_at: '2026-11-01T09:20:00Z' }]
      })
      standIns.github.state.roles.triager = 'triage'
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(puts()).toEqual([])
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(run.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '2' })
      expect(warnings(run)).toContainEqual(
        expect.stringMatching(/^@triager added approve-deploy to pull request #2 but may not decide, so that answered nothing: @triager has the triage role on Codertocat\/Hello-World/)
      )
      const [notice] = standIns.github.commentsOn(2)
      expect(notice?.body).toContain('@\u200btriager added approve-deploy to this pull request but may not approve it')
      expect(notice?.body).toContain(`/approve-deploy ${PR_HEAD}`)
    })

    it('never lets a label vouch for a commit that is not the head it was added to', async () => {
      const older = '0123456789abcdef0123456789abcdef01234567'
      const { executionId, token } = standIns.waitingFor(older)
      Object.assign(standIns.github.state.pulls[2]!, {
        commits: [older, PR_HEAD],
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:20:00Z' }]
      })
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(run.outputs).toMatchObject({ outcome: 'notified' })
    })

    it('re-reads CodePipeline: a STARTED event for an approval that does not wait sends nothing', async () => {
      const { executionId, token } = standIns.waitingFor(PR_MERGE_COMMIT)
      Object.assign(standIns.github.state.pulls[2]!, { merged: true, mergedBy: 'Codertocat' })
      standIns.pipeline.model.answer(token, 'Succeeded', { summary: 'Approved in the console', by: 'arn:aws:iam::123456789012:user/Bob' })
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(puts()).toEqual([])
      // CodePipeline says it was answered: that is what the pull request hears.
      expect(run.outputs).toMatchObject({ outcome: 'updated' })
      expect(run.stdout).toContain(`event says STARTED; looking again in 2 s`)
    })
  })

  describe('what a label or merge may not vouch for', () => {
    it('ignores a label added before the branch was force-pushed', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:00:00Z' }],
        timeline: [{ event: 'head_ref_force_pushed', created_at: '2026-11-01T09:30:00Z', actor: 'author' }]
      })
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(run.outputs).toMatchObject({ outcome: 'notified' })
      expect(standIns.github.commentsOn(2)[0]?.body).toContain('Its commits were rewritten (2026-11-01T09:30:00Z) after approve-deploy was added')
    })

    it('ignores a label added before a commit that no synchronize run saw (a push that raced the label), and says so on the notice', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:00:00Z' }],
        commitDates: { [PR_HEAD]: '2026-11-01T09:02:00Z' }
      })
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(run.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '2' })
      expect(standIns.github.routes()).toContain('GET /repos/Codertocat/Hello-World/pulls/2/commits')
      expect(standIns.github.commentsOn(2)[0]?.body).toContain(
        `approve-deploy was added (2026-11-01T09:00:00Z) before commit ${PR_HEAD} (committed 2026-11-01T09:02:00Z), so the label vouches for nothing: add it again once that commit is reviewed.`
      )

      // Added again after that commit was reviewed: the next event answers it.
      standIns.github.state.pulls[2]!.labelEvents!.push(
        { event: 'unlabeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:10:00Z' },
        { event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:11:00Z' }
      )
      expectClean(await dispatch(dispatched(executionId)))
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    })

    it('lets no label vouch for a pull request of more commits than GitHub lists, whose newest commit it cannot date', async () => {
      const older = Array.from({ length: 251 }, (_, index) => index.toString(16).padStart(40, 'e'))
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        // The head, committed after the label, is the 252nd commit: GitHub lists the first 250.
        commits: [...older, PR_HEAD],
        commitDates: { ...Object.fromEntries(older.map((sha) => [sha, '2026-11-01T08:00:00Z'])), [PR_HEAD]: '2026-11-01T09:30:00Z' },
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:00:00Z' }]
      })
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(run.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '2' })
      expect(standIns.github.commentsOn(2)[0]?.body).toContain('It has more commits than the 250 GitHub lists, so whether one came after approve-deploy cannot be checked')
    })

    it('with allow-self-approval false, refuses an author who labels a second pull request of the same commit', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      // bob wrote #2; a second pull request, #10, has the same head, opened by someone else.
      Object.assign(standIns.github.state.pulls[2]!, { author: 'bob' })
      standIns.github.state.pulls[10] = {
        headSha: PR_HEAD,
        merged: false,
        mergeCommitSha: null,
        author: 'sock',
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'bob', created_at: '2026-11-01T09:00:00Z' }]
      }
      standIns.github.state.roles.bob = 'write'
      const run = await dispatch(dispatched(executionId), { 'allow-self-approval': 'false' })
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(warnings(run)).toContainEqual(expect.stringContaining('@bob wrote code of pull request #10'))
    })

    it('with allow-self-approval false, lets a labeller decide on a pull request of exactly 250 commits, all of which GitHub lists', async () => {
      const commits = Array.from({ length: 249 }, (_, index) => index.toString(16).padStart(40, 'c')).concat(PR_HEAD)
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      Object.assign(standIns.github.state.pulls[2]!, {
        commits,
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'labeller', created_at: '2026-11-01T09:00:00Z' }]
      })
      standIns.github.state.roles.labeller = 'write'
      const run = await dispatch(dispatched(executionId), { 'allow-self-approval': 'false' })
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)).toMatchObject({ status: 'Succeeded', summary: expect.stringMatching(/^Approved by @labeller, /) })
    })

    it('lets an allowed labeller decide when the merger may not', async () => {
      const { executionId, token } = standIns.waitingFor(PR_MERGE_COMMIT)
      Object.assign(standIns.github.state.pulls[2]!, {
        merged: true,
        mergedBy: 'reader',
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:00:00Z' }]
      })
      standIns.github.state.roles.reader = 'read'
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)).toMatchObject({ status: 'Succeeded', summary: expect.stringMatching(/^Approved by @Codertocat, who added approve-deploy to /) })
    })

    it('respects notify: false and commit-status: false', async () => {
      const { executionId } = standIns.waitingFor(PR_HEAD)
      const run = await dispatch(dispatched(executionId), { notify: 'false', 'commit-status': 'false' })
      expectClean(run)
      // It still reads the approval and says it waits; it only tells nobody on GitHub.
      expect(run.outputs).toMatchObject({ outcome: 'notified', 'pipeline-execution-id': executionId, revision: PR_HEAD })
      expect(standIns.pipeline.requests.length).toBeGreaterThan(0)
      expect(standIns.github.state.comments).toEqual([])
      expect(standIns.github.state.statuses).toEqual([])
    })

    it('skips an event for another region', async () => {
      const { executionId } = standIns.waitingFor(PR_HEAD)
      const payload = dispatched(executionId)
      ;(payload.client_payload as Record<string, unknown>).region = 'eu-west-1'
      const run = await dispatch(payload)
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'skipped' })
      expect(standIns.pipeline.requests).toEqual([])
    })

    it('skips an execution CodePipeline does not know, as a forged dispatch would name', async () => {
      standIns.waitingFor(PR_HEAD)
      const run = await dispatch(dispatched('00000000-0000-4000-8000-000000000000'))
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'skipped' })
      expect(notices(run)).toEqual([expect.stringMatching(/^Skipped: (CodePipeline knows no execution|execution 00000000-0000-4000-8000-000000000000 has not reached)/)])
    })
  })

  describe('when-not-waiting: defer for labels, and runs that will never wait', () => {
    it('defers a label that comes early, then the dispatch answers it for the labeller', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      const early = await standIns.run(node, {
        eventName: 'pull_request_target',
        payload: labeledEvent({ label: 'approve-deploy' }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' }
      })
      expectClean(early)
      expect(early.outputs).toMatchObject({ outcome: 'deferred', revision: PR_HEAD })
      expect(standIns.github.commentsOn(2).map((comment) => comment.body)).toEqual([expect.stringMatching(/^⏳ Nothing was sent yet: /)])
      Object.assign(standIns.github.state.pulls[2]!, {
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:00:00Z' }]
      })
      const executionId = standIns.pipeline.model.startExecution('shop-pipeline', PR_HEAD)
      const token = standIns.pipeline.model.waitAtApproval(executionId, 'Deploy', 'Approve')
      expectClean(await dispatch(dispatched(executionId)))
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    })

    it('defers, exit 0, when the pipeline already ran the merge commit and stopped, naming the run that ended', async () => {
      const { model, token } = standIns.waitingFor('0123456789abcdef0123456789abcdef01234567')
      const stopped = model.startExecution('shop-pipeline', PR_MERGE_COMMIT, { status: 'Stopped' })
      const run = await standIns.run(node, {
        eventName: 'pull_request_target',
        payload: closedEvent({ merged: true }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' }
      })
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'deferred', revision: PR_MERGE_COMMIT })
      expect(notices(run)).toEqual([
        expect.stringContaining(
          `, and the pipeline's run of commit c4295bd ended (execution ${stopped} Stopped), so the approval will be answered only if a later run of that commit reaches it. When the pipeline reaches the approval for commit ${PR_MERGE_COMMIT}, `
        )
      ])
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
    })

    it('defers a label on a merged pull request for its merge commit, which the dispatch then approves', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      const payload = labeledEvent({ label: 'approve-deploy' }) as unknown as { pull_request: Record<string, unknown> }
      Object.assign(payload.pull_request, { state: 'closed', merged: true, merge_commit_sha: PR_MERGE_COMMIT })
      const early = await standIns.run(node, { eventName: 'pull_request_target', payload, inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' } })
      expectClean(early)
      expect(early.outputs).toMatchObject({ outcome: 'deferred', revision: PR_MERGE_COMMIT })
      Object.assign(standIns.github.state.pulls[2]!, {
        merged: true,
        mergedBy: 'Codertocat',
        labels: ['approve-deploy'],
        labelEvents: [{ event: 'labeled', label: 'approve-deploy', actor: 'Codertocat', created_at: '2026-11-01T09:00:00Z' }]
      })
      const executionId = standIns.pipeline.model.startExecution('shop-pipeline', PR_MERGE_COMMIT)
      const token = standIns.pipeline.model.waitAtApproval(executionId, 'Deploy', 'Approve')
      expectClean(await dispatch(dispatched(executionId), { 'approve-on-merge': 'false' }))
      expect(standIns.pipeline.model.answerOf(token)).toMatchObject({ status: 'Succeeded', summary: expect.stringMatching(/^Approved by @Codertocat, who added approve-deploy to /) })
    })

    it('refuses to defer a label on a pull request closed without merging', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      const payload = labeledEvent({ label: 'approve-deploy' }) as unknown as { pull_request: Record<string, unknown> }
      Object.assign(payload.pull_request, { state: 'closed', merged: false })
      const run = await standIns.run(node, { eventName: 'pull_request_target', payload, inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' } })
      expectClean(run, 1)
      expect(run.outputs).toMatchObject({ outcome: 'refused' })
      expect(failureMessage(run)).toContain('and pull request #2 was closed without merging, so its approve-deploy label vouches for nothing and nothing was deferred: ')
    })

    it('never defers a comment: with nothing waiting it fails, and says to comment again once the notice appears', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      const run = await standIns.run(node, {
        eventName: 'issue_comment',
        payload: commentEvent({ body: '/approve-deploy' }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' }
      })
      expectClean(run, 1)
      expect(run.outputs).toMatchObject({ outcome: 'failed' })
      expect(failureMessage(run)).toMatch(
        /^Nothing waits for an answer at Deploy\/Approve in pipeline "shop-pipeline" .*, so nothing was sent: check that the pipeline run reached the approval, and comment again once the pull request says that the deployment waits/
      )
      expect(standIns.github.commentsOn(2).map((comment) => comment.body)).toEqual([expect.stringContaining('comment again once the pull request says that the deployment waits')])
    })
  })

  describe('a comment that comes early', () => {
    it('when the approval waits for an older commit, is refused and told to comment again once the notice appears', async () => {
      const { token } = standIns.waitingFor('0123456789abcdef0123456789abcdef01234567')
      const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
      expectClean(run, 1)
      expect(run.outputs).toMatchObject({ outcome: 'refused' })
      expect(failureMessage(run)).toMatch(
        /^The approval Deploy\/Approve in pipeline "shop-pipeline" waits for commit 0123456, .*otherwise wait until the pipeline reaches ec26c3e, then comment again once the pull request says that the deployment waits for it\.$/
      )
      expect(standIns.github.commentsOn(2).map((comment) => comment.body)).toEqual([expect.stringContaining('then comment again once the pull request says that the deployment waits for it.')])
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
    })
  })

  describe('an approval is answered', () => {
    it('edits the notice to say what happened, by whom, with the summary CodePipeline recorded, and sets the status', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      expectClean(await dispatch(dispatched(executionId)))
      standIns.pipeline.model.answer(token, 'Succeeded', { summary: 'Looks good, shipping', by: 'arn:aws:sts::123456789012:assumed-role/release/alice' })
      const run = await dispatch(dispatched(executionId, 'SUCCEEDED'))
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'updated', 'pull-requests': '2', decision: '' })
      const [notice, ...others] = standIns.github.commentsOn(2)
      expect(others).toEqual([])
      expect(notice?.body).toContain('**Deploy/Approve** in pipeline **shop-pipeline** ✅ was approved.')
      expect(notice?.body).toContain('| By | role release (session alice) |')
      expect(notice?.body).toContain('| Summary | Looks good, shipping |')
      expect(notice?.body).not.toContain('123456789012')
      expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: 'success', description: 'Approved: shop-pipeline Deploy/Approve' }])
    })

    it.each([
      ['FAILED', 'Failed', { summary: 'Not today', by: 'arn:aws:iam::123456789012:user/Bob' }, '🛑 was rejected or expired', 'failure'],
      ['FAILED', 'Failed', {}, '⌛ expired without an answer', 'failure'],
      ['ABANDONED', 'Abandoned', {}, '⏹️ was abandoned', 'error'],
      ['CANCELED', 'Abandoned', {}, '⏹️ was abandoned', 'error']
    ] as const)('%s (%s %j) says %s, with a %s status', async (state, status, answer, says, statusState) => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      expectClean(await dispatch(dispatched(executionId)))
      standIns.pipeline.model.answer(token, status, answer)
      const run = await dispatch(dispatched(executionId, state))
      expectClean(run)
      expect(standIns.github.commentsOn(2)[0]?.body).toContain(says)
      expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: statusState }])
    })

    it('reads the answered run of that execution, even when a newer execution already waits in the stage', async () => {
      const { model, executionId, token } = standIns.waitingFor(PR_HEAD)
      expectClean(await dispatch(dispatched(executionId)))
      model.answer(token, 'Succeeded', { summary: 'first', by: 'arn:aws:iam::123456789012:user/Bob' })
      model.waitAtApproval(model.startExecution('shop-pipeline', PR_MERGE_COMMIT), 'Deploy', 'Approve')
      const run = await dispatch(dispatched(executionId, 'SUCCEEDED'))
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'updated', 'pipeline-execution-id': executionId })
      expect(standIns.github.commentsOn(2)[0]?.body).toContain('| Summary | first |')
    })
  })

  describe('what a dispatch is never trusted with', () => {
    it.each([
      ['another event type', { action: 'deploy-finished' }],
      ['another pipeline', { pipeline: 'other-pipeline' }],
      ['another approval than action-name', { action: 'Security' }]
    ])('skips %s quietly, before any request', async (_what, change) => {
      const { executionId } = standIns.waitingFor(PR_HEAD)
      const payload = dispatched(executionId)
      if ('action' in change && change.action === 'deploy-finished') payload.action = change.action
      else Object.assign(payload.client_payload as object, change)
      const run = await dispatch(payload, { 'action-name': 'Approve' })
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'skipped' })
      expect(notices(run)).toEqual([expect.stringMatching(/^Skipped: /)])
      expect(standIns.pipeline.requests).toEqual([])
      expect(standIns.github.calls).toEqual([])
    })

    it.each([
      ['execution-id', undefined, 'The repository_dispatch payload has no client_payload.execution-id, so nothing was sent'],
      ['state', 'WAITING', `The repository_dispatch payload's client_payload.state "WAITING" is not one of STARTED, SUCCEEDED, FAILED, ABANDONED, CANCELED, so nothing was sent`],
      ['stage', 'Deploy Prod', `The repository_dispatch payload's client_payload.stage "Deploy Prod" is not a CodePipeline stage name, so nothing was sent`],
      ['account', 123456789012, `The repository_dispatch payload's client_payload.account 123456789012 is not a 12-digit AWS account id, so nothing was sent`]
    ])('refuses a malformed payload for this pipeline (%s), naming the key, and sends nothing', async (key, value, message) => {
      const { executionId } = standIns.waitingFor(PR_HEAD)
      const payload = dispatched(executionId)
      const client = payload.client_payload as Record<string, unknown>
      if (value === undefined) delete client[key]
      else client[key] = value
      const run = await dispatch(payload)
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe(`${message}: check the input transformer of the EventBridge rule (cloudformation/approval-events.yml).`)
      expect(run.outputs).toMatchObject({ outcome: 'failed' })
      expect(standIns.pipeline.requests).toEqual([])
      expect(standIns.github.calls).toEqual([])
    })

    it('needs no token or revision in the payload, and takes none from it', async () => {
      const { executionId, token } = standIns.waitingFor(PR_HEAD)
      const payload = dispatched(executionId)
      Object.assign(payload.client_payload as object, { token: '00000000-0000-0000-0000-000000000000', revision: PR_MERGE_COMMIT })
      Object.assign(standIns.github.state.pulls[2]!, { merged: true, mergedBy: 'Codertocat' })
      // The pull request is merged, but its merge commit is not the commit that waits.
      const run = await dispatch(payload)
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
      expect(run.outputs).toMatchObject({ outcome: 'notified' })
    })
  })

  describe('a merge that comes before its approval waits', () => {
    it('with when-not-waiting: defer, ends deferred without error, then the dispatch answers it for the merger', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      Object.assign(standIns.github.state.pulls[2]!, { merged: true, mergedBy: 'Codertocat' })
      const early = await standIns.run(node, {
        eventName: 'pull_request_target',
        payload: closedEvent({ merged: true }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' }
      })
      expectClean(early)
      expect(early.outputs).toMatchObject({ outcome: 'deferred', decision: '', actor: 'Codertocat', revision: PR_MERGE_COMMIT, 'pull-request': '2' })
      expect(notices(early)).toEqual([
        expect.stringMatching(
          new RegExp(`^Deferred: nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" .*When the pipeline reaches the approval for commit ${PR_MERGE_COMMIT}, the repository_dispatch or schedule run answers it Approved for @Codertocat, who merged pull request #2\\.$`)
        )
      ])
      expect(puts()).toEqual([])

      // Later, the merge commit's run reaches the approval and EventBridge says so.
      const model = standIns.pipeline.model
      const executionId = model.startExecution('shop-pipeline', PR_MERGE_COMMIT)
      const token = model.waitAtApproval(executionId, 'Deploy', 'Approve')
      const run = await dispatch(dispatched(executionId))
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)).toMatchObject({ status: 'Succeeded', summary: expect.stringMatching(/^Approved by @Codertocat, who merged /) })
    })

    it('with when-not-waiting: defer, defers when the approval waits for an older commit', async () => {
      const { token } = standIns.waitingFor('0123456789abcdef0123456789abcdef01234567')
      const early = await standIns.run(node, {
        eventName: 'pull_request_target',
        payload: closedEvent({ merged: true }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer', 'revision-check': 'strict' }
      })
      expectClean(early)
      expect(early.outputs).toMatchObject({ outcome: 'deferred' })
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
    })

    it('still refuses a merger who may not approve, rather than deferring', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      const early = await standIns.run(node, {
        eventName: 'pull_request_target',
        payload: closedEvent({ merged: true, sender: 'reader' }),
        inputs: { 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' }
      })
      expect(early.exitCode).toBe(1)
      expect(early.outputs).toMatchObject({ outcome: 'refused' })
    })
  })

  describe('schedule', () => {
    it('handles every execution that waits now, like a STARTED event each', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
      const first = model.startExecution('shop-pipeline', PR_HEAD)
      model.waitAtApproval(first, 'Deploy', 'Approve')
      const second = model.startExecution('shop-pipeline', DIRECT_PUSH)
      model.waitAtApproval(second, 'Deploy', 'Approve')
      standIns.pipeline.reset(model)
      const run = await standIns.run(node, { eventName: 'schedule', payload: { schedule: '*/15 * * * *' } })
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'notified', 'pull-requests': '2' })
      expect(standIns.github.commentsOn(2)).toHaveLength(1)
      expect(standIns.github.commentsOn(2)[0]?.body).toContain(`execution ${first}`)
      expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: 'pending' }])
      expect(standIns.github.statusesOf(DIRECT_PUSH)).toMatchObject([{ state: 'pending' }])
      expect(puts()).toEqual([])
    })

    it('answers a merge the sweep finds waiting, and skips quietly when nothing waits', async () => {
      const { token } = standIns.waitingFor(PR_MERGE_COMMIT)
      Object.assign(standIns.github.state.pulls[2]!, { merged: true, mergedBy: 'Codertocat' })
      const run = await standIns.run(node, { eventName: 'workflow_dispatch', payload: example('workflow_dispatch') })
      expectClean(run)
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      // The next sweep adds who answered, as CodePipeline recorded it; the one after has nothing to do.
      const next = await standIns.run(node, { eventName: 'schedule', payload: { schedule: '*/15 * * * *' } })
      expectClean(next)
      expect(next.outputs).toMatchObject({ outcome: 'updated' })
      const statuses = standIns.github.state.statuses.length
      const quiet = await standIns.run(node, { eventName: 'schedule', payload: { schedule: '*/15 * * * *' } })
      expectClean(quiet)
      expect(quiet.outputs).toMatchObject({ outcome: 'skipped' })
      expect(standIns.github.state.statuses).toHaveLength(statuses)
      expect(standIns.github.commentsOn(2)).toHaveLength(1)
    })
  })

  describe('schedule: runs answered while their event was lost', () => {
    it('corrects the notice of a run answered in the console when a newer execution is already earlier in the stage', async () => {
      const { model, executionId, token } = standIns.waitingFor(PR_HEAD)
      expectClean(await dispatch(dispatched(executionId)))
      // Answered in the console; the SUCCEEDED event never came. A newer run entered the stage and has not reached the approval.
      model.answer(token, 'Succeeded', { summary: 'shipped from the console', by: 'arn:aws:iam::123456789012:user/Bob' })
      const newer = model.startExecution('shop-pipeline', DIRECT_PUSH)
      model.executions.find((execution) => execution.id === newer)!.stageName = 'Deploy'
      const run = await standIns.run(node, { eventName: 'schedule', payload: { schedule: '*/15 * * * *' } })
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'updated', 'pull-requests': '2', 'pipeline-execution-id': executionId })
      const [notice, ...others] = standIns.github.commentsOn(2)
      expect(others).toEqual([])
      expect(notice?.body).toContain('✅ was approved.')
      expect(notice?.body).toContain('| Summary | shipped from the console |')
      expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: 'success' }])
      // Each execution's own action executions were read, the newer one's too.
      const filtered = standIns.pipeline.requests
        .filter((request) => request.operation === 'ListActionExecutions')
        .map((request) => (request.input.filter as { pipelineExecutionId?: string } | undefined)?.pipelineExecutionId)
      expect(filtered).toEqual(expect.arrayContaining([executionId, newer]))

      // The next sweep finds the notice already right, and says nothing.
      const quiet = await standIns.run(node, { eventName: 'schedule', payload: { schedule: '*/15 * * * *' } })
      expectClean(quiet)
      expect(quiet.outputs).toMatchObject({ outcome: 'skipped' })
    })
  })

  describe('new commits on a labelled pull request', () => {
    it('takes the approve and reject labels off and says why in one short comment', async () => {
      Object.assign(standIns.github.state.pulls[2]!, { labels: ['approve-deploy', 'bug'] })
      const payload = example('pull_request', 'synchronize') as { pull_request: { labels: { name: string }[] } }
      payload.pull_request.labels = [{ name: 'approve-deploy' }, { name: 'bug' }]
      const run = await standIns.run(node, { eventName: 'pull_request_target', payload })
      expectClean(run)
      expect(run.outputs).toMatchObject({ outcome: 'labels-removed', 'pull-request': '2', 'pull-requests': '2' })
      expect(standIns.github.state.pulls[2]!.labels).toEqual(['bug'])
      expect(standIns.github.commentsOn(2).map((comment) => comment.body)).toEqual([
        expect.stringMatching(/^🏷️ Removed `approve-deploy`: new commits were pushed .*a label never vouches for code pushed after it\./)
      ])
      expect(standIns.pipeline.requests).toEqual([])
    })
  })
})
