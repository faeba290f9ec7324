import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '../__fixtures__/core.js'
import { useAwsEnvironment } from './support/aws-environment.js'
import { CodePipelineServer } from './support/codepipeline-server.js'
import { defaultGitHubState, GitHubServer } from './support/github-server.js'
import { useInputs } from './support/inputs.js'
import { closedEvent, commentEvent, example, labeledEvent, PR_HEAD, PR_MERGE_COMMIT, PR_URL } from './support/payloads.js'
import { waitingShop } from './support/pipelines.js'
import { runnerEnvironment } from './support/runner-environment.js'

// main orchestrates: these tests run it in-process against the local
// CodePipeline and GitHub stand-ins, with @actions/core captured.
jest.unstable_mockModule('@actions/core', () => core)
const github = await GitHubServer.start()
process.env.GITHUB_API_URL = github.url
const { run } = await import('../src/main.js')

let pipeline: CodePipelineServer
let token: string
let restoreAws: () => void

// core.summary keeps the first GITHUB_STEP_SUMMARY it sees, as a runner gives one per step.
const stepSummaryFile = join(mkdtempSync(join(tmpdir(), 'main-test-')), 'step-summary.md')

function useEvent(eventName: string, payload: object, actor?: string, extra: Record<string, string> = {}): void {
  delete process.env.GITHUB_TRIGGERING_ACTOR
  Object.assign(process.env, runnerEnvironment(eventName, payload, actor), { GITHUB_STEP_SUMMARY: stepSummaryFile }, extra)
}

function outputs(): Record<string, unknown> {
  return Object.fromEntries(core.setOutput.mock.calls)
}

const putRequests = () => pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')

beforeEach(async () => {
  const shop = waitingShop(PR_HEAD)
  token = shop.token
  pipeline = await CodePipelineServer.start(shop.model)
  restoreAws = useAwsEnvironment(pipeline.url)
  github.reset(defaultGitHubState())
  writeFileSync(stepSummaryFile, '')
  useInputs({ 'pipeline-name': 'shop-pipeline' })
})

afterEach(async () => {
  restoreAws()
  await pipeline.close()
})

afterAll(() => github.close())

