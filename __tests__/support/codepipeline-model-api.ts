import { CodePipelineError, type CodePipelineApi } from '../../src/codepipeline/api.js'
import { CodePipelineFault, type CodePipelineModel } from './codepipeline-model.js'

/**
 * The model as a CodePipelineApi, for unit tests that need no HTTP. A fault
 * becomes the CodePipelineError the real client throws, with its AWS name.
 */
export function modelApi(model: CodePipelineModel, options: { attempts?: number } = {}): CodePipelineApi {
  const call = async <T>(operation: string, input: Record<string, unknown>): Promise<T> => {
    try {
      return model.handle(operation, input) as T
    } catch (error) {
      if (error instanceof CodePipelineFault) {
        throw new CodePipelineError(`${operation}: ${error.type}: ${error.message}`, error.type, options.attempts ?? 1)
      }
      throw error
    }
  }
  return {
    getPipeline: async (name) => (await call<{ pipeline: Awaited<ReturnType<CodePipelineApi['getPipeline']>> }>('GetPipeline', { name })).pipeline,
    getPipelineState: (name) => call('GetPipelineState', { name }),
    getPipelineExecution: async (pipelineName, pipelineExecutionId) =>
      (await call<{ pipelineExecution: Awaited<ReturnType<CodePipelineApi['getPipelineExecution']>> }>('GetPipelineExecution', {
        pipelineName,
        pipelineExecutionId
      })).pipelineExecution,
    listPipelineExecutions: (pipelineName, nextToken) => call('ListPipelineExecutions', { pipelineName, maxResults: 100, nextToken }),
    listActionExecutions: (pipelineName, pipelineExecutionId, nextToken) =>
      call('ListActionExecutions', { pipelineName, filter: { pipelineExecutionId }, maxResults: 100, nextToken }),
    putApprovalResult: (input) => call('PutApprovalResult', { ...input }),
    region: async () => 'us-east-1'
  }
}
