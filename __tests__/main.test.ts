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

function useEvent(eventName: string, payload: object, actor?: string): void {
  Object.assign(process.env, runnerEnvironment(eventName, payload, actor), { GITHUB_STEP_SUMMARY: stepSummaryFile })
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
    // Permission and pull request are read side by side, as are the declaration and the state.
    expect(github.routes().filter((route) => route.startsWith('GET')).sort()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/pulls/2'
    ])
    expect(pipeline.operations().slice(0, 2).sort()).toEqual(['GetPipeline', 'GetPipelineState'])
    expect(pipeline.operations().slice(2)).toEqual(['GetPipelineExecution', 'PutApprovalResult'])
    const summary = `Approved by @Codertocat via ${PR_URL} (commit ec26c3e): smoke tests pass`
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
      'pull-request': '2'
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

  it('refuses a commit nobody reviewed', async () => {
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy 0123456' }))
    await run()
    expect(core.setFailed).toHaveBeenCalledWith(expect.stringMatching(/^The approval Deploy\/Approve in pipeline "shop-pipeline" waits for commit ec26c3e, but the commit pinned in the command is 0123456, so nothing was sent/))
    expect(putRequests()).toEqual([])
    // A pinned commit needs no pull request lookup.
    expect(github.routes().filter((route) => route.startsWith('GET'))).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission'
    ])
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
    // The payload carries the commits: no pull request lookup.
    expect(github.routes()).toEqual(['GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission'])
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
      result: { status: 'Approved', summary: 'Approved by @deployer via https://github.com/Codertocat/Hello-World/actions/runs/4242 (commit ec26c3e)' }
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
  })

  describe('feedback', () => {
    const reactions = () =>
      github.calls.filter((call) => call.path.endsWith('/reactions')).map((call) => (call.body as { content: string }).content)
    const replies = () => github.calls.filter((call) => call.path.endsWith('/comments')).map((call) => (call.body as { body: string }).body)

    it('reacts 👀 then 🚀, and replies only after the decision was sent', async () => {
      const seenWhenCalled: string[] = []
      github.onCall = (call) => {
        if (call.method === 'POST') seenWhenCalled.push(`${call.path.split('/').at(-1)} ${pipeline.model.answerOf(token)?.status}`)
      }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(reactions()).toEqual(['eyes', 'rocket'])
      expect(seenWhenCalled).toEqual(['reactions InProgress', expect.stringMatching(/ Succeeded$/), expect.stringMatching(/ Succeeded$/)])
      const [reply] = replies()
      expect(reply).toContain('🚀 **Approved** **Deploy/Approve** in pipeline **shop-pipeline**.')
      expect(reply).toContain('| Commit | `ec26c3e` (matches this pull request) |')
      expect(reply).toContain('[Workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242)')
      expect(reply).not.toMatch(/@[A-Za-z]/)
    })

    it('reacts 😕 and replies why when the request is refused', async () => {
      github.state.roles = { Codertocat: 'triage' }
      useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
      await run()
      expect(reactions()).toEqual(['eyes', 'confused'])
      expect(replies()).toEqual([
        '😕 Nothing was sent to CodePipeline. @\u200bCodertocat has the triage role on Codertocat/Hello-World, and to approve a deployment needs at least write: ask someone with write access to act.\n\n[Workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242)'
      ])
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
      expect(github.calls.filter((call) => call.method === 'POST')).toEqual([])
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
      // Cosmetic calls are tried once.
      expect(github.calls.filter((call) => call.method === 'POST')).toHaveLength(3)
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
      expect(written).toContain('<tr><td>Commit</td><td>ec26c3e (matches the request)</td></tr>')
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
