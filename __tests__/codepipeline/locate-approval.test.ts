import { describe, expect, it } from '@jest/globals'
import type { CommitClaim } from '../../src/commit-check.js'
import { locateApproval, type LocateRequest } from '../../src/codepipeline/locate-approval.js'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { modelApi } from '../support/codepipeline-model-api.js'
import { fakeClock } from '../support/fake-clock.js'
import { shopPipeline, twoWaitingShop, waitingShop } from '../support/pipelines.js'

const SHA_A = 'aaaaaaa1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const SHA_B = 'bbbbbbb2bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
const head = (sha: string): CommitClaim => ({ commits: [sha], source: 'pull request #2 (head)' })
const noClaim: CommitClaim = { commits: [], source: 'the request' }

function locate(model: CodePipelineModel, overrides: Partial<LocateRequest> = {}) {
  const clock = fakeClock()
  const log: string[] = []
  const result = locateApproval(
    modelApi(model),
    {
      pipelineName: 'shop-pipeline',
      claim: head(SHA_A),
      revisionCheck: 'auto',
      command: '/approve-deploy',
      waitTimeoutSeconds: 0,
      pollIntervalSeconds: 10,
      ...overrides
    },
    { clock, log: (message) => log.push(message) }
  )
  return { result, clock, log }
}

const operations = (model: CodePipelineModel) => model.calls.map((call) => call.operation)

