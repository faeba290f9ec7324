import { describe, expect, it } from '@jest/globals'
import type { SourceRevision } from '@aws-sdk/client-codepipeline'
import { CodePipelineError, type CodePipelineApi } from '../../src/codepipeline/api.js'
import type { CommitClaim } from '../../src/commit-check.js'
import { locateApproval, type LocateRequest } from '../../src/codepipeline/locate-approval.js'
import { ActionError, Refusal } from '../../src/errors.js'
import { CodePipelineModel } from '../support/codepipeline-model.js'
import { modelApi } from '../support/codepipeline-model-api.js'
import { fakeClock } from '../support/fake-clock.js'
import { shopPipeline, twoWaitingShop, waitingShop } from '../support/pipelines.js'

const SHA_A = 'aaaaaaa1aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'
const SHA_B = 'bbbbbbb2bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'
const head = (sha: string): CommitClaim => ({ requirements: [{ commits: [sha], source: 'pull request #2 (head)' }] })
const noClaim: CommitClaim = { requirements: [] }

/**
 * The model's api, but `times` calls of `operation` (after the first `after`
 * ones) throw `error` before reaching it.
 */
function failing(
  api: CodePipelineApi,
  operation: keyof CodePipelineApi,
  times: number,
  error: () => Error,
  after = 0
): CodePipelineApi & { failures: number } {
  let calls = 0
  let failures = 0
  const original = api[operation] as (...args: unknown[]) => Promise<unknown>
  const wrapped = {
    ...api,
    get failures() {
      return failures
    },
    [operation]: async (...args: unknown[]) => {
      if (++calls > after && failures < times) {
        failures++
        throw error()
      }
      return original(...args)
    }
  }
  return wrapped as CodePipelineApi & { failures: number }
}

/** The model's api, but every execution listed shows `sourceRevisions` (as some sources do: none at all). */
function emptyRevisions(api: CodePipelineApi, sourceRevisions: SourceRevision[]): CodePipelineApi {
  return {
    ...api,
    listPipelineExecutions: async (pipelineName, nextToken) => {
      const listing = await api.listPipelineExecutions(pipelineName, nextToken)
      return { ...listing, pipelineExecutionSummaries: listing.pipelineExecutionSummaries?.map((summary) => ({ ...summary, sourceRevisions })) }
    }
  }
}

const throttled = (operation: string) =>
  new CodePipelineError(`CodePipeline kept throttling ${operation} after 3 attempts: try again in a minute.`, 'ThrottlingException', 3, {
    transient: true,
    publicMessage: `CodePipeline kept throttling ${operation} (public): try again in a minute.`
  })

function locate(model: CodePipelineModel, overrides: Partial<LocateRequest> = {}, api: CodePipelineApi = modelApi(model)) {
  const clock = fakeClock()
  const log: string[] = []
  const groups: string[] = []
  const group = { start: (title: string) => void groups.push(`start ${title}`), end: () => void groups.push('end') }
  const result = locateApproval(
    api,
    {
      pipelineName: 'shop-pipeline',
      claim: head(SHA_A),
      revisionCheck: 'auto',
      command: '/approve-deploy',
      waitTimeoutSeconds: 0,
      pollIntervalSeconds: 10,
      ...overrides
    },
    { clock, log: (message) => log.push(message), group }
  )
  return { result, clock, log, groups }
}

