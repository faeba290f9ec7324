import type {
  GetPipelineStateOutput,
  ListActionExecutionsOutput,
  ListPipelineExecutionsOutput,
  PipelineDeclaration,
  PipelineExecution,
  PutApprovalResultInput,
  PutApprovalResultOutput
} from '@aws-sdk/client-codepipeline'
import { ActionError } from '../errors.js'

/**
 * The CodePipeline calls this action makes, one method per operation, so the
 * lookup logic can be tested with plain objects. codepipeline-client.ts is
 * the implementation over the AWS SDK.
 */
export interface CodePipelineApi {
  getPipeline(pipelineName: string): Promise<PipelineDeclaration>
  getPipelineState(pipelineName: string): Promise<GetPipelineStateOutput>
  getPipelineExecution(pipelineName: string, pipelineExecutionId: string): Promise<PipelineExecution>
  listPipelineExecutions(pipelineName: string, nextToken?: string): Promise<ListPipelineExecutionsOutput>
  listActionExecutions(
    pipelineName: string,
    pipelineExecutionId: string,
    nextToken?: string
  ): Promise<ListActionExecutionsOutput>
  putApprovalResult(input: PutApprovalResultInput): Promise<PutApprovalResultOutput>
  /** The region the client talks to, for console links. */
  region(): Promise<string | undefined>
}

/**
 * A failed CodePipeline call, described for the user; `code` is the AWS error
 * name, and `transient` says whether asking again later may succeed.
 */
export class CodePipelineError extends ActionError {
  readonly transient: boolean

  constructor(
    message: string,
    readonly code: string,
    readonly attempts: number,
    options?: { cause?: unknown; publicMessage?: string; transient?: boolean }
  ) {
    super(message, options)
    this.name = 'CodePipelineError'
    this.transient = options?.transient ?? false
  }
}