describe('run', () => {
  it('approves on /approve-deploy from an admin, for the pull request head, and sets the outputs', async () => {
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy smoke tests pass' }))
    await run()

    expect(core.setFailed).not.toHaveBeenCalled()
    // Permission, pull request, its commits and its timeline (for pushes since the comment) are read
    // side by side, as are the declaration and the state; once the decision is sent, the pull
    // request's notice is looked for.
    expect(github.routes().filter((route) => route.startsWith('GET')).sort()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/issues/2/comments',
      'GET /repos/Codertocat/Hello-World/issues/2/timeline',
      'GET /repos/Codertocat/Hello-World/pulls/2',
      'GET /repos/Codertocat/Hello-World/pulls/2/commits'
    ])
    expect(github.state.statuses).toEqual([
      {
        sha: PR_HEAD,
        state: 'success',
        context: 'codepipeline-approval/shop-pipeline/Deploy/Approve',
        description: 'Approved: shop-pipeline Deploy/Approve',
        target_url: expect.stringMatching(/^https:\/\/us-east-1\.console\.aws\.amazon\.com\/codesuite\/codepipeline\/pipelines\/shop-pipeline\/executions\//)
      }
    ])
    // The declaration, the state and the newest executions (with their commits) in one wave, then the answer.
    expect(pipeline.operations().slice(0, 3).sort()).toEqual(['GetPipeline', 'GetPipelineState', 'ListPipelineExecutions'])
    expect(pipeline.operations().slice(3)).toEqual(['PutApprovalResult'])
    const summary = `Approved by @Codertocat via ${PR_URL} (commit ${PR_HEAD}): smoke tests pass`
    expect(putRequests()[0]?.input).toEqual({
      pipelineName: 'shop-pipeline',
      stageName: 'Deploy',
      actionName: 'Approve',
      token,
      result: { status: 'Approved', summary }
    })
    expect(outputs()).toEqual({
      decision: 'Approved',
      outcome: 'sent',
      'approved-at': expect.stringMatching(/^2026-11-01T10:00:\d\d\.000Z$/),
      'pipeline-execution-id': expect.any(String),
      revision: PR_HEAD,
      summary,
      actor: 'Codertocat',
      'pull-request': '2',
      'pull-requests': '2',
      error: ''
    })
  })

  it('masks the token and never logs it', async () => {
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(core.setSecret).toHaveBeenCalledWith(token)
    const logged = [...core.info.mock.calls, ...core.warning.mock.calls, ...core.notice.mock.calls, ...core.setOutput.mock.calls]
      .flat()
      .join('\n')
    expect(logged).not.toContain(token)
  })

  it('refuses bad inputs before any request', async () => {
    useInputs({ 'pipeline-name': 'shop pipeline', decision: 'ship-it' })
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'Input pipeline-name "shop pipeline" is not a valid CodePipeline name: use 1 to 100 letters, digits or the characters . @ - _. Input decision must be auto, approved or rejected (got "ship-it").'
    )
    expect(pipeline.requests).toEqual([])
    expect(github.calls).toEqual([])
  })

  it('skips an event that asks nothing, without a request', async () => {
    useEvent('pull_request', labeledEvent({ label: 'bug' }))
    await run()
    expect(core.notice).toHaveBeenCalledWith('Skipped: the label "bug" is neither approve-deploy nor reject-deploy.')
    expect(outputs()).toMatchObject({ outcome: 'skipped', decision: '' })
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(pipeline.requests).toEqual([])
    expect(github.calls).toEqual([])
  })

  it('denies someone without the role before any AWS request', async () => {
    github.state.roles = { Codertocat: 'admin', tria: 'triage' }
    useEvent('pull_request', labeledEvent({ label: 'approve-deploy', sender: 'tria' }))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      '@tria has the triage role on Codertocat/Hello-World, and to approve a deployment needs at least write: ask someone with write access to act.'
    )
    expect(pipeline.requests).toEqual([])
  })

  it('refuses a pinned commit that is not a commit of the pull request, before any AWS request', async () => {
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy 0123456' }))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      'The pinned commit 0123456 is not a commit of pull request #2 (its head is ec26c3e), so nothing was sent: pin a commit of this pull request, the one you reviewed.'
    )
    expect(outputs()).toMatchObject({ outcome: 'refused', error: expect.stringMatching(/^The pinned commit 0123456 /), decision: '' })
    expect(pipeline.requests).toEqual([])
    // The permission, the pull request, its commits, (for a short pin) its timeline, and its comments, side by side.
    expect(github.routes().filter((route) => route.startsWith('GET')).sort()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/issues/2/comments',
      'GET /repos/Codertocat/Hello-World/issues/2/timeline',
      'GET /repos/Codertocat/Hello-World/pulls/2',
      'GET /repos/Codertocat/Hello-World/pulls/2/commits'
    ])
  })

  it('refuses a commit nobody reviewed, with outcome refused and the reason as the error output', async () => {
    github.state.pulls[2]!.commits = ['0123456789abcdef0123456789abcdef01234567', PR_HEAD]
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy 0123456' }))
    await run()
    const message = expect.stringMatching(/^The approval Deploy\/Approve in pipeline "shop-pipeline" waits for commit ec26c3e, but the commit pinned in the command is 0123456, so nothing was sent/)
    expect(core.setFailed).toHaveBeenCalledWith(message)
    expect(outputs()).toMatchObject({ outcome: 'refused', error: message, actor: 'Codertocat', 'pull-request': '2', decision: '' })
    expect(putRequests()).toEqual([])
  })

  it('approves the merge commit when a merged pull request approves', async () => {
    const shop = waitingShop(PR_MERGE_COMMIT)
    await pipeline.close()
    pipeline = await CodePipelineServer.start(shop.model)
    restoreAws()
    restoreAws = useAwsEnvironment(pipeline.url)
    useEvent('pull_request_target', closedEvent({ merged: true }))
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(putRequests()[0]?.input).toMatchObject({ token: shop.token, result: { status: 'Approved' } })
    expect(outputs()).toMatchObject({ revision: PR_MERGE_COMMIT })
    // The payload carries the commits: no pull request lookup; its comments are
    // read beside the permission, for the notice, and the status comes last.
    const routes = github.routes()
    expect(routes.slice(0, 2).sort()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/issues/2/comments'
    ])
    expect(routes.slice(2)).toEqual([`POST /repos/Codertocat/Hello-World/statuses/${PR_MERGE_COMMIT}`])
  })

  it('with dry-run, does everything but send', async () => {
    useInputs({ 'pipeline-name': 'shop-pipeline', 'dry-run': 'true' })
    useEvent('issue_comment', commentEvent({ body: '/reject-deploy' }))
    await run()
    expect(putRequests()).toEqual([])
    expect(outputs()).toMatchObject({ outcome: 'dry-run', decision: 'Rejected', 'approved-at': '' })
    expect(pipeline.model.answerOf(token)).toEqual({ status: 'InProgress', summary: undefined })
  })

  it('with an explicit decision and revision, acts for the run without GitHub, linking the run', async () => {
    useInputs({ 'pipeline-name': 'shop-pipeline', decision: 'approved', revision: PR_HEAD.slice(0, 12), 'github-token': '' })
    useEvent('push', example('push'), 'deployer')
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(github.calls).toEqual([])
    expect(putRequests()[0]?.input).toMatchObject({
      result: { status: 'Approved', summary: `Approved by @deployer via https://github.com/Codertocat/Hello-World/actions/runs/4242 (commit ${PR_HEAD})` }
    })
  })

  it('needs github-token to check who acted', async () => {
    useInputs({ 'pipeline-name': 'shop-pipeline', 'github-token': '' })
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(
      "Input github-token is empty, but checking @Codertocat's permission needs it: leave github-token at its default, ${{ github.token }}."
    )
    expect(github.calls).toEqual([])
    expect(pipeline.requests).toEqual([])
  })

  it('warns when it cannot check the commit and goes on', async () => {
    useInputs({ 'pipeline-name': 'shop-pipeline', decision: 'approved', 'github-token': '' })
    useEvent('workflow_dispatch', example('workflow_dispatch'))
    await run()
    expect(core.warning).toHaveBeenCalledWith(
      'The commit was not checked: the request names no commit to compare with the approval Deploy/Approve in pipeline "shop-pipeline" (commit ec26c3e).'
    )
    expect(putRequests()).toHaveLength(1)
  })

  it('waits for the approval when wait-timeout is set', async () => {
    const shop = waitingShop(PR_HEAD)
    shop.model.approvals.length = 0
    const late = shop.model.waitAtApproval(shop.executionId, 'Deploy', 'Approve', { afterPolls: 1 })
    await pipeline.close()
    pipeline = await CodePipelineServer.start(shop.model)
    restoreAws()
    restoreAws = useAwsEnvironment(pipeline.url)
    useInputs({ 'pipeline-name': 'shop-pipeline', 'wait-timeout': '30', 'poll-interval': '1' })
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(core.info).toHaveBeenCalledWith(expect.stringMatching(/^Waiting \(check 1\): Nothing waits for an answer at Deploy\/Approve/))
    expect(putRequests()[0]?.input).toMatchObject({ token: late })
  })

  it('reports an AWS failure in one sentence through the single setFailed', async () => {
    useInputs({ 'pipeline-name': 'other-pipeline' })
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(core.setFailed).toHaveBeenCalledTimes(1)
    expect(core.setFailed).toHaveBeenCalledWith('CodePipeline found no pipeline "other-pipeline" in us-east-1: check pipeline-name and aws-region.')
    expect(outputs()).toMatchObject({
      outcome: 'failed',
      error: 'CodePipeline found no pipeline "other-pipeline" in us-east-1: check pipeline-name and aws-region.'
    })
  })

  describe('hardening', () => {
    it('on a re-run by someone else, checks that person too, and names both when they may not', async () => {
      github.state.roles = { Codertocat: 'admin', mallory: 'read' }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }), 'Codertocat', { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'mallory' })
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(
        "@mallory re-ran @Codertocat's request (run attempt 2), and @mallory has the read role on Codertocat/Hello-World, and to approve a deployment needs at least write, so nothing was sent: ask @Codertocat or another approver to act."
      )
      expect(pipeline.requests).toEqual([])
      expect(outputs()).toMatchObject({ outcome: 'refused' })
    })

    it('lets the same person re-run their own request', async () => {
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }), 'Codertocat', { GITHUB_RUN_ATTEMPT: '3', GITHUB_TRIGGERING_ACTOR: 'codertocat' })
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    })

    it('refuses a comment without a pin when the head was committed after it, before any AWS request', async () => {
      // The example comment was written on 2019-05-15; the head came later.
      github.state.pulls[2]!.commitDates = { [PR_HEAD]: '2019-05-15T15:25:00Z' }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(
        'The head of pull request #2, ec26c3e, was committed at 2019-05-15T15:25:00Z, after the command was written (2019-05-15T15:20:21Z), so nobody may have reviewed it and nothing was sent: review ec26c3e and comment again, or pin the commit you reviewed ("/approve-deploy <sha>").'
      )
      expect(outputs()).toMatchObject({ outcome: 'refused', decision: '' })
      expect(pipeline.requests).toEqual([])
    })

    it('warns on a re-run of a comment without a pin only when the head has no date to compare', async () => {
      const rerun = { GITHUB_RUN_ATTEMPT: '2', GITHUB_TRIGGERING_ACTOR: 'Codertocat' }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }), 'Codertocat', rerun)
      await run()
      expect(core.warning.mock.calls.flat().join('\n')).toContain('This is a re-run of a comment that names no commit')

      core.warning.mockClear()
      github.state.pulls[2]!.commitDates = { [PR_HEAD]: '2019-05-15T15:00:00Z' }
      pipeline.reset(waitingShop(PR_HEAD).model)
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }), 'Codertocat', rerun)
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.warning.mock.calls.flat().join('\n')).not.toContain('This is a re-run')
    })

    it.each(['Constructor', 'constructor', '__proto__', 'toString', 'hasOwnProperty'])(
      'ranks a custom role named %s by the permissions it grants, not by its name',
      async (name) => {
        github.state.roles = { Codertocat: 'admin', carol: { name, base: 'triage' } }
        useEvent('issue_comment', commentEvent({ body: '/approve-deploy', author: 'carol' }))
        await run()
        expect(core.setFailed).toHaveBeenCalledWith(
          `@carol has the ${name} (triage) role on Codertocat/Hello-World, and to approve a deployment needs at least write: ask someone with write access to act.`
        )
        expect(pipeline.requests).toEqual([])
      }
    )

    it('lets a custom role that grants write approve', async () => {
      github.state.roles = { Codertocat: 'admin', carol: { name: 'Deployer', base: 'write' } }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy', author: 'carol' }))
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(core.info).toHaveBeenCalledWith('@carol may approve: role Deployer (write).')
    })

    it('reads team membership with approvers-token, and everything else with github-token', async () => {
      github.state.otherTokens = { ghp_org_reader: { teamsOnly: true } }
      github.state.teams['acme/deployers'] = { Codertocat: 'active' }
      useInputs({ 'pipeline-name': 'shop-pipeline', approvers: 'acme/deployers', 'approvers-token': 'ghp_org_reader' })
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      const tokenOf = (route: RegExp) => github.calls.filter((call) => route.test(call.path)).map((call) => call.authorization)
      expect(tokenOf(/memberships/)).toEqual(['token ghp_org_reader'])
      expect(new Set(tokenOf(/^(?!.*memberships)/))).toEqual(new Set(['token ghs_test_token']))
    })

    it('says a 404 from the permission API may mean the token cannot see the person', async () => {
      github.state.unseen = ['ghost']
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy', author: 'ghost' }))
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(
        '@ghost is not a collaborator on Codertocat/Hello-World, or github-token cannot see them (GitHub answered 404), so nothing was sent: ask someone with write access to act, or give github-token access to Codertocat/Hello-World.'
      )
    })

    it('logs each API call at debug level without the token, and folds a wait into one group', async () => {
      const shop = waitingShop(PR_HEAD)
      shop.model.approvals.length = 0
      shop.model.waitAtApproval(shop.executionId, 'Deploy', 'Approve', { afterPolls: 2 })
      pipeline.reset(shop.model)
      useInputs({ 'pipeline-name': 'shop-pipeline', 'wait-timeout': '30', 'poll-interval': '1' })
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      const debug = core.debug.mock.calls.map(([message]) => message)
      expect(debug).toContainEqual(expect.stringMatching(/^GitHub GET \/repos\/Codertocat\/Hello-World\/collaborators\/Codertocat\/permission: HTTP 200 in \d+ ms$/))
      expect(debug).toContainEqual(expect.stringMatching(/^CodePipeline PutApprovalResult: HTTP 200 in \d+ ms \(1 attempt\(s\)\)$/))
      expect(debug.filter((message) => message.startsWith('CodePipeline GetPipelineState'))).toHaveLength(3)
      expect(debug.join('\n')).not.toContain('ghs_test_token')
      expect(core.startGroup).toHaveBeenCalledTimes(1)
      expect(core.startGroup).toHaveBeenCalledWith('Waiting up to 30 s for Deploy/Approve in pipeline "shop-pipeline"')
      expect(core.endGroup).toHaveBeenCalledTimes(1)
    })
  })

  describe('feedback', () => {
    const reactions = () =>
      github.calls.filter((call) => call.path.endsWith('/reactions')).map((call) => (call.body as { content: string }).content)
    const replies = () =>
      github.calls.filter((call) => call.method === 'POST' && call.path.endsWith('/comments')).map((call) => (call.body as { body: string }).body)

    it('reacts 👀 then 🚀, and replies only after the decision was sent', async () => {
      const seenWhenCalled: string[] = []
      github.onCall = (call) => {
        if (call.method === 'POST') seenWhenCalled.push(`${call.path.split('/').at(-1)} ${pipeline.model.answerOf(token)?.status}`)
      }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(reactions()).toEqual(['eyes', 'rocket'])
      // The rocket, the reply and the commit status, all after the decision.
      expect(seenWhenCalled).toEqual(['reactions InProgress', ...Array(3).fill(expect.stringMatching(/ Succeeded$/))])
      const [reply] = replies()
      expect(reply).toContain('🚀 **Approved** **Deploy/Approve** in pipeline **shop-pipeline**.')
      expect(reply).toContain(`| Commit | \`${PR_HEAD}\` (matches this pull request) |`)
      expect(reply).toContain('[Workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242)')
      expect(reply).not.toMatch(/@[A-Za-z]/)
    })

    it('reacts 😕 and does not reply to someone who may not act, so strangers cannot make the bot talk', async () => {
      github.state.roles = { Codertocat: 'triage' }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(reactions()).toEqual(['eyes', 'confused'])
      expect(replies()).toEqual([])
      expect(outputs()).toMatchObject({ outcome: 'refused' })
    })

    it('reacts 😕 and replies why when an approver\'s request is refused, with a link to the run', async () => {
      pipeline.model.approvals.length = 0
      pipeline.model.waitAtApproval(pipeline.model.startExecution('shop-pipeline', PR_MERGE_COMMIT), 'Deploy', 'Approve')
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(reactions()).toEqual(['eyes', 'confused'])
      expect(replies()).toEqual([
        '😕 Nothing was sent to CodePipeline. The approval Deploy/Approve in pipeline "shop-pipeline" waits for commit c4295bd, but pull request #2 (head) is ec26c3e, so nothing was sent: if c4295bd was reviewed, name it ("/approve-deploy c4295bd" or the revision input), otherwise wait until the pipeline reaches ec26c3e, then comment again once the pull request says that the deployment waits for it.\n\n[Workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242) (the job log has the details)'
      ])
    })

    it('keeps AWS account ids and role ARNs out of the public reply, and in the log', async () => {
      pipeline.inject({
        kind: 'error',
        operation: 'PutApprovalResult',
        times: 1,
        error: {
          type: 'AccessDeniedException',
          message: 'User: arn:aws:sts::123456789012:assumed-role/github/run is not authorized to perform: codepipeline:PutApprovalResult'
        }
      })
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(core.setFailed).toHaveBeenCalledWith(expect.stringContaining('arn:aws:sts::123456789012:assumed-role/github/run'))
      const [reply] = replies()
      expect(reply).toContain("The AWS credentials may not call codepipeline:PutApprovalResult: allow codepipeline:PutApprovalResult on the pipeline in the role's IAM policy.")
      expect(reply).not.toMatch(/123456789012|arn:aws/)
    })

    it('replies to a label but has no comment to react to', async () => {
      useEvent('pull_request', labeledEvent({ label: 'reject-deploy' }))
      await run()
      expect(reactions()).toEqual([])
      expect(replies()).toEqual([expect.stringMatching(/^🛑 \*\*Rejected\*\* /)])
    })

    it('stays quiet when reactions and reply are false', async () => {
      useInputs({ 'pipeline-name': 'shop-pipeline', reactions: 'false', reply: 'false' })
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      expect(reactions()).toEqual([])
      expect(replies()).toEqual([])
    })

    it('does not comment on a merge', async () => {
      pipeline.model.approvals.length = 0
      const merged = pipeline.model.waitAtApproval(pipeline.model.startExecution('shop-pipeline', PR_MERGE_COMMIT), 'Deploy', 'Approve')
      useEvent('pull_request', closedEvent({ merged: true }))
      await run()
      expect(pipeline.model.answerOf(merged)?.status).toBe('Succeeded')
      expect(github.calls.filter((call) => call.method === 'POST' && !call.path.includes('/statuses/'))).toEqual([])
    })

    it('turns a missing permission for feedback into a warning, never a failure', async () => {
      github.inject({ route: /^POST /, status: 403, times: 10 })
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(core.setFailed).not.toHaveBeenCalled()
      expect(pipeline.model.answerOf(token)?.status).toBe('Succeeded')
      expect(core.warning).toHaveBeenCalledWith(
        'Could not add the eyes reaction on pull request #2 (HTTP 403): give the workflow pull-requests: write, or set reactions to false; the outcome is unchanged.'
      )
      expect(core.warning).toHaveBeenCalledWith(
        'Could not reply on pull request #2 (HTTP 403): give the workflow pull-requests: write, or set reply to false; the outcome is unchanged.'
      )
      expect(core.warning).toHaveBeenCalledWith(
        'Could not set the commit status of ec26c3e (HTTP 403): give the workflow statuses: write, or set commit-status to false; the outcome is unchanged.'
      )
      // Cosmetic calls are tried once.
      expect(github.calls.filter((call) => call.method === 'POST')).toHaveLength(4)
    })
  })

  describe('job summary', () => {
    const stepSummary = () => readFileSync(stepSummaryFile, 'utf8')

    it('tabulates a sent decision', async () => {
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy <b>ship</b>' }))
      await run()
      const written = stepSummary()
      expect(written).toContain('<h3>CodePipeline approval: Approved</h3>')
      expect(written).toContain('<tr><td>Approval</td><td>Deploy/Approve</td></tr>')
      expect(written).toContain(`<tr><td>Commit</td><td>${PR_HEAD} (matches the request)</td></tr>`)
      expect(written).toContain(`<tr><td>Pull request</td><td><a href="${PR_URL}">#2</a></td></tr>`)
      // Comment text is escaped, never markup.
      expect(written).toContain('&lt;b&gt;ship&lt;/b&gt;')
      expect(written).not.toContain('<b>ship</b>')
    })

    it('tabulates skips and failures too', async () => {
      useEvent('pull_request', labeledEvent({ label: 'bug' }))
      await run()
      expect(stepSummary()).toContain('<h3>CodePipeline approval: skipped</h3>')
      useInputs({ 'pipeline-name': 'missing-pipeline' })
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      const written = stepSummary()
      expect(written).toContain('<h3>CodePipeline approval: nothing was sent</h3>')
      expect(written).toContain('<tr><td>Why</td><td>CodePipeline found no pipeline &quot;missing-pipeline&quot; in us-east-1: check pipeline-name and aws-region.</td></tr>')
    })
  })
})