/** What a promise rejected with, checked to be an ActionError. */
async function rejection(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ActionError)
  return error as ActionError
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
    // One wave: the execution's commits come with the listing of executions.
    expect(operations(model)).toEqual(['GetPipeline', 'GetPipelineState', 'ListPipelineExecutions'])
  })

  it.each([
    ['empty', [] as SourceRevision[]],
    ['without revision ids', [{ actionName: 'Source' }]]
  ])('reads the commits from GetPipelineExecution when the listing shows %s sourceRevisions', async (_what, sourceRevisions) => {
    const { model, token } = waitingShop(SHA_A)
    const api = emptyRevisions(modelApi(model), sourceRevisions)
    await expect(locate(model, {}, api).result).resolves.toMatchObject({ token, commits: [SHA_A], commit: SHA_A, verdict: { verified: true } })
    expect(operations(model)).toContain('GetPipelineExecution')
  })

  it('refuses a pending approval for another commit, naming both', async () => {
    const { model } = waitingShop(SHA_B)
    const error = await rejection(locate(model).result)
    expect(error).toBeInstanceOf(Refusal)
    expect(error.message).toBe(
      'The approval Deploy/Approve in pipeline "shop-pipeline" waits for commit bbbbbbb, but pull request #2 (head) is aaaaaaa, so nothing was sent: if bbbbbbb was reviewed, name it ("/approve-deploy bbbbbbb" or the revision input), otherwise wait until the pipeline reaches aaaaaaa.'
    )
    expect(operations(model)).not.toContain('PutApprovalResult')
  })

  it('adds what to do once the pipeline gets there when the request says (a comment: comment again)', async () => {
    const { model } = waitingShop(SHA_B)
    const error = await rejection(locate(model, { notYetHint: 'comment again once the pull request says that the deployment waits for it' }).result)
    expect(error).toBeInstanceOf(Refusal)
    expect(error.notWaiting).toBe(true)
    expect(error.message).toBe(
      'The approval Deploy/Approve in pipeline "shop-pipeline" waits for commit bbbbbbb, but pull request #2 (head) is aaaaaaa, so nothing was sent: if bbbbbbb was reviewed, name it ("/approve-deploy bbbbbbb" or the revision input), otherwise wait until the pipeline reaches aaaaaaa, then comment again once the pull request says that the deployment waits for it.'
    )
  })

  it('refuses an approval whose commit matches the pin but not the revision input', async () => {
    const { model } = waitingShop(SHA_A)
    const claim: CommitClaim = {
      requirements: [
        { commits: [SHA_A], source: 'the commit pinned in the command' },
        { commits: ['bbbbbbb'], source: 'the revision input' }
      ]
    }
    const error = await rejection(locate(model, { claim }).result)
    expect(error).toBeInstanceOf(Refusal)
    expect(error.message).toBe(
      'The approval Deploy/Approve in pipeline "shop-pipeline" waits for commit aaaaaaa, but the revision input is bbbbbbb, so nothing was sent: if aaaaaaa was reviewed, name it ("/approve-deploy aaaaaaa" or the revision input), otherwise wait until the pipeline reaches bbbbbbb.'
    )
    await expect(
      locate(model, { claim: { requirements: [claim.requirements[0]!, { commits: ['aaaaaaa1'], source: 'the revision input' }] } }).result
    ).resolves.toMatchObject({ commit: SHA_A, verdict: { verified: true } })
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

  it('matches a prefix', async () => {
    const { model } = waitingShop(SHA_A)
    await expect(locate(model, { claim: { requirements: [{ commits: ['aaaaaaa1'], source: 'the revision input' }] } }).result).resolves.toMatchObject({
      commit: SHA_A,
      verdict: { verified: true }
    })
  })

  it('warns, or with strict refuses, when the execution has no Git commit', async () => {
    const { model } = waitingShop('')
    await expect(locate(model).result).resolves.toMatchObject({ commit: undefined, verdict: { verified: false, warning: expect.any(String) } })
    const strict = await rejection(locate(model, { revisionCheck: 'strict' }).result)
    expect(strict).toBeInstanceOf(Refusal)
    expect(strict.message).toMatch(/^revision-check is strict/)
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
      // The declaration, the state and the executions (with their commits) once, then one state per poll.
      expect(operations(model)).toEqual(['GetPipeline', 'GetPipelineState', 'ListPipelineExecutions', 'GetPipelineState', 'GetPipelineState', 'GetPipelineState'])
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
      // The old execution's commits came with the first listing; the new one is read once.
      expect(operations(model).filter((operation) => operation === 'GetPipelineExecution')).toHaveLength(1)
    })

    it('fails at once on what waiting cannot change', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      const { result, clock } = locate(model, { waitTimeoutSeconds: 600, actionName: 'Release' })
      await expect(result).rejects.toThrow('is a Build action, not a Manual approval')
      expect(clock.sleeps).toEqual([])
    })
  })

  describe('waiting through CodePipeline errors', () => {
    it('logs a transient error and keeps polling until the approval is found', async () => {
      const { model, token } = waitingShop(SHA_A)
      const api = failing(modelApi(model), 'getPipelineState', 2, () => throttled('GetPipelineState'))
      const { result, clock, log, groups } = locate(model, { waitTimeoutSeconds: 60 }, api)
      await expect(result).resolves.toMatchObject({ token, commit: SHA_A, verdict: { verified: true } })
      expect(api.failures).toBe(2)
      expect(clock.sleeps).toEqual([10_000, 10_000])
      expect(log).toEqual([
        'Waiting (check 1): CodePipeline kept throttling GetPipelineState after 3 attempts; checking again in 10 s, 60 s left.',
        'Waiting (check 2): CodePipeline kept throttling GetPipelineState after 3 attempts; checking again in 10 s, 50 s left.'
      ])
      // Until a state answered, the declaration and the executions were asked again beside each one.
      expect(operations(model)).toEqual([
        'GetPipeline',
        'ListPipelineExecutions',
        'GetPipeline',
        'ListPipelineExecutions',
        'GetPipeline',
        'GetPipelineState',
        'ListPipelineExecutions'
      ])
      // Before the first look nothing says which approval is meant.
      expect(groups).toEqual(['start Waiting up to 60 s for the approval in pipeline "shop-pipeline"', 'end'])
    })

    it('asks for the declaration again on the next poll when it failed transiently, and only until it is read', async () => {
      const { model, token } = waitingShop(SHA_A)
      const api = failing(modelApi(model), 'getPipeline', 1, () => throttled('GetPipeline'))
      const { result, clock } = locate(model, { waitTimeoutSeconds: 60 }, api)
      await expect(result).resolves.toMatchObject({ token })
      expect(clock.sleeps).toEqual([10_000])
      // The first state was asked beside the failed declaration; all three are asked again, once.
      expect(operations(model)).toEqual(['GetPipelineState', 'ListPipelineExecutions', 'GetPipeline', 'GetPipelineState', 'ListPipelineExecutions'])
    })

    it('keeps the declaration once read, when a later state fails transiently', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve', { afterPolls: 1 })
      // The second state (the first poll after the declaration was read) is throttled.
      const api = failing(modelApi(model), 'getPipelineState', 1, () => throttled('GetPipelineState'), 1)
      const { result, clock } = locate(model, { waitTimeoutSeconds: 60 }, api)
      await expect(result).resolves.toMatchObject({ commit: SHA_A })
      expect(api.failures).toBe(1)
      expect(clock.sleeps).toEqual([10_000, 10_000])
      expect(operations(model)).toEqual(['GetPipeline', 'GetPipelineState', 'ListPipelineExecutions', 'GetPipelineState'])
    })

    it('asks for an execution again when reading it failed, rather than remembering the failure', async () => {
      const { model, token } = waitingShop(SHA_A)
      // Without the listing, the commits come from the execution itself.
      const unlisted = failing(modelApi(model), 'listPipelineExecutions', Infinity, () => throttled('ListPipelineExecutions'))
      const api = failing(unlisted, 'getPipelineExecution', 1, () => throttled('GetPipelineExecution'))
      const { result, clock, log } = locate(model, { waitTimeoutSeconds: 60 }, api)
      await expect(result).resolves.toMatchObject({ token, commits: [SHA_A], verdict: { verified: true } })
      expect(clock.sleeps).toEqual([10_000])
      expect(log).toEqual(['Waiting (check 1): CodePipeline kept throttling GetPipelineExecution after 3 attempts; checking again in 10 s, 60 s left.'])
      expect(operations(model)).toEqual(['GetPipeline', 'GetPipelineState', 'GetPipelineState', 'GetPipelineExecution'])
    })

    it('reports the last transient error at the deadline, after waiting, in the public words too', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      const api = failing(modelApi(model), 'getPipelineState', Infinity, () => throttled('GetPipelineState'))
      const { result, clock, groups } = locate(model, { waitTimeoutSeconds: 25 }, api)
      const error = await rejection(result)
      expect(error).not.toBeInstanceOf(Refusal)
      expect(error.message).toBe('After waiting 25 s, CodePipeline kept throttling GetPipelineState after 3 attempts: try again in a minute.')
      expect(error.publicMessage).toBe('After waiting 25 s, CodePipeline kept throttling GetPipelineState (public): try again in a minute.')
      expect(error.cause).toBeInstanceOf(CodePipelineError)
      expect(clock.sleeps).toEqual([10_000, 10_000, 5_000])
      expect(api.failures).toBe(4)
      expect(groups).toEqual(['start Waiting up to 25 s for the approval in pipeline "shop-pipeline"', 'end'])
    })

    it.each([
      ['access denied', 'AccessDeniedException'],
      ['an unknown pipeline', 'PipelineNotFoundException'],
      ['invalid input', 'ValidationException']
    ])('ends the wait at once on %s, which waiting cannot heal', async (_what, code) => {
      const { model } = waitingShop(SHA_A)
      const error = new CodePipelineError(`CodePipeline said ${code}.`, code, 1)
      const api = failing(modelApi(model), 'getPipelineState', Infinity, () => error)
      const { result, clock, groups } = locate(model, { waitTimeoutSeconds: 600 }, api)
      await expect(result).rejects.toBe(error)
      expect(clock.sleeps).toEqual([])
      expect(api.failures).toBe(1)
      expect(groups).toEqual([])
    })

    it('ends the wait on a non-transient error met after waiting began, closing the group', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve', { afterPolls: 1 })
      const denied = new CodePipelineError('The AWS credentials may not call codepipeline:GetPipelineState.', 'AccessDeniedException', 1)
      // The first state answers (nothing waits yet); the next one is denied.
      const api = failing(modelApi(model), 'getPipelineState', Infinity, () => denied, 1)
      const { result, clock, groups } = locate(model, { waitTimeoutSeconds: 600 }, api)
      await expect(result).rejects.toBe(denied)
      expect(clock.sleeps).toEqual([10_000])
      expect(groups).toEqual(['start Waiting up to 600 s for Deploy/Approve in pipeline "shop-pipeline"', 'end'])
    })

    it('ends the wait at once on an error that is no CodePipelineError', async () => {
      const { model } = waitingShop(SHA_A)
      const bug = new TypeError('undefined is not a function')
      const api = failing(modelApi(model), 'getPipelineState', Infinity, () => bug)
      const { result, clock } = locate(model, { waitTimeoutSeconds: 600 }, api)
      await expect(result).rejects.toBe(bug)
      expect(clock.sleeps).toEqual([])
    })

    it('throws a transient error at once when wait-timeout is 0', async () => {
      const { model } = waitingShop(SHA_A)
      const error = throttled('GetPipelineState')
      const api = failing(modelApi(model), 'getPipelineState', 1, () => error)
      const { result, clock, log, groups } = locate(model, { waitTimeoutSeconds: 0 }, api)
      await expect(result).rejects.toBe(error)
      expect(clock.sleeps).toEqual([])
      expect(log).toEqual([])
      expect(groups).toEqual([])
    })
  })

  describe('the log group of a wait', () => {
    it('is opened once when the first wait begins and closed once when the approval is found', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve', { afterPolls: 3 })
      const { result, groups, log } = locate(model, { waitTimeoutSeconds: 60 })
      await expect(result).resolves.toMatchObject({ commit: SHA_A })
      expect(log).toHaveLength(3)
      expect(groups).toEqual(['start Waiting up to 60 s for Deploy/Approve in pipeline "shop-pipeline"', 'end'])
    })

    it('is never opened when nothing is waited for', async () => {
      const found = locate(waitingShop(SHA_A).model, { waitTimeoutSeconds: 60 })
      await expect(found.result).resolves.toMatchObject({ commit: SHA_A })
      expect(found.groups).toEqual([])
      const missing = locate(new CodePipelineModel().addPipeline(shopPipeline()), { waitTimeoutSeconds: 0 })
      await expect(missing.result).rejects.toThrow(/^Nothing waits for an answer/)
      expect(missing.groups).toEqual([])
    })

    it('is closed when the time runs out', async () => {
      const { result, groups } = locate(new CodePipelineModel().addPipeline(shopPipeline()), { waitTimeoutSeconds: 25 })
      const error = await rejection(result)
      expect(error).not.toBeInstanceOf(Refusal)
      expect(error.message).toMatch(/^After waiting 25 s, nothing waits for an answer/)
      expect(groups).toEqual(['start Waiting up to 25 s for Deploy/Approve in pipeline "shop-pipeline"', 'end'])
    })

    it('is closed when the wait ends in a refusal, which stays a refusal after waiting', async () => {
      const { model } = waitingShop(SHA_B)
      const { result, groups, clock } = locate(model, { waitTimeoutSeconds: 25 })
      const error = await rejection(result)
      expect(error).toBeInstanceOf(Refusal)
      expect(error.message).toBe(
        'After waiting 25 s, the approval Deploy/Approve in pipeline "shop-pipeline" waits for commit bbbbbbb, but pull request #2 (head) is aaaaaaa, so nothing was sent: if bbbbbbb was reviewed, name it ("/approve-deploy bbbbbbb" or the revision input), otherwise wait until the pipeline reaches aaaaaaa.'
      )
      expect(error.publicMessage).toBe(error.message)
      expect(clock.elapsed()).toBe(25_000)
      expect(groups).toEqual(['start Waiting up to 25 s for Deploy/Approve in pipeline "shop-pipeline"', 'end'])
    })

    it('may be left out', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline())
      model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve', { afterPolls: 1 })
      const clock = fakeClock()
      const request: LocateRequest = {
        pipelineName: 'shop-pipeline',
        claim: head(SHA_A),
        revisionCheck: 'auto',
        command: '/approve-deploy',
        waitTimeoutSeconds: 60,
        pollIntervalSeconds: 10
      }
      await expect(locateApproval(modelApi(model), request, { clock, log: () => {} })).resolves.toMatchObject({ commit: SHA_A })
      expect(clock.sleeps).toEqual([10_000])
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

    it('reads the commits from GetPipelineExecution when the listing shows empty sourceRevisions', async () => {
      const { model, second, tokenB } = twoWaiting()
      const api = emptyRevisions(modelApi(model), [])
      await expect(locate(model, { claim: head(SHA_B) }, api).result).resolves.toMatchObject({
        token: tokenB,
        pipelineExecutionId: second,
        commits: [SHA_B],
        verdict: { verified: true }
      })
      expect(operations(model)).toContain('GetPipelineExecution')
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
      await expect(locate(model).result).rejects.toThrow(
        /^Executions .+ and .+ both wait at Deploy\/Approve in pipeline "shop-pipeline" for the commit the request vouches for \(pull request #2 \(head\) is aaaaaaa\), so nothing was sent: answer the one you mean in the CodePipeline console\.$/
      )
    })

    it('refuses when no waiting execution is for the vouched commit, listing them', async () => {
      const { model, first, second } = twoWaiting()
      const error = await rejection(locate(model, { claim: head('c'.repeat(40)) }).result)
      expect(error).toBeInstanceOf(Refusal)
      expect(error.message).toBe(
        `None of the 2 executions waiting at Deploy/Approve in pipeline "shop-pipeline" is for the commit the request vouches for (pull request #2 (head) is ccccccc); they are for ${second} at bbbbbbb, ${first} at aaaaaaa, so nothing was sent: name the reviewed commit ("/approve-deploy <sha>") or wait until the pipeline reaches it.`
      )
    })

    it('adds the hint to that refusal when the request gives one', async () => {
      const { model } = twoWaiting()
      const error = await rejection(locate(model, { claim: head('c'.repeat(40)), notYetHint: 'comment again once the notice appears' }).result)
      expect(error.message).toMatch(/ so nothing was sent: name the reviewed commit \("\/approve-deploy <sha>"\) or wait until the pipeline reaches it, then comment again once the notice appears\.$/)
    })

    it('answers the single waiting execution like any other mode', async () => {
      const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
      const token = model.waitAtApproval(model.startExecution('shop-pipeline', SHA_A), 'Deploy', 'Approve')
      await expect(locate(model, { claim: noClaim }).result).resolves.toMatchObject({ token, verdict: { verified: false } })
    })
  })
})
