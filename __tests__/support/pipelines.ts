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
