import { afterAll, afterEach, beforeAll, beforeEach, expect } from '@jest/globals'
import { CodePipelineModel, type ExecutionMode } from '../../support/codepipeline-model.js'
import { CodePipelineServer } from '../../support/codepipeline-server.js'
import { GitHubServer } from '../../support/github-server.js'
import { shopPipeline } from '../../support/pipelines.js'
import { maskedLog, runAction, type ActionRun, type ActionRunOptions } from './run-action.js'

export type RunOptions = Pick<ActionRunOptions, 'eventName' | 'payload'> & Partial<Omit<ActionRunOptions, 'node'>>

export interface StandIns {
  github: GitHubServer
  pipeline: CodePipelineServer
  /** Runs the bundle under `node` against the stand-ins; inputs default to pipeline-name shop-pipeline. */
  run(node: string, options: RunOptions): Promise<ActionRun>
  /** Serves the shop pipeline with one execution at `commit` waiting at Deploy/Approve. */
  waitingFor(
    commit: string,
    options?: { afterPolls?: number; executionMode?: ExecutionMode }
  ): { model: CodePipelineModel; executionId: string; token: string }
}

/**
 * Starts the GitHub and CodePipeline stand-ins for a test file, gives each
 * test a fresh state, and checks after each test that no approval token of
 * the pipeline ever showed unmasked in a run's log.
 */
export function useStandIns(): StandIns {
  const runs: ActionRun[] = []
  const standIns = {} as StandIns

  beforeAll(async () => {
    standIns.github = await GitHubServer.start()
    standIns.pipeline = await CodePipelineServer.start()
  })
  afterAll(async () => {
    await standIns.github.close()
    await standIns.pipeline.close()
  })
  beforeEach(() => {
    standIns.github.reset()
    standIns.pipeline.reset(new CodePipelineModel())
    runs.length = 0
  })
  afterEach(() => {
    const tokens = standIns.pipeline.model.approvals.map((approval) => approval.token)
    for (const run of runs) {
      const { log } = maskedLog(run)
      for (const token of tokens) {
        expect(log).not.toContain(token)
        expect(run.stderr).not.toContain(token)
      }
    }
  })

  standIns.waitingFor = (commit, options = {}) => {
    const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', options.executionMode))
    const executionId = model.startExecution('shop-pipeline', commit)
    const token = model.waitAtApproval(executionId, 'Deploy', 'Approve', { afterPolls: options.afterPolls })
    standIns.pipeline.reset(model)
    return { model, executionId, token }
  }

  standIns.run = async (node, options) => {
    const run = await runAction({
      node,
      inputs: { 'pipeline-name': 'shop-pipeline' },
      githubUrl: standIns.github.url,
      codepipelineUrl: standIns.pipeline.url,
      ...options
    })
    runs.push(run)
    return run
  }
  return standIns
}