describe('locateApproval', () => {
  it('finds the pending approval of the execution whose commit the request vouches for', async () => {
    const { model, executionId, token } = waitingShop(SHA_A)
    await expect(locate(model).result).resolves.toEqual({
      pipelineName: 'shop-pipeline',
      executionMode: 'SUPERSEDED',
      stageName: 'Deploy',
      actionName: 'Approve',
      token,
      pipelineExecutionId: executionId,
      commits: [SHA_A],
      commit: SHA_A,
      verdict: { verified: true }
    })
    expect(operations(model)).toEqual(['GetPipeline', 'GetPipelineState', 'GetPipelineExecution'])
  })

  it('refuses a pending approval for another commit, naming both', async () => {
    const { model } = waitingShop(SHA_B)
    await expect(locate(model).result).rejects.toThrow(
      'The approval Deploy/Approve in pipeline "shop-pipeline" waits for commit bbbbbbb, but pull request #2 (head) is aaaaaaa, so nothing was sent'
    )
    expect(operations(model)).not.toContain('PutApprovalResult')
  })

  it('fails when nothing is pending, naming the pipeline, the approval and its latest status', async () => {
    const model = new CodePipelineModel().addPipeline(shopPipeline())
    await expect(locate(model).result).rejects.toThrow(
      'Nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" (Deploy/Approve is not run yet), so nothing was sent: check that the pipeline run reached the approval, or set wait-timeout to wait for it.'
    )
  })

  it('refuses to choose between several pending approvals when action-name is empty', async () => {
    const model = new CodePipelineModel().addPipeline({
      name: 'shop-pipeline',
      stages: [{ name: 'Deploy', actions: [{ name: 'QA' }, { name: 'Security' }] }]
    })
    const executionId = model.startExecution('shop-pipeline', SHA_A)
    model.waitAtApproval(executionId, 'Deploy', 'QA')
    model.waitAtApproval(executionId, 'Deploy', 'Security')
    await expect(locate(model).result).rejects.toThrow(
      'Several approvals wait in pipeline "shop-pipeline" (Deploy/QA, Deploy/Security), so nothing was sent: set stage-name and action-name to choose one.'
    )
    await expect(locate(model, { actionName: 'Security' }).result).resolves.toMatchObject({ actionName: 'Security' })
  })

  it('matches a pinned prefix', async () => {
    const { model } = waitingShop(SHA_A)
    await expect(locate(model, { claim: { commits: ['aaaaaaa1'], source: 'the commit pinned in the command' } }).result).resolves.toMatchObject({
      commit: SHA_A,
      verdict: { verified: true }
    })
  })

  it('warns, or with strict refuses, when the execution has no Git commit', async () => {
    const { model } = waitingShop('')
    await expect(locate(model).result).resolves.toMatchObject({ commit: undefined, verdict: { verified: false, warning: expect.any(String) } })
    await expect(locate(model, { revisionCheck: 'strict' }).result).rejects.toThrow('revision-check is strict')
  })

  it('with revision-check off, answers the one pending approval whatever its commit', async () => {
    const { model } = waitingShop(SHA_B)
    await expect(locate(model, { revisionCheck: 'off' }).result).resolves.toMatchObject({ commit: SHA_B, verdict: { verified: false } })
  })

  describe('waiting', () => {
    it('polls until the approval is pending, logging progress, and reads the pipeline once', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      const token = model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve', { afterPolls: 3 })
      const { result, clock, log } = locate(model, { waitTimeoutSeconds: 60 })
      await expect(result).resolves.toMatchObject({ token })
      expect(clock.sleeps).toEqual([10_000, 10_000, 10_000])
      expect(log[0]).toBe(
        'Waiting (check 1): Nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" (Deploy/Approve is not run yet); checking again in 10 s, 60 s left.'
      )
      expect(operations(model)).toEqual([
        'GetPipeline',
        'GetPipelineState',
        'GetPipelineState',
        'GetPipelineState',
        'GetPipelineState',
        'GetPipelineExecution'
      ])
    })

    it('gives up when the time runs out, within the budget, with the last reason', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      const { result, clock } = locate(model, { waitTimeoutSeconds: 25, pollIntervalSeconds: 10 })
      await expect(result).rejects.toThrow(
        'After waiting 25 s, nothing waits for an answer at Deploy/Approve in pipeline "shop-pipeline" (Deploy/Approve is not run yet), so nothing was sent'
      )
      expect(clock.sleeps).toEqual([10_000, 10_000, 5_000])
      expect(clock.elapsed()).toBe(25_000)
      expect(operations(model).filter((operation) => operation === 'GetPipelineState')).toHaveLength(4)
    })

    it('keeps waiting past an execution for another commit until the vouched one arrives, reading each execution once', async () => {
      const { model, token: oldToken } = waitingShop(SHA_B)
      const { result } = locate(model, { waitTimeoutSeconds: 100 })
      // While the action waits, someone answers the old execution and the vouched one reaches the approval.
      let polls = 0
      const handle = model.handle.bind(model)
      model.handle = (operation, input) => {
        if (operation === 'GetPipelineState' && ++polls === 3) {
          handle('PutApprovalResult', {
            pipelineName: 'shop-pipeline',
            stageName: 'Deploy',
            actionName: 'Approve',
            token: oldToken,
            result: { status: 'Rejected', summary: 'superseded' }
          })
          model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
        }
        return handle(operation, input)
      }
      const found = await result
      expect(found).toMatchObject({ commit: SHA_A, verdict: { verified: true } })
      expect(found.token).not.toBe(oldToken)
      expect(operations(model).filter((operation) => operation === 'GetPipelineExecution')).toHaveLength(2)
    })

    it('fails at once on what waiting cannot change', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      const { result, clock } = locate(model, { waitTimeoutSeconds: 600, actionName: 'Release' })
      await expect(result).rejects.toThrow('is a Build action, not a Manual approval')
      expect(clock.sleeps).toEqual([])
    })
  })

  describe('PARALLEL mode', () => {
    function twoWaiting() {
      const shop = twoWaitingShop(SHA_A, SHA_B)
      return { model: shop.model, first: shop.firstExecution, second: shop.secondExecution, tokenB: shop.secondToken }
    }

    it('picks the execution whose commit matches, using the listing revisions', async () => {
      const { model, second, tokenB } = twoWaiting()
      await expect(locate(model, { claim: head(SHA_B) }).result).resolves.toMatchObject({
        executionMode: 'PARALLEL',
        token: tokenB,
        pipelineExecutionId: second,
        commit: SHA_B,
        verdict: { verified: true }
      })
      expect(operations(model)).not.toContain('GetPipelineExecution')
    })

    it('never guesses when the request names no commit', async () => {
      const { model, first, second } = twoWaiting()
      await expect(locate(model, { claim: noClaim }).result).rejects.toThrow(
        `2 executions wait at Deploy/Approve in pipeline "shop-pipeline" (${second} at bbbbbbb, ${first} at aaaaaaa) and the request names no commit, so nothing was sent: name the reviewed commit ("/approve-deploy <sha>") or set revision to choose one.`
      )
    })

    it('never guesses when two executions wait for the same commit', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
      model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
      model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
      await expect(locate(model).result).rejects.toThrow(/^Executions .+ and .+ both wait at Deploy\/Approve in pipeline "shop-pipeline" for aaaaaaa/)
    })

    it('refuses when no waiting execution is for the vouched commit, listing them', async () => {
      const { model } = twoWaiting()
      await expect(locate(model, { claim: head('c'.repeat(40)) }).result).rejects.toThrow(
        /^None of the 2 executions waiting at Deploy\/Approve in pipeline "shop-pipeline" is for ccccccc \(pull request #2 \(head\)\); they are for .+ at bbbbbbb, .+ at aaaaaaa, so nothing was sent/
      )
    })

    it('answers the single waiting execution like any other mode', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
      const token = model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
      await expect(locate(model, { claim: noClaim }).result).resolves.toMatchObject({ token, verdict: { verified: false } })
    })
  })
})
