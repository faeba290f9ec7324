import { describe, expect, it } from '@jest/globals'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { commentEvent, example, labeledEvent, PR_HEAD, PR_MERGE_COMMIT } from '../support/payloads.js'
import { shopPipeline } from '../support/pipelines.js'
import { failureMessage, unexpectedStderr } from './support/run-action.js'
import { runtimes } from './support/runtimes.js'
import { useStandIns } from './support/stand-ins.js'

const OTHER = '0123456789abcdef0123456789abcdef01234567'

describe.each(runtimes())('dist/index.js under $name: every refusal fails the step, says why, and sends nothing', ({ node }) => {
  const standIns = useStandIns()
  const sent = () => standIns.pipeline.requests.filter((request) => request.operation === 'PutApprovalResult')


  async function refusal(options: Parameters<typeof standIns.run>[1]): Promise<string | undefined> {
    const run = await standIns.run(node, options)
    expect(unexpectedStderr(run)).toBe('')
    expect(run.exitCode).toBe(1)
    expect(sent()).toEqual([])
    const message = failureMessage(run)
    expect(run.stepSummary).toContain('<h3>CodePipeline approval: nothing was sent</h3>')
    return message
  }

  const comment = (body = '/approve-deploy', author = 'Codertocat') => ({
    eventName: 'issue_comment',
    payload: commentEvent({ body, author })
  })

  describe('who may act', () => {
    it.each([
      ['read', 'write'],
      ['triage', 'write'],
      ['write', 'maintain']
    ])('denies the %s role when permission is %s, before any AWS request', async (role, permission) => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.bob = role
      const message = await refusal({ ...comment('/approve-deploy', 'bob'), inputs: { 'pipeline-name': 'shop-pipeline', permission } })
      expect(message).toBe(
        `@bob has the ${role} role on Codertocat/Hello-World, and to approve a deployment needs at least ${permission}: ask someone with ${permission} access to act.`
      )
      expect(standIns.pipeline.requests).toEqual([])
    })

    it('denies someone without access to the repository', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ eventName: 'pull_request', payload: labeledEvent({ label: 'approve-deploy', sender: 'stranger' }) })).toBe(
        '@stranger is not a collaborator on Codertocat/Hello-World and may not approve deployments: ask someone with write access to act.'
      )
    })

    it('denies a comment whose author is not the event sender', async () => {
      standIns.waitingFor(PR_HEAD)
      const payload = commentEvent({ body: '/approve-deploy', author: 'alice', sender: 'mallory' })
      expect(await refusal({ eventName: 'issue_comment', payload })).toBe(
        '@alice wrote the command but @mallory sent the event, so nothing was sent: @alice should post the command again.'
      )
      expect(standIns.github.routes().filter((route) => route.endsWith('/permission'))).toEqual([])
    })

    it('denies bots unless approvers names them', async () => {
      standIns.waitingFor(PR_HEAD)
      const payload = commentEvent({ body: '/approve-deploy', author: 'renovate[bot]', authorType: 'Bot' })
      expect(await refusal({ eventName: 'issue_comment', payload })).toBe(
        '@renovate[bot] is a bot account, and bots may not approve deployments unless approvers names them: add renovate[bot] to approvers if it should.'
      )
    })

    it('denies the author of the pull request with allow-self-approval false', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', 'allow-self-approval': 'false' } })).toBe(
        '@Codertocat opened pull request #2 and allow-self-approval is false, so @Codertocat may not approve its deployment: ask another approver.'
      )
    })

    it('with approvers, denies anyone not listed and not an active member of a listed team', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.teams['acme/deployers'] = { dave: 'active', erin: 'pending' }
      standIns.github.state.roles.erin = 'write'
      expect(
        await refusal({ ...comment('/approve-deploy', 'erin'), inputs: { 'pipeline-name': 'shop-pipeline', approvers: 'alice, acme/deployers' } })
      ).toBe('@erin is not among the approvers (@alice, acme/deployers), so nothing was sent: ask an approver to act, or add @erin to approvers.')
    })

    it('says when GitHub would not show a team, which needs read:org', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.inject({ route: /memberships/, status: 403, times: 1 })
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', approvers: 'acme/deployers' } })).toBe(
        '@Codertocat is not among the approvers (acme/deployers; GitHub answered HTTP 403 for acme/deployers, which also happens when github-token lacks read:org), so nothing was sent: ask an approver to act, or give the action a token with read:org as approvers-token.'
      )
    })

    it('lets an active member of a listed team approve', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.github.state.roles.dave = 'write'
      standIns.github.state.teams['acme/deployers'] = { dave: 'active' }
      const run = await standIns.run(node, { ...comment('/approve-deploy', 'dave'), inputs: { 'pipeline-name': 'shop-pipeline', approvers: '@acme/deployers' } })
      expect(run.exitCode).toBe(0)
      expect(sent()[0]?.input.token).toBe(token)
      expect(standIns.github.routes()).toContain('GET /orgs/acme/teams/deployers/memberships/dave')
    })

    it('fails clearly when github-token is rejected', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', 'github-token': 'expired' } })).toBe(
        "Could not read @Codertocat's role on Codertocat/Hello-World: GitHub rejected github-token (HTTP 401); check the github-token input."
      )
    })
  })

  describe('which commit', () => {
    it('refuses when the approval waits for a commit the pull request does not have, naming both', async () => {
      standIns.waitingFor(OTHER)
      expect(await refusal(comment())).toBe(
        'The approval Deploy/Approve in pipeline "shop-pipeline" waits for commit 0123456, but pull request #2 (head) is ec26c3e, so nothing was sent: if 0123456 was reviewed, name it ("/approve-deploy 0123456" or the revision input), otherwise wait until the pipeline reaches ec26c3e, then comment again once the pull request says that the deployment waits for it.'
      )
    })

    it('refuses a pinned commit that is not the one waiting', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.github.state.pulls[2]!.commits = [PR_MERGE_COMMIT, PR_HEAD]
      expect(await refusal(comment('/approve-deploy c4295bd'))).toMatch(
        /^The approval Deploy\/Approve in pipeline "shop-pipeline" waits for commit ec26c3e, but the commit pinned in the command is c4295bd/
      )
    })

    it('refuses a revision input that is not the one waiting', async () => {
      standIns.waitingFor(PR_HEAD)
      const message = await refusal({
        eventName: 'push',
        payload: example('push'),
        inputs: { 'pipeline-name': 'shop-pipeline', decision: 'approved', revision: OTHER }
      })
      expect(message).toMatch(/waits for commit ec26c3e, but the revision input is 0123456, so nothing was sent/)
    })

    it('with revision-check strict, refuses when it cannot verify', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(
        await refusal({
          eventName: 'workflow_dispatch',
          payload: example('workflow_dispatch'),
          inputs: { 'pipeline-name': 'shop-pipeline', decision: 'approved', 'revision-check': 'strict' }
        })
      ).toBe(
        'revision-check is strict and the request names no commit to compare with the approval Deploy/Approve in pipeline "shop-pipeline" (commit ec26c3e), so nothing was sent: set revision, or name the commit in the command.'
      )
    })

    it('with revision-check off, answers whatever commit waits', async () => {
      const { token } = standIns.waitingFor(OTHER)
      const run = await standIns.run(node, { ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', 'revision-check': 'off' } })
      expect(run.exitCode).toBe(0)
      expect(sent()[0]?.input.token).toBe(token)
    })
  })

  describe('finding the approval', () => {
    it('fails when nothing is pending, naming the approval and its latest status', async () => {
      standIns.pipeline.reset(new CodePipelineModel().addPipeline(shopPipeline()))
      expect(await refusal(comment())).toBe(
        'Nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" (Deploy/Approve is not run yet), so nothing was sent: check that the pipeline run reached the approval, and comment again once the pull request says that the deployment waits (or set wait-timeout to wait for it).'
      )
    })

    it('names what exists when action-name or stage-name is wrong', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', 'action-name': 'ManualApproval' } })).toBe(
        'There is no action "ManualApproval" in pipeline "shop-pipeline" (its Manual approvals: Deploy/Approve): check action-name.'
      )
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', 'stage-name': 'Prod' } })).toBe(
        'There is no stage "Prod" in pipeline "shop-pipeline" (its stages: Source, Build, Deploy): check stage-name.'
      )
    })

    it('lists the approvals when several are pending and action-name is empty', async () => {
      const model = new CodePipelineModel().addPipeline({
        name: 'shop-pipeline',
        stages: [{ name: 'Deploy', actions: [{ name: 'QA' }, { name: 'Security' }] }]
      })
      const execution = model.startExecution('shop-pipeline', PR_HEAD)
      model.waitAtApproval(execution, 'Deploy', 'QA')
      model.waitAtApproval(execution, 'Deploy', 'Security')
      standIns.pipeline.reset(model)
      expect(await refusal(comment())).toBe(
        'Several approvals wait in pipeline "shop-pipeline" (Deploy/QA, Deploy/Security), so nothing was sent: set stage-name and action-name to choose one.'
      )
    })

    it('says when the pipeline does not exist', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop' } })).toBe(
        'CodePipeline found no pipeline "shop" in us-east-1: check pipeline-name and aws-region.'
      )
    })

    it('names the IAM action when access is denied', async () => {
      standIns.waitingFor(PR_HEAD)
      standIns.pipeline.inject({
        kind: 'error',
        operation: 'PutApprovalResult',
        times: 1,
        error: {
          type: 'AccessDeniedException',
          message:
            'User: arn:aws:sts::123456789012:assumed-role/github/run is not authorized to perform: codepipeline:PutApprovalResult on resource: arn:aws:codepipeline:us-east-1:123456789012:shop-pipeline/Deploy/Approve'
        }
      })
      const run = await standIns.run(node, comment())
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe(
        "The AWS credentials may not call codepipeline:PutApprovalResult (User: arn:aws:sts::123456789012:assumed-role/github/run is not authorized to perform: codepipeline:PutApprovalResult on resource: arn:aws:codepipeline:us-east-1:123456789012:shop-pipeline/Deploy/Approve): allow codepipeline:PutApprovalResult on the pipeline in the role's IAM policy."
      )
    })

    it('says when someone else answered first', async () => {
      const { token } = standIns.waitingFor(PR_HEAD)
      standIns.pipeline.inject({
        kind: 'error',
        operation: 'PutApprovalResult',
        times: 1,
        error: { type: 'ApprovalAlreadyCompletedException', message: 'Approval already completed' }
      })
      const run = await standIns.run(node, comment())
      expect(run.exitCode).toBe(1)
      expect(failureMessage(run)).toBe(
        'The approval Deploy/Approve in pipeline "shop-pipeline" was already answered, so nothing was changed: check the pipeline\'s history in the console.'
      )
      expect(standIns.pipeline.model.answerOf(token)?.status).toBe('InProgress')
    })

    it('explains missing AWS credentials and a missing region', async () => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ ...comment(), env: { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined } })).toBe(
        'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step.'
      )
      expect(await refusal({ ...comment(), env: { AWS_REGION: undefined } })).toBe(
        'No AWS region is set: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).'
      )
    })
  })

  describe('bad inputs are refused before any request', () => {
    it.each([
      [{ 'pipeline-name': '' }, 'Input pipeline-name is required: set it to the name of the pipeline that holds the approval.'],
      [{ 'pipeline-name': 'shop pipeline' }, 'Input pipeline-name "shop pipeline" is not a valid CodePipeline name: use 1 to 100 letters, digits or the characters . @ - _.'],
      [{ 'action-name': 'Approve/Prod' }, 'Input action-name "Approve/Prod" is not a valid CodePipeline name: use 1 to 100 letters, digits or the characters . @ - _.'],
      [{ decision: 'lgtm' }, 'Input decision must be auto, approved or rejected (got "lgtm").'],
      [{ 'dry-run': 'yes' }, 'Input dry-run must be true or false (got "yes").'],
      [{ 'approve-on-merge': 'on' }, 'Input approve-on-merge must be true or false (got "on").'],
      [{ 'poll-interval': '0' }, 'Input poll-interval must be a whole number of seconds from 1 to 3600 (got "0").'],
      [{ 'wait-timeout': '10m' }, 'Input wait-timeout must be a whole number of seconds from 0 to 21600 (got "10m").'],
      [{ permission: 'triage' }, 'Input permission must be write, maintain or admin (got "triage").'],
      [{ revision: 'HEAD' }, 'Input revision must be a commit SHA of 7 to 40 hex digits (got "HEAD").'],
      [{ 'aws-region': 'mars-1' }, 'Input aws-region must be an AWS region such as us-east-1 (got "mars-1").']
    ])('%j', async (given, expected) => {
      standIns.waitingFor(PR_HEAD)
      expect(await refusal({ ...comment(), inputs: { 'pipeline-name': 'shop-pipeline', ...given } })).toBe(expected)
      expect(standIns.pipeline.requests).toEqual([])
      expect(standIns.github.calls).toEqual([])
    })
  })
})
