/** What a failed call was about, for messages that name it. */
export interface CallTarget {
  operation: string
  pipelineName: string
  stageName?: string
  actionName?: string
  region?: string
}

interface AwsErrorShape {
  name?: string
  code?: string
  message?: string
  $metadata?: { attempts?: number; httpStatusCode?: number }
}

/** The AWS error name, and how many attempts the SDK made before giving up. */
export function awsErrorFacts(error: unknown): { code: string; attempts: number; status?: number } {
  const shape = (error ?? {}) as AwsErrorShape
  return {
    code: shape.name ?? shape.code ?? 'Error',
    attempts: shape.$metadata?.attempts ?? 1,
    status: shape.$metadata?.httpStatusCode
  }
}

// Errors that a later attempt may not meet: throttling, timeouts, 5xx, the network.
const TRANSIENT = new Set(['ThrottlingException', 'LimitExceededException', 'TimeoutError', 'RequestTimeout'])

/** Whether waiting and asking again may help; access, names and input errors never heal. */
export function isTransientAwsError(error: unknown): boolean {
  const { code, status } = awsErrorFacts(error)
  const networkCode = (error as { code?: unknown } | null)?.code
  return TRANSIENT.has(code) || (status !== undefined && status >= 500) || (typeof networkCode === 'string' && /^E[A-Z_]+$/.test(networkCode))
}

// Network errors raised before a request is written: it cannot have reached the service.
const NEVER_WRITTEN = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ENETDOWN'])

/**
 * Whether a failed call may have reached CodePipeline, and been applied: a
 * 5xx, a timeout, a connection lost after the request was written, an answer
 * that could not be read, or any failure after retries (an earlier attempt
 * may have been one of those). An answer that refused the call (4xx) on the
 * only attempt, or a connection never made, means it was not applied.
 */
export function mayHaveReached(error: unknown): boolean {
  const { code, attempts, status } = awsErrorFacts(error)
  const networkCode = (error as { code?: unknown } | null)?.code
  if (attempts > 1) return true
  if (status !== undefined && (status >= 500 || status < 300)) return true
  if (code === 'TimeoutError' || code === 'RequestTimeout') return true
  return typeof networkCode === 'string' && /^E[A-Z_]+$/.test(networkCode) && !NEVER_WRITTEN.has(networkCode)
}

/**
 * One sentence for a failed CodePipeline call: what happened and what to do.
 * With `forPublic`, AWS's own text (which carries account ids and role ARNs)
 * is left out, for replies on pull requests.
 */
export function describeAwsError(error: unknown, target: CallTarget, { forPublic = false } = {}): string {
  const shape = (error ?? {}) as AwsErrorShape
  const { code, attempts, status } = awsErrorFacts(error)
  const awsSays = forPublic ? '' : (shape.message ?? '').trim().replace(/\.$/, '')
  const pipeline = `pipeline "${target.pipelineName}"`
  const approval = `${target.stageName ?? '?'}/${target.actionName ?? '?'} in ${pipeline}`
  const where = target.region ? ` in ${target.region}` : ''
  const tries = attempts > 1 ? ` after ${attempts} attempts` : ''

  switch (code) {
    case 'PipelineNotFoundException':
      return `CodePipeline found no ${pipeline}${where}: check pipeline-name and aws-region.`
    case 'StageNotFoundException':
      return `CodePipeline found no stage "${target.stageName ?? ''}" in ${pipeline}: check stage-name.`
    case 'ActionNotFoundException':
      return `CodePipeline found no action "${target.actionName ?? ''}" in stage "${target.stageName ?? ''}" of ${pipeline}: check action-name.`
    case 'PipelineExecutionNotFoundException':
      return `CodePipeline no longer knows the execution waiting at ${approval}: run the action again.`
    case 'InvalidApprovalTokenException':
      return `The approval ${approval} is no longer waiting for this answer (its token was already used, or it expired): check the pipeline in the console and run the action again if it still waits.`
    case 'ApprovalAlreadyCompletedException':
      return `The approval ${approval} was already answered, so nothing was changed: check the pipeline's history in the console.`
    case 'AccessDeniedException':
    case 'AccessDenied':
      return `The AWS credentials may not call codepipeline:${target.operation}${awsSays ? ` (${awsSays})` : ''}: allow codepipeline:${target.operation} on the pipeline in the role's IAM policy.`
    // configure-aws-credentials sessions last 3600 s by default; a wait can last 21600 s.
    case 'ExpiredTokenException':
    case 'ExpiredToken':
      return `The AWS session expired (${code}): set role-duration-seconds on aws-actions/configure-aws-credentials to cover wait-timeout plus a margin for the rest of the job, and raise the role's MaxSessionDuration to allow it.`
    case 'UnrecognizedClientException':
    case 'InvalidSignatureException':
    case 'InvalidClientTokenId':
      return `AWS rejected the credentials (${code}): check the aws-actions/configure-aws-credentials step before this one.`
    case 'CredentialsProviderError':
      return 'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step.'
    case 'ValidationException':
      return `CodePipeline rejected ${target.operation} as invalid${awsSays ? ` (${awsSays})` : ''}: check the pipeline, stage and action names.`
    case 'ThrottlingException':
    case 'LimitExceededException':
      return `CodePipeline kept throttling ${target.operation}${tries}: try again in a minute.`
    case 'TimeoutError':
    case 'RequestTimeout':
      return `CodePipeline did not answer ${target.operation}${tries}: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set, and try again.`
  }
  if (/region is missing/i.test(shape.message ?? '')) {
    return 'No AWS region is set: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).'
  }
  if (status !== undefined && status >= 500) {
    return `CodePipeline failed ${target.operation} with HTTP ${status}${tries}: try again later.`
  }
  const networkCode = (error as { code?: unknown } | null)?.code
  if (typeof networkCode === 'string' && /^E[A-Z_]+$/.test(networkCode)) {
    return `Could not reach CodePipeline for ${target.operation} (${networkCode})${tries}: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set.`
  }
  return `CodePipeline ${target.operation} failed (${code}${awsSays ? `: ${awsSays}` : ''}): check the inputs and the pipeline.`
}
