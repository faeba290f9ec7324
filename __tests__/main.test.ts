import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
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

function useEvent(eventName: string, payload: object, actor?: string): void {
  Object.assign(process.env, runnerEnvironment(eventName, payload, actor))
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
  github.calls.length = 0
  Object.assign(github.state, defaultGitHubState())
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
    expect(github.routes()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/pulls/2'
    ])
    expect(pipeline.operations()).toEqual(['GetPipeline', 'GetPipelineState', 'GetPipelineExecution', 'PutApprovalResult'])
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
    expect(github.routes()).toEqual(['GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission'])
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
})
