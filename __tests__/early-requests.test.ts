import { afterAll, afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import * as core from '../__fixtures__/core.js'
import { useAwsEnvironment } from './support/aws-environment.js'
import { CodePipelineModel } from './support/codepipeline-model.js'
import { CodePipelineServer } from './support/codepipeline-server.js'
import { defaultGitHubState, GitHubServer } from './support/github-server.js'
import { useInputs } from './support/inputs.js'
import { closedEvent, commentEvent, labeledEvent, PR_HEAD, PR_MERGE_COMMIT } from './support/payloads.js'
import { shopPipeline } from './support/pipelines.js'
import { runnerEnvironment } from './support/runner-environment.js'

// Merges, labels and comments that come before their approval waits, run
// in-process through main against the stand-ins: which commit a deferral
// names, when it must not defer, and what an early comment is told.
jest.unstable_mockModule('@actions/core', () => core)
const github = await GitHubServer.start()
process.env.GITHUB_API_URL = github.url
const { run } = await import('../src/main.js')

const OLDER = '0123456789abcdef0123456789abcdef01234567'
let pipeline: CodePipelineServer
let model: CodePipelineModel
let restoreAws: () => void

function useEvent(eventName: string, payload: object): void {
  delete process.env.GITHUB_TRIGGERING_ACTOR
  Object.assign(process.env, runnerEnvironment(eventName, payload))
}

const outputs = (): Record<string, unknown> => Object.fromEntries(core.setOutput.mock.calls)
const failure = (): string | undefined => core.setFailed.mock.calls[0]?.[0] as string | undefined

/** A label on pull request #2 once it is merged (state closed, merged, with its merge commit), or closed without merging. */
function labelledAfterClosing(merged: boolean): object {
  const payload = labeledEvent({ label: 'approve-deploy' }) as unknown as { pull_request: Record<string, unknown> }
  Object.assign(payload.pull_request, { state: 'closed', merged, merge_commit_sha: PR_MERGE_COMMIT })
  return payload
}

beforeEach(async () => {
  model = new CodePipelineModel().addPipeline(shopPipeline())
  pipeline = await CodePipelineServer.start(model)
  restoreAws = useAwsEnvironment(pipeline.url)
  github.reset(defaultGitHubState())
  useInputs({ 'pipeline-name': 'shop-pipeline', 'when-not-waiting': 'defer' })
})

afterEach(async () => {
  restoreAws()
  await pipeline.close()
})

afterAll(() => github.close())

describe('when-not-waiting: defer', () => {
  it('defers a label on a merged pull request for its merge commit, not its head', async () => {
    useEvent('pull_request_target', labelledAfterClosing(true))
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ outcome: 'deferred', revision: PR_MERGE_COMMIT, actor: 'Codertocat', 'pull-request': '2' })
    expect(core.notice).toHaveBeenCalledWith(expect.stringContaining(`When the pipeline reaches the approval for commit ${PR_MERGE_COMMIT}, `))
  })

  it('still defers a label on an open pull request for its head', async () => {
    useEvent('pull_request_target', labeledEvent({ label: 'approve-deploy' }))
    await run()
    expect(outputs()).toMatchObject({ outcome: 'deferred', revision: PR_HEAD })
  })

  it('refuses, in one sentence, to defer a label on a pull request closed without merging', async () => {
    useEvent('pull_request_target', labelledAfterClosing(false))
    await run()
    expect(outputs()).toMatchObject({ outcome: 'refused', revision: '' })
    expect(failure()).toMatch(
      /^Nothing waits for an answer at Deploy\/Approve in pipeline "shop-pipeline" \(.*\), and pull request #2 was closed without merging, so its approve-deploy label vouches for nothing and nothing was deferred: answer with a comment on the run that waits, or reopen the pull request and add the label again\.$/
    )
    expect(pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')).toEqual([])
  })

  it('defers, exit 0, when the pipeline already ran the merge commit to the end, saying which execution ended and how', async () => {
    const waiting = model.startExecution('shop-pipeline', OLDER)
    model.waitAtApproval(waiting, 'Deploy', 'Approve')
    const stopped = model.startExecution('shop-pipeline', PR_MERGE_COMMIT, { status: 'Stopped' })
    useEvent('pull_request_target', closedEvent({ merged: true }))
    await run()
    expect(core.setFailed).not.toHaveBeenCalled()
    expect(outputs()).toMatchObject({ outcome: 'deferred', revision: PR_MERGE_COMMIT })
    expect(core.notice).toHaveBeenCalledWith(
      expect.stringMatching(
        new RegExp(
          `^Deferred: the approval Deploy/Approve in pipeline "shop-pipeline" waits for commit 0123456, .*, and the pipeline's run of commit c4295bd ended \\(execution ${stopped} Stopped\\), so the approval will be answered only if a later run of that commit reaches it\\. When the pipeline reaches the approval for commit ${PR_MERGE_COMMIT}, `
        )
      )
    )
  })

  it('never defers a comment: nothing waits, so it fails and says to comment again once the notice appears', async () => {
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(outputs()).toMatchObject({ outcome: 'failed' })
    expect(failure()).toMatch(/, so nothing was sent: check that the pipeline run reached the approval, and comment again once the pull request says that the deployment waits/)
  })
})

describe('a comment that comes early', () => {
  const hint = 'then comment again once the pull request says that the deployment waits for it.'

  it('when the approval waits for an older commit, says to comment again once the notice appears', async () => {
    model.waitAtApproval(model.startExecution('shop-pipeline', OLDER), 'Deploy', 'Approve')
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(outputs()).toMatchObject({ outcome: 'refused' })
    expect(failure()).toMatch(new RegExp(`waits for commit 0123456, but pull request #2 \\(head\\) is ec26c3e, .*otherwise wait until the pipeline reaches ec26c3e, ${hint.replace(/\./g, '\\.')}$`))
  })

  it('in PARALLEL mode, when no waiting run is for its commit, says the same', async () => {
    model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
    model.waitAtApproval(model.startExecution('shop-pipeline', OLDER), 'Deploy', 'Approve')
    model.waitAtApproval(model.startExecution('shop-pipeline', 'b'.repeat(40)), 'Deploy', 'Approve')
    pipeline.reset(model)
    useEvent('issue_comment', commentEvent({ body: '/approve-deploy' }))
    await run()
    expect(failure()).toMatch(/^None of the 2 executions waiting at Deploy\/Approve .* or wait until the pipeline reaches it, then comment again once the pull request says that the deployment waits for it\.$/)
  })

  it('a merge that comes early is not told to comment', async () => {
    model.waitAtApproval(model.startExecution('shop-pipeline', OLDER), 'Deploy', 'Approve')
    useInputs({ 'pipeline-name': 'shop-pipeline' })
    useEvent('pull_request_target', closedEvent({ merged: true }))
    await run()
    expect(failure()).toMatch(/otherwise wait until the pipeline reaches ec26c3e\.$/)
  })
})
