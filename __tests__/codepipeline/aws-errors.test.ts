import { describe, expect, it } from '@jest/globals'
import { awsErrorFacts, describeAwsError, isTransientAwsError, mayHaveReached, type CallTarget } from '../../src/codepipeline/aws-errors.js'

const target: CallTarget = { operation: 'PutApprovalResult', pipelineName: 'shop', stageName: 'Deploy', actionName: 'Approve', region: 'eu-west-1' }

function sdkError(name: string, message = '', extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), { name, $metadata: { attempts: 1, httpStatusCode: 400 }, ...extra })
}

describe('describeAwsError', () => {
  it.each([
    ['PipelineNotFoundException', 'CodePipeline found no pipeline "shop" in eu-west-1: check pipeline-name and aws-region.'],
    ['StageNotFoundException', 'CodePipeline found no stage "Deploy" in pipeline "shop": check stage-name.'],
    ['ActionNotFoundException', 'CodePipeline found no action "Approve" in stage "Deploy" of pipeline "shop": check action-name.'],
    [
      'InvalidApprovalTokenException',
      'The approval Deploy/Approve in pipeline "shop" is no longer waiting for this answer (its token was already used, or it expired): check the pipeline in the console and run the action again if it still waits.'
    ],
    [
      'ApprovalAlreadyCompletedException',
      'The approval Deploy/Approve in pipeline "shop" was already answered, so nothing was changed: check the pipeline\'s history in the console.'
    ],
    [
      'ExpiredTokenException',
      "The AWS session expired (ExpiredTokenException): set role-duration-seconds on aws-actions/configure-aws-credentials to cover wait-timeout plus a margin for the rest of the job, and raise the role's MaxSessionDuration to allow it."
    ],
    [
      'ExpiredToken',
      "The AWS session expired (ExpiredToken): set role-duration-seconds on aws-actions/configure-aws-credentials to cover wait-timeout plus a margin for the rest of the job, and raise the role's MaxSessionDuration to allow it."
    ],
    ['InvalidClientTokenId', 'AWS rejected the credentials (InvalidClientTokenId): check the aws-actions/configure-aws-credentials step before this one.'],
    ['CredentialsProviderError', 'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step.']
  ])('%s', (name, expected) => {
    expect(describeAwsError(sdkError(name), target)).toBe(expected)
  })

  it('names the IAM action that access was denied for', () => {
    const error = sdkError(
      'AccessDeniedException',
      'User: arn:aws:sts::1:assumed-role/gh/x is not authorized to perform: codepipeline:PutApprovalResult on resource: arn:aws:codepipeline:eu-west-1:1:shop/Deploy/Approve.'
    )
    expect(describeAwsError(error, target)).toBe(
      'The AWS credentials may not call codepipeline:PutApprovalResult (User: arn:aws:sts::1:assumed-role/gh/x is not authorized to perform: codepipeline:PutApprovalResult on resource: arn:aws:codepipeline:eu-west-1:1:shop/Deploy/Approve): allow codepipeline:PutApprovalResult on the pipeline in the role\'s IAM policy.'
    )
  })

  it('says nothing of access denied twice when AWS gave no text', () => {
    expect(describeAwsError(sdkError('AccessDeniedException'), target)).toBe(
      "The AWS credentials may not call codepipeline:PutApprovalResult: allow codepipeline:PutApprovalResult on the pipeline in the role's IAM policy."
    )
    expect(describeAwsError(sdkError('AccessDenied', '  '), { ...target, operation: 'GetPipelineState' })).toBe(
      "The AWS credentials may not call codepipeline:GetPipelineState: allow codepipeline:GetPipelineState on the pipeline in the role's IAM policy."
    )
  })

  it("leaves AWS's own text out for the public, and only that", () => {
    const arn = 'User: arn:aws:sts::123456789012:assumed-role/gh/x is not authorized to perform: codepipeline:PutApprovalResult'
    expect(describeAwsError(sdkError('AccessDeniedException', arn), target, { forPublic: true })).toBe(
      "The AWS credentials may not call codepipeline:PutApprovalResult: allow codepipeline:PutApprovalResult on the pipeline in the role's IAM policy."
    )
    expect(describeAwsError(sdkError('ValidationException', `1 validation error detected at ${arn}.`), target, { forPublic: true })).toBe(
      'CodePipeline rejected PutApprovalResult as invalid: check the pipeline, stage and action names.'
    )
    expect(describeAwsError(sdkError('SomethingNewException', arn), target, { forPublic: true })).toBe(
      'CodePipeline PutApprovalResult failed (SomethingNewException): check the inputs and the pipeline.'
    )
    // The region is the user's own input, and a missing region is still recognised.
    expect(describeAwsError(sdkError('PipelineNotFoundException', arn), target, { forPublic: true })).toBe(
      'CodePipeline found no pipeline "shop" in eu-west-1: check pipeline-name and aws-region.'
    )
    expect(describeAwsError(new Error('Region is missing'), target, { forPublic: true })).toBe(
      'No AWS region is set: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).'
    )
    // Without forPublic, the job log keeps AWS's words.
    expect(describeAwsError(sdkError('ValidationException', 'bad summary.'), target, { forPublic: false })).toBe(
      'CodePipeline rejected PutApprovalResult as invalid (bad summary): check the pipeline, stage and action names.'
    )
  })

  it('says what gave up after retries: throttling, timeouts, 5xx and the network', () => {
    const retried = { $metadata: { attempts: 3, httpStatusCode: 400 } }
    expect(describeAwsError(sdkError('ThrottlingException', 'Rate exceeded', retried), target)).toBe(
      'CodePipeline kept throttling PutApprovalResult after 3 attempts: try again in a minute.'
    )
    expect(describeAwsError(sdkError('TimeoutError', 'timed out', { $metadata: { attempts: 3 } }), target)).toBe(
      'CodePipeline did not answer PutApprovalResult after 3 attempts: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set, and try again.'
    )
    expect(describeAwsError(sdkError('InternalFailure', '', { $metadata: { attempts: 3, httpStatusCode: 503 } }), target)).toBe(
      'CodePipeline failed PutApprovalResult with HTTP 503 after 3 attempts: try again later.'
    )
    expect(describeAwsError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), target)).toBe(
      'Could not reach CodePipeline for PutApprovalResult (ECONNREFUSED): check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set.'
    )
  })

  it('explains a missing region and passes a validation message on', () => {
    expect(describeAwsError(new Error('Region is missing'), target)).toBe(
      'No AWS region is set: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).'
    )
    expect(describeAwsError(sdkError('ValidationException', '1 validation error detected: bad summary.'), target)).toBe(
      'CodePipeline rejected PutApprovalResult as invalid (1 validation error detected: bad summary): check the pipeline, stage and action names.'
    )
    expect(describeAwsError(sdkError('SomethingNewException', 'odd'), target)).toBe(
      'CodePipeline PutApprovalResult failed (SomethingNewException: odd): check the inputs and the pipeline.'
    )
  })

  it('reads the error name and the attempts the SDK made', () => {
    expect(awsErrorFacts(sdkError('ThrottlingException', '', { $metadata: { attempts: 3, httpStatusCode: 400 } }))).toEqual({
      code: 'ThrottlingException',
      attempts: 3,
      status: 400
    })
    expect(awsErrorFacts('text')).toEqual({ code: 'Error', attempts: 1, status: undefined })
  })
})

