import { CODEBUILD, CodePipelineModel, GITHUB_SOURCE, type ExecutionMode, type PipelineDefinition } from './codepipeline-model.js'

/** Source -> Build -> Deploy with a Manual approval "Approve" before "Release". */
export function shopPipeline(name = 'shop-pipeline', executionMode: ExecutionMode = 'SUPERSEDED'): PipelineDefinition {
  return {
    name,
    executionMode,
    stages: [
      { name: 'Source', actions: [{ name: 'Checkout', type: GITHUB_SOURCE }] },
      { name: 'Build', actions: [{ name: 'Compile', type: CODEBUILD }] },
      { name: 'Deploy', actions: [{ name: 'Approve' }, { name: 'Release', type: CODEBUILD }] }
    ]
  }
}

/** A model holding the shop pipeline with one execution waiting at Deploy/Approve for `commit`. */
export function waitingShop(commit: string, executionMode: ExecutionMode = 'SUPERSEDED') {
  const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', executionMode))
  const executionId = model.startExecution('shop-pipeline', commit)
  const token = model.waitAtApproval(executionId, 'Deploy', 'Approve')
  return { model, executionId, token }
}

/** A PARALLEL shop pipeline where two executions, at `first` then `second`, wait at Deploy/Approve. */
export function twoWaitingShop(first: string, second: string) {
  const model = new CodePipelineModel().addPipeline(shopPipeline('shop-pipeline', 'PARALLEL'))
  const firstExecution = model.startExecution('shop-pipeline', first)
  const firstToken = model.waitAtApproval(firstExecution, 'Deploy', 'Approve')
  const secondExecution = model.startExecution('shop-pipeline', second)
  const secondToken = model.waitAtApproval(secondExecution, 'Deploy', 'Approve')
  return { model, firstExecution, firstToken, secondExecution, secondToken }
}
