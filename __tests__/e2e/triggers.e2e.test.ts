import { describe, expect, it } from '@jest/globals'
import { closedEvent, commentEvent, example, labeledEvent, PR_HEAD, PR_MERGE_COMMIT, PR_URL } from '../support/payloads.js'
import { twoWaitingShop } from '../support/pipelines.js'
import { failureMessage, unexpectedStderr, warnings } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

const RUN_URL = 'https://github.com/Codertocat/Hello-World/actions/runs/4242'

describe.each(runtimes())('dist/index.js under $name: each trigger sends its decision', ({ node }) => {
  const standIns = useStandIns()
  const puts = () => standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')


  it('approves on an /approve-deploy comment, for the pull request head, with every output', async () => {
    const { token, executionId } = standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })

    expect(unexpectedStderr(run)).toBe('')
    expect(run.exitCode).toBe(0)
    const summary = `Approved by @Codertocat via ${PR_URL} (commit ${PR_HEAD})`
    expect(puts().map((request) => request.input)).toEqual([
      { pipelineName: 'shop-pipeline', stageName: 'Deploy', actionName: 'Approve', token, result: { status: 'Approved', summary } }
    ])
    expect(run.outputs).toEqual({
      decision: 'Approved',
      outcome: 'sent',
      'approved-at': expect.stringMatching(/^2026-11-01T10:00:\d\d\.000Z$/),
      'pipeline-execution-id': executionId,
      revision: PR_HEAD,
      summary,
      actor: 'Codertocat',
      'pull-request': '2',
      'pull-requests': '2',
      error: ''
    })
    // The head is checked against the comment: the pull request's commits and timeline, read beside the permission.
    expect(standIns.github.routes().filter((route) => route.startsWith('GET')).sort()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/issues/2/comments',
      'GET /repos/Codertocat/Hello-World/issues/2/timeline',
      'GET /repos/Codertocat/Hello-World/pulls/2',
      'GET /repos/Codertocat/Hello-World/pulls/2/commits'
    ])
    expect(standIns.github.calls.every((call) => call.authorization === 'token ghs_test_token')).toBe(true)
  })

  it('tells the pull request: 👀 when read, then 🚀 and a reply, and tabulates the job summary', async () => {
    const { executionId } = standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
    expect(run.exitCode).toBe(0)
    const posts = standIns.github.calls.filter((call) => call.method === 'POST')
    // 👀 goes out first; 🚀 and the reply go out side by side once the decision was sent.
    expect(posts[0]?.body).toEqual({ content: 'eyes' })
    expect(posts.map((call) => [call.path, call.body])).toEqual(
      expect.arrayContaining([
        ['/repos/Codertocat/Hello-World/issues/comments/492700400/reactions', { content: 'rocket' }],
        ['/repos/Codertocat/Hello-World/issues/2/comments', { body: expect.stringContaining(`| Execution | \`${executionId}\` |`) }],
        [`/repos/Codertocat/Hello-World/statuses/${PR_HEAD}`, expect.objectContaining({ state: 'success' })]
      ])
    )
    expect(posts).toHaveLength(4)
    expect(run.stepSummary).toContain('<h3>CodePipeline approval: Approved</h3>')
    expect(run.stepSummary).toContain(`<tr><td>Execution</td><td>${executionId}</td></tr>`)
  })

  it('reacts 😕 and replies why when it refuses an approver', async () => {
    standIns.waitingFor(PR_MERGE_COMMIT)
    const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
    expect(run.exitCode).toBe(1)
    const posts = standIns.github.calls.filter((call) => call.method === 'POST').map((call) => call.body)
    expect(posts).toContainEqual({ content: 'confused' })
    expect(standIns.github.commentsOn(2).map((comment) => comment.body)).toEqual([
      expect.stringMatching(/^😕 Nothing was sent to CodePipeline\. The approval Deploy\/Approve in pipeline "shop-pipeline" waits for commit c4295bd/)
    ])
  })

  it('reacts 😕 but never replies to someone who may not act', async () => {
    standIns.waitingFor(PR_HEAD)
    standIns.github.state.roles.Codertocat = 'read'
    const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
    expect(run.exitCode).toBe(1)
    expect(standIns.github.calls.filter((call) => call.method === 'POST').map((call) => call.body)).toEqual([{ content: 'eyes' }, { content: 'confused' }])
    expect(standIns.github.commentsOn(2)).toEqual([])
  })

  it('keeps the outcome when GitHub refuses the feedback, warning instead', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    standIns.github.inject({ route: /^POST /, status: 403, times: 10 })
    const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
    expect(run.exitCode).toBe(0)
    expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Succeeded')
    expect(warnings(run)).toContain(
      'Could not add the eyes reaction on pull request #2 (HTTP 403): give the workflow pull-requests: write, or set reactions to false; the outcome is unchanged.'
    )
  })

  it('rejects on /reject-deploy with a pinned commit, quoting the reason', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, {
      eventName: 'issue_comment',
      payload: commentEvent({ body: '/Reject-Deploy ec26c3e5 smoke tests fail\non staging' })
    })
    expect(run.exitCode).toBe(0)
    expect(puts()[0]?.input).toMatchObject({
      token,
      result: { status: 'Rejected', summary: `Rejected by @Codertocat via ${PR_URL} (commit ${PR_HEAD}): smoke tests fail on staging` }
    })
    expect(standIns.pipeline.model.answerOf(token)?.status).toBe('Failed')
    // The pin is checked against the pull request: its head, its commits and (for a short pin) its
    // force-pushes; once sent, the pull request's notice is looked for.
    expect(standIns.github.routes().filter((route) => route.startsWith('GET')).sort()).toEqual([
      'GET /repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
      'GET /repos/Codertocat/Hello-World/issues/2/comments',
      'GET /repos/Codertocat/Hello-World/issues/2/timeline',
      'GET /repos/Codertocat/Hello-World/pulls/2',
      'GET /repos/Codertocat/Hello-World/pulls/2/commits'
    ])
  })

  it('approves the merge commit when a pull request is merged (pull_request_target)', async () => {
    const { token } = standIns.waitingFor(PR_MERGE_COMMIT)
    standIns.github.state.roles.merger = 'maintain'
    const run = await standIns.run(node, { eventName: 'pull_request_target', payload: closedEvent({ merged: true, sender: 'merger' }) })
    expect(run.exitCode).toBe(0)
    expect(puts()[0]?.input).toMatchObject({ token, result: { status: 'Approved', summary: `Approved by @merger via ${PR_URL} (commit ${PR_MERGE_COMMIT})` } })
    expect(run.outputs).toMatchObject({ actor: 'merger', revision: PR_MERGE_COMMIT })
  })

  it('rejects when a pull request is closed without merging and reject-on-close is true', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, {
      eventName: 'pull_request',
      payload: closedEvent({ merged: false }),
      inputs: { 'pipeline-name': 'shop-pipeline', 'reject-on-close': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(puts()[0]?.input).toMatchObject({ token, result: { status: 'Rejected' } })
  })

  it.each([
    ['approve-deploy', 'Approved'],
    ['reject-deploy', 'Rejected']
  ])('acts on the %s label for the person who added it', async (label, status) => {
    const { token } = standIns.waitingFor(PR_HEAD)
    standIns.github.state.roles.labeller = 'write'
    const run = await standIns.run(node, { eventName: 'pull_request', payload: labeledEvent({ label, sender: 'labeller' }) })
    expect(run.exitCode).toBe(0)
    expect(puts()[0]?.input).toMatchObject({ token, result: { status, summary: `${status} by @labeller via ${PR_URL} (commit ${PR_HEAD})` } })
  })

  it('gates a deployment from a workflow step: explicit decision and revision, linking the run, writing to GitHub only once it is sent', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    const answeredWhenAsked: string[] = []
    standIns.github.onCall = (call) => {
      // Reads for the notices may go out beside the CodePipeline reads; writes only after the answer.
      if (call.method !== 'GET') answeredWhenAsked.push(standIns.pipeline.model.answerOf(token)?.status ?? '')
    }
    const run = await standIns.run(node, {
      eventName: 'push',
      payload: example('push'),
      actor: 'deploy-bot',
      inputs: { 'pipeline-name': 'shop-pipeline', decision: 'Approved', revision: PR_HEAD, summary: 'integration tests passed' }
    })
    expect(run.exitCode).toBe(0)
    expect(puts()[0]?.input).toMatchObject({
      token,
      result: { status: 'Approved', summary: `Approved by @deploy-bot via ${RUN_URL} (commit ${PR_HEAD}): integration tests passed` }
    })
    expect(run.outputs).toMatchObject({ actor: 'deploy-bot', 'pull-request': '' })
    // Afterwards, the commit status and the notices of the commit's pull requests say so.
    expect(answeredWhenAsked.length).toBeGreaterThan(0)
    expect(new Set(answeredWhenAsked)).toEqual(new Set(['Succeeded']))
    expect(standIns.github.statusesOf(PR_HEAD)).toMatchObject([{ state: 'success', context: 'codepipeline-approval/shop-pipeline/Deploy/Approve' }])
  })

  it('with an explicit decision and no commit to compare, warns and sends', async () => {
    standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, {
      eventName: 'workflow_dispatch',
      payload: example('workflow_dispatch'),
      inputs: { 'pipeline-name': 'shop-pipeline', decision: 'rejected' }
    })
    expect(run.exitCode).toBe(0)
    expect(warnings(run)).toEqual([
      'The commit was not checked: the request names no commit to compare with the approval Deploy/Approve in pipeline "shop-pipeline" (commit ec26c3e).'
    ])
    expect(puts()[0]?.input).toMatchObject({ result: { status: 'Rejected' } })
  })

  it('with dry-run, does everything but PutApprovalResult', async () => {
    const { token } = standIns.waitingFor(PR_HEAD)
    const run = await standIns.run(node, {
      eventName: 'issue_comment',
      payload: commentEvent({ body: '/approve-deploy' }),
      inputs: { 'pipeline-name': 'shop-pipeline', 'dry-run': 'true' }
    })
    expect(run.exitCode).toBe(0)
    expect(puts()).toEqual([])
    expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
    expect(run.outputs).toMatchObject({ outcome: 'dry-run', decision: 'Approved', 'approved-at': '', summary: `Approved by @Codertocat via ${PR_URL} (commit ${PR_HEAD})` })
  })

  describe('PARALLEL mode with two executions waiting at the approval', () => {
    function twoWaiting() {
      const shop = twoWaitingShop(PR_MERGE_COMMIT, PR_HEAD)
      standIns.pipeline.reset(shop.model)
      return { merged: shop.firstExecution, mergedToken: shop.firstToken, head: shop.secondExecution, headToken: shop.secondToken }
    }

    it('answers the execution whose commit the pull request vouches for, with its token', async () => {
      const { head, headToken, mergedToken } = twoWaiting()
      const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) })
      expect(run.exitCode).toBe(0)
      expect(puts().map((request) => request.input.token)).toEqual([headToken])
      expect(standIns.pipeline.model.answerOf(mergedToken)?.status).toBe('InProgress')
      expect(run.outputs['pipeline-execution-id']).toBe(head)
      // The token comes from ListActionExecutions: GetPipelineState has none in PARALLEL mode.
      expect(standIns.pipeline.operations().filter((operation) => operation.startsWith('List')).sort()).toEqual([
        'ListActionExecutions',
        'ListActionExecutions',
        'ListPipelineExecutions'
      ])
    })

    it('answers the other one when the comment pins its commit', async () => {
      const { mergedToken } = twoWaiting()
      // c4295bd is an earlier commit of the pull request, which a pin may name.
      standIns.github.state.pulls[2]!.commits = [PR_MERGE_COMMIT, PR_HEAD]
      const run = await standIns.run(node, { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy c4295bd' }) })
      expect(run.exitCode).toBe(0)
      expect(puts().map((request) => request.input.token)).toEqual([mergedToken])
    })

    it('never guesses when the request names no commit', async () => {
      const { merged, head } = twoWaiting()
      const run = await standIns.run(node, {
        eventName: 'workflow_dispatch',
        payload: example('workflow_dispatch'),
        inputs: { 'pipeline-name': 'shop-pipeline', decision: 'approved' }
      })
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe(
        `2 executions wait at Deploy/Approve in pipeline "shop-pipeline" (${head} at ec26c3e, ${merged} at c4295bd) and the request names no commit, so nothing was sent: name the reviewed commit ("/approve-deploy <sha>") or set revision to choose one.`
      )
      expect(puts()).toEqual([])
    })
  })
})