describe('isTransientAwsError', () => {
  it.each([
    ['throttling', sdkError('ThrottlingException', 'Rate exceeded')],
    ['a limit', sdkError('LimitExceededException')],
    ['an SDK timeout', sdkError('TimeoutError', 'timed out', { $metadata: { attempts: 3 } })],
    ['a request timeout', sdkError('RequestTimeout')],
    ['HTTP 500', sdkError('InternalFailure', '', { $metadata: { attempts: 3, httpStatusCode: 500 } })],
    ['HTTP 503', sdkError('ServiceUnavailableException', '', { $metadata: { attempts: 3, httpStatusCode: 503 } })],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['a reset connection', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })]
  ])('is true for %s', (_what, error) => {
    expect(isTransientAwsError(error)).toBe(true)
  })

  it.each([
    ['access denied', sdkError('AccessDeniedException', 'not authorized', { $metadata: { attempts: 1, httpStatusCode: 403 } })],
    ['an unknown pipeline', sdkError('PipelineNotFoundException')],
    ['invalid input', sdkError('ValidationException', 'bad')],
    ['rejected credentials', sdkError('ExpiredTokenException')],
    ['no credentials', sdkError('CredentialsProviderError')],
    ['a used approval token', sdkError('InvalidApprovalTokenException')],
    ['HTTP 4xx of unknown name', sdkError('SomethingNewException', 'odd')],
    ['a plain error', new Error('boom')],
    ['text', 'boom'],
    ['nothing', undefined]
  ])('is false for %s', (_what, error) => {
    expect(isTransientAwsError(error)).toBe(false)
  })
})

describe('mayHaveReached', () => {
  it.each([
    ['HTTP 500', sdkError('InternalFailure', '', { $metadata: { attempts: 1, httpStatusCode: 500 } })],
    ['HTTP 503 after retries', sdkError('ServiceUnavailableException', '', { $metadata: { attempts: 3, httpStatusCode: 503 } })],
    ['an SDK timeout', sdkError('TimeoutError', 'timed out', { $metadata: { attempts: 1 } })],
    ['a reset connection, after the request was written', Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })],
    ['throttling after retries, whose earlier attempts may have been lost answers', sdkError('ThrottlingException', '', { $metadata: { attempts: 3, httpStatusCode: 400 } })],
    ['a refused connection after retries', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: { attempts: 3 } })],
    ['an answer that could not be read', sdkError('SyntaxError', 'Unexpected token', { $metadata: { attempts: 1, httpStatusCode: 200 } })],
    ['expired credentials on a retry', sdkError('ExpiredTokenException', '', { $metadata: { attempts: 2, httpStatusCode: 400 } })]
  ])('is true for %s', (_what, error) => {
    expect(mayHaveReached(error)).toBe(true)
  })

  it.each([
    ['throttling on the only attempt', sdkError('ThrottlingException', 'Rate exceeded')],
    ['access denied', sdkError('AccessDeniedException', 'not authorized', { $metadata: { attempts: 1, httpStatusCode: 403 } })],
    ['invalid input', sdkError('ValidationException', 'bad')],
    ['rejected credentials', sdkError('ExpiredTokenException')],
    ['no credentials', sdkError('CredentialsProviderError', 'Could not load credentials', { $metadata: undefined })],
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })],
    ['an unknown host', Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' })],
    ['a used approval token', sdkError('InvalidApprovalTokenException')]
  ])('is false for %s', (_what, error) => {
    expect(mayHaveReached(error)).toBe(false)
  })
})
