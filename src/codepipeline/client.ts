import {
  CodePipelineClient,
  GetPipelineCommand,
  GetPipelineExecutionCommand,
  GetPipelineStateCommand,
  ListActionExecutionsCommand,
  ListPipelineExecutionsCommand,
  PutApprovalResultCommand
} from '@aws-sdk/client-codepipeline'
import { awsErrorFacts, describeAwsError, isTransientAwsError, type CallTarget } from './aws-errors.js'
import { CodePipelineError, type CodePipelineApi } from './api.js'

/** Every request gives up after this long, so a hung endpoint cannot hang the job. */
const REQUEST_TIMEOUT_MS = 10_000
const CONNECT_TIMEOUT_MS = 5_000
/** The SDK's standard retry strategy backs off on throttling, 5xx and timeouts. */
const MAX_ATTEMPTS = 3

export interface CodePipelineClientOptions {
  /** Empty: the SDK's own resolution (AWS_REGION, profile, ...). */
  region?: string
  /** Called with every approval token as soon as a response holds one. */
  mask(secret: string): void
  /** core.debug: one line per call (operation, status, duration), never a token. */
  debug?(message: string): void
  /** Tests shorten it; users get REQUEST_TIMEOUT_MS. */
  requestTimeoutMs?: number
}

/**
 * CodePipeline over the AWS SDK: credentials, region and endpoint
 * (AWS_ENDPOINT_URL_CODEPIPELINE) come from the SDK's default resolution.
 * Failures are rethrown as one sentence that names what failed.
 */
export function createCodePipelineApi(options: CodePipelineClientOptions): CodePipelineApi {
  const client = new CodePipelineClient({
    region: options.region,
    maxAttempts: MAX_ATTEMPTS,
    // Without throwOnRequestTimeout the SDK only logs a slow request and keeps waiting.
    requestHandler: {
      connectionTimeout: CONNECT_TIMEOUT_MS,
      requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
      throwOnRequestTimeout: true
    },
    customUserAgent: 'codepipeline-approval-action'
  })

  const debug = options.debug ?? (() => undefined)

  async function call<T extends { $metadata?: { httpStatusCode?: number; attempts?: number } }>(
    target: CallTarget,
    send: () => Promise<T>
  ): Promise<T> {
    const started = performance.now()
    const took = (): string => `${Math.round(performance.now() - started)} ms`
    try {
      const output = await send()
      debug(`CodePipeline ${target.operation}: HTTP ${output.$metadata?.httpStatusCode ?? '?'} in ${took()} (${output.$metadata?.attempts ?? 1} attempt(s))`)
      return output
    } catch (error) {
      const region = await client.config.region().catch(() => undefined)
      const { code, attempts, status } = awsErrorFacts(error)
      debug(`CodePipeline ${target.operation}: ${code}${status ? ` (HTTP ${status})` : ''} in ${took()} (${attempts} attempt(s))`)
      const where = { ...target, region }
      throw new CodePipelineError(describeAwsError(error, where), code, attempts, {
        cause: error,
        publicMessage: describeAwsError(error, where, { forPublic: true }),
        transient: isTransientAwsError(error)
      })
    }
  }

  return {
    async getPipeline(pipelineName) {
      const output = await call({ operation: 'GetPipeline', pipelineName }, () =>
        client.send(new GetPipelineCommand({ name: pipelineName }))
      )
      if (!output.pipeline) throw new CodePipelineError(`CodePipeline returned no declaration for pipeline "${pipelineName}".`, 'EmptyResponse', 1)
      return output.pipeline
    },

    async getPipelineState(pipelineName) {
      const output = await call({ operation: 'GetPipelineState', pipelineName }, () =>
        client.send(new GetPipelineStateCommand({ name: pipelineName }))
      )
      for (const stage of output.stageStates ?? []) {
        for (const action of stage.actionStates ?? []) {
          if (action.latestExecution?.token) options.mask(action.latestExecution.token)
        }
      }
      return output
    },

    async getPipelineExecution(pipelineName, pipelineExecutionId) {
      const output = await call({ operation: 'GetPipelineExecution', pipelineName }, () =>
        client.send(new GetPipelineExecutionCommand({ pipelineName, pipelineExecutionId }))
      )
      return output.pipelineExecution ?? {}
    },

    listPipelineExecutions(pipelineName, nextToken) {
      return call({ operation: 'ListPipelineExecutions', pipelineName }, () =>
        client.send(new ListPipelineExecutionsCommand({ pipelineName, maxResults: 100, nextToken }))
      )
    },

    async listActionExecutions(pipelineName, pipelineExecutionId, nextToken) {
      const output = await call({ operation: 'ListActionExecutions', pipelineName }, () =>
        client.send(new ListActionExecutionsCommand({ pipelineName, filter: { pipelineExecutionId }, maxResults: 100, nextToken }))
      )
      // In PARALLEL mode an approval's externalExecutionId is its token.
      for (const detail of output.actionExecutionDetails ?? []) {
        const id = detail.output?.executionResult?.externalExecutionId
        if (id && detail.input?.actionTypeId?.category === 'Approval') options.mask(id)
      }
      return output
    },

    region() {
      return client.config.region().catch(() => undefined)
    },

    putApprovalResult(input) {
      const { pipelineName = '', stageName, actionName } = input
      return call({ operation: 'PutApprovalResult', pipelineName, stageName, actionName }, () =>
        client.send(new PutApprovalResultCommand(input))
      )
    }
  }
}
