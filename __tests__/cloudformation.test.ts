import { describe, expect, it } from '@jest/globals'
import { referenceProblems, specProblems } from './support/cloudformation-spec.js'
import {
  conditionValues,
  loadTemplate,
  parameterValueProblem,
  parameterValues,
  parseTemplate,
  resolveParameters,
  ruleProblems,
  templateText,
  type TemplateResource
} from './support/cloudformation-template.js'
import { matchesEventPattern } from './support/event-pattern.js'
import { approvalEvent, type ApprovalState } from './support/input-transformer.js'

// cloudformation/approval-events.yml is what users deploy; nothing here can
// deploy it, so it is held to CloudFormation's resource specification
// (@aws-cdk/aws-service-spec) and to what each resource is for.
const text = templateText()
const template = loadTemplate(text)
const STATES: ApprovalState[] = ['STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'CANCELED']

function resource(name: string): TemplateResource & { Properties: Record<string, unknown> } {
  const found = template.Resources[name]
  if (!found?.Properties) throw new Error(`the template has no resource ${name} with properties`)
  return found as TemplateResource & { Properties: Record<string, unknown> }
}

function ofType(type: string): string[] {
  return Object.entries(template.Resources)
    .filter(([, candidate]) => candidate.Type === type)
    .map(([name]) => name)
}

/** The template with one piece of text replaced, which must occur exactly once. */
function broken(find: string, replace: string): string {
  expect(text.split(find)).toHaveLength(2)
  return text.replace(find, replace)
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any
const rule = resource('ApprovalEventsRule').Properties as Loose
const [target] = rule.Targets as Loose[]

describe('parsing with CloudFormation tags', () => {
  it('turns every short form into the function CloudFormation reads', () => {
    const parsed = parseTemplate(
      [
        'a: !Ref Name',
        'b: !GetAtt Queue.Arn',
        'c: !Sub "${A}-x"',
        'd: !Join [",", [!Ref A, b]]',
        'e: !If [C, !Ref A, !Ref AWS::NoValue]',
        'f: !Equals [!Ref A, ""]',
        'g: !Not [!Condition C]',
        'h: !Select [0, !Split [",", !Ref A]]',
        'i: !GetAtt Connection.AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn',
        'j: !Base64 x',
        'k: !FindInMap [M, K, V]'
      ].join('\n')
    ) as unknown as Record<string, unknown>
    expect(parsed).toEqual({
      a: { Ref: 'Name' },
      b: { 'Fn::GetAtt': ['Queue', 'Arn'] },
      c: { 'Fn::Sub': '${A}-x' },
      d: { 'Fn::Join': [',', [{ Ref: 'A' }, 'b']] },
      e: { 'Fn::If': ['C', { Ref: 'A' }, { Ref: 'AWS::NoValue' }] },
      f: { 'Fn::Equals': [{ Ref: 'A' }, ''] },
      g: { 'Fn::Not': [{ Condition: 'C' }] },
      h: { 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'A' }] }] },
      i: { 'Fn::GetAtt': ['Connection', 'AuthParameters.ConnectivityParameters.ResourceParameters.ResourceAssociationArn'] },
      j: { 'Fn::Base64': 'x' },
      k: { 'Fn::FindInMap': ['M', 'K', 'V'] }
    })
  })

  it('refuses tags CloudFormation does not know, duplicate keys and broken YAML', () => {
    expect(() => parseTemplate('a: !Reff X')).toThrow('!Reff is not a CloudFormation tag')
    expect(() => parseTemplate('a: 1\na: 2')).toThrow(/unique/i)
    expect(() => parseTemplate('a: [1, 2')).toThrow()
  })

  it('reads the shipped template, with its short forms resolved', () => {
    expect(template.AWSTemplateFormatVersion).toBe('2010-09-09')
    expect(resource('DispatchesDestination').Properties.ConnectionArn).toEqual({ 'Fn::GetAtt': ['GitHubConnection', 'Arn'] })
    expect(rule.EventPattern.detail.pipeline).toEqual({ Ref: 'PipelineNames' })
  })
})

describe('against the CloudFormation resource specification', () => {
  it('uses only resource types and properties that exist, with every required property', () => {
    expect(Object.values(template.Resources).map((found) => found.Type).sort()).toEqual([
      'AWS::Events::ApiDestination',
      'AWS::Events::Connection',
      'AWS::Events::Rule',
      'AWS::IAM::Role',
      'AWS::SQS::Queue',
      'AWS::SQS::QueuePolicy'
    ])
    expect(specProblems(template)).toEqual([])
  })

  it.each([
    ['a misspelt property', 'InvocationRateLimitPerSecond: 1', 'InvocationRateLimitPerSec: 1', 'DispatchesDestination.Properties.InvocationRateLimitPerSec: no such property'],
    ['a wrong resource type', 'Type: AWS::Events::ApiDestination', 'Type: AWS::Events::ApiDestinations', 'DispatchesDestination: no resource type AWS::Events::ApiDestinations'],
    ['a misspelt nested property', 'MaximumRetryAttempts: 185', 'MaxRetryAttempts: 185', 'ApprovalEventsRule.Properties.Targets[0].RetryPolicy.MaxRetryAttempts: no such property'],
    ['a missing required property', '      HttpMethod: POST\n', '', 'DispatchesDestination.Properties.HttpMethod: required, missing'],
    ['a value the property does not allow', 'HttpMethod: POST', 'HttpMethod: SEND', 'DispatchesDestination.Properties.HttpMethod: SEND is not one of'],
    ['a list where an integer goes', 'MaximumEventAgeInSeconds: 86400', 'MaximumEventAgeInSeconds: [86400]', 'RetryPolicy.MaximumEventAgeInSeconds: expected an integer'],
    ['a misspelt resource attribute', 'Type: AWS::SQS::QueuePolicy', 'Type: AWS::SQS::QueuePolicy\n    DependOn: ApprovalEventsRule', 'FailedDeliveriesQueuePolicy.DependOn: not a resource attribute']
  ])('fails the same check with %s', (_name, find, replace, problem) => {
    const problems = specProblems(parseTemplate(broken(find, replace)))
    expect(problems).toContainEqual(expect.stringContaining(problem))
  })

  it('refers only to parameters, resources, attributes and conditions that exist', () => {
    expect(referenceProblems(template)).toEqual([])
  })

  it.each([
    ['an attribute the resource lacks', 'Arn: !GetAtt FailedDeliveriesQueue.Arn', 'Arn: !GetAtt FailedDeliveriesQueue.Arnn', 'AWS::SQS::Queue has no attribute Arnn'],
    ['a parameter that does not exist', 'pipeline: !Ref PipelineNames', 'pipeline: !Ref PipelineName', 'Ref to PipelineName, which is neither'],
    ['a misspelt name in !Sub', 'InvocationEndpoint: !Sub ${GitHubApiUrl}', 'InvocationEndpoint: !Sub ${GitHubApiURL}', 'Ref to GitHubApiURL, which is neither'],
    ['an attribute in !Sub', 'InvocationEndpoint: !Sub ${GitHubApiUrl}', 'InvocationEndpoint: !Sub ${GitHubConnection.Url}', 'AWS::Events::Connection has no attribute Url'],
    ['a resource that does not exist', 'RoleArn: !GetAtt InvokeDestinationRole.Arn', 'RoleArn: !GetAtt InvokeRole.Arn', 'Fn::GetAtt of InvokeRole, which is not a resource'],
    ['a condition that does not exist', '            - TokenInSecret\n', '            - TokenInSecrets\n', 'no condition TokenInSecrets'],
    ['a misspelt parameter in a rule', "Assert: !Or [!Equals [!Ref GitHubTokenSecretVersionId, '']", "Assert: !Or [!Equals [!Ref GitHubTokenSecretVersion, '']", 'Ref to GitHubTokenSecretVersion, which is neither']
  ])('fails the same check with %s', (_name, find, replace, problem) => {
    expect(referenceProblems(parseTemplate(broken(find, replace)))).toContainEqual(expect.stringContaining(problem))
  })
})

const TOKEN = `ghp_${'a'.repeat(36)}`
const SECRET = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:github-dispatch-token-AbCdEf'
const VERSION = 'EXAMPLE1-90ab-cdef-fedc-ba987SECRET1'

describe('parameters', () => {
  const parameters = template.Parameters ?? {}

  it('are all validated, and their defaults pass their own validation', () => {
    expect(Object.keys(parameters).sort()).toEqual([
      'EventType',
      'GitHubApiUrl',
      'GitHubRepository',
      'GitHubToken',
      'GitHubTokenSecretArn',
      'GitHubTokenSecretVersionId',
      'PipelineNames'
    ])
    for (const [name, parameter] of Object.entries(parameters)) {
      expect({ name, validated: parameter.AllowedPattern !== undefined || parameter.AllowedValues !== undefined }).toEqual({ name, validated: true })
      expect({ name, described: Boolean(parameter.Description && parameter.ConstraintDescription) }).toEqual({ name, described: true })
      if (parameter.Default !== undefined) expect({ name, problem: parameterValueProblem(parameter, parameter.Default) }).toEqual({ name, problem: undefined })
    }
  })

  it('keeps the token out of sight, and asks for it or for a secret that holds it on every new stack', () => {
    expect(parameters.GitHubToken).toMatchObject({ Type: 'String', NoEcho: true, Default: '' })
    const base = { GitHubRepository: 'acme/shop', PipelineNames: 'shop-pipeline' }
    expect(ruleProblems(template, parameterValues(template, base))).toEqual(['Set GitHubToken, or GitHubTokenSecretArn to a secret that holds the token.'])
    expect(ruleProblems(template, parameterValues(template, { ...base, GitHubToken: TOKEN }))).toEqual([])
    expect(ruleProblems(template, parameterValues(template, { ...base, GitHubTokenSecretArn: SECRET }))).toEqual([])
    expect(ruleProblems(template, parameterValues(template, { ...base, GitHubTokenSecretArn: SECRET, GitHubTokenSecretVersionId: VERSION }))).toEqual([])
    expect(ruleProblems(template, parameterValues(template, { ...base, GitHubToken: TOKEN, GitHubTokenSecretArn: SECRET }))).toEqual([
      'Set GitHubToken or GitHubTokenSecretArn, not both.'
    ])
    expect(ruleProblems(template, parameterValues(template, { ...base, GitHubToken: TOKEN, GitHubTokenSecretVersionId: VERSION }))).toEqual([
      'GitHubTokenSecretVersionId needs GitHubTokenSecretArn.'
    ])
  })

  it('defaults to github.com and the codepipeline-approval event type', () => {
    expect(parameters.GitHubApiUrl!.Default).toBe('https://api.github.com')
    expect(parameters.EventType!.Default).toBe('codepipeline-approval')
    expect(parameters.PipelineNames!.Type).toBe('CommaDelimitedList')
  })

  const fineGrained = `github_pat_${'A1b2_'.repeat(16)}xy`
  it.each([
    ['GitHubRepository', 'acme/shop', true],
    ['GitHubRepository', 'Codertocat/Hello-World', true],
    ['GitHubRepository', 'octo-org/octo.repo_2', true],
    ['GitHubRepository', 'acme', false],
    ['GitHubRepository', 'acme/shop/extra', false],
    ['GitHubRepository', '-acme/shop', false],
    ['GitHubRepository', 'acme/shop"', false],
    ['GitHubApiUrl', 'https://api.github.com', true],
    ['GitHubApiUrl', 'https://ghe.example.com/api/v3', true],
    ['GitHubApiUrl', 'https://ghe.example.com:8443/api/v3', true],
    ['GitHubApiUrl', 'http://api.github.com', false],
    ['GitHubApiUrl', 'https://api.github.com/', false],
    ['GitHubApiUrl', 'https://ghe.example.com/api/v3/', false],
    ['PipelineNames', 'shop-pipeline', true],
    ['PipelineNames', 'shop-pipeline,my.pipe@line_2', true],
    ['PipelineNames', 'shop pipeline', false],
    ['PipelineNames', 'shop-pipeline, other', false],
    ['PipelineNames', 'x'.repeat(101), false],
    ['EventType', 'codepipeline-approval', true],
    ['EventType', 'x'.repeat(100), true],
    ['EventType', 'x'.repeat(101), false],
    ['EventType', 'has"quote', false],
    ['EventType', 'has space', false],
    ['GitHubToken', fineGrained, true],
    ['GitHubToken', `ghp_${'a1B2'.repeat(9)}`, true],
    ['GitHubToken', `ghs_${'a1B2'.repeat(9)}`, false],
    // Empty only with a secret instead: the template's Rules refuse a stack with neither.
    ['GitHubToken', '', true],
    ['GitHubTokenSecretArn', '', true],
    ['GitHubTokenSecretArn', SECRET, true],
    ['GitHubTokenSecretArn', 'arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:ci/github_token-a1B2c3', true],
    ['GitHubTokenSecretArn', 'github-token', false],
    ['GitHubTokenSecretArn', 'arn:aws:ssm:us-east-1:123456789012:parameter/github-token', false],
    ['GitHubTokenSecretArn', `${SECRET}}}`, false],
    ['GitHubTokenSecretVersionId', '', true],
    ['GitHubTokenSecretVersionId', VERSION, true],
    ['GitHubTokenSecretVersionId', 'AWSCURRENT', false],
    ['GitHubTokenSecretVersionId', `${VERSION}:x`, false],
    ['GitHubToken', `Bearer ${fineGrained}`, false]
  ])('%s %j is accepted: %s', (name, value, accepted) => {
    expect(parameterValueProblem(parameters[name]!, value) === undefined).toBe(accepted)
  })
})

describe('the connection', () => {
  const connection = resource('GitHubConnection').Properties as Loose
  const apiKey = (overrides: Record<string, string>): unknown => {
    const values = parameterValues(template, { GitHubRepository: 'acme/shop', PipelineNames: 'shop-pipeline', ...overrides })
    expect(ruleProblems(template, values)).toEqual([])
    return resolveParameters(connection.AuthParameters.ApiKeyAuthParameters, values, {}, conditionValues(template, values))
  }

  it('sends the token as "Authorization: Bearer …", which EventBridge keeps in Secrets Manager', () => {
    expect(connection.AuthorizationType).toBe('API_KEY')
    expect(apiKey({ GitHubToken: TOKEN })).toEqual({ ApiKeyName: 'Authorization', ApiKeyValue: `Bearer ${TOKEN}` })
    expect(template.Outputs?.ConnectionSecretArn?.Value).toEqual({ 'Fn::GetAtt': ['GitHubConnection', 'SecretArn'] })
  })

  it('reads the token from a Secrets Manager secret instead, with a dynamic reference CloudFormation resolves', () => {
    expect(apiKey({ GitHubTokenSecretArn: SECRET })).toEqual({ ApiKeyName: 'Authorization', ApiKeyValue: `Bearer {{resolve:secretsmanager:${SECRET}}}` })
  })

  it('names the secret version when given, so a stack update after a rotation reads the new token', () => {
    // {{resolve:secretsmanager:secret-id:SecretString:json-key:version-stage:version-id}}, the whole secret string.
    expect(apiKey({ GitHubTokenSecretArn: SECRET, GitHubTokenSecretVersionId: VERSION })).toEqual({
      ApiKeyName: 'Authorization',
      ApiKeyValue: `Bearer {{resolve:secretsmanager:${SECRET}:SecretString:::${VERSION}}}`
    })
  })

  it('is one dynamic reference each way, which no parameter value can break out of', () => {
    const references = text.match(/\{\{resolve:(?:[^{}]|\$\{[^}]*\})*\}\}/g) ?? []
    expect(references).toEqual([
      '{{resolve:secretsmanager:${GitHubTokenSecretArn}:SecretString:::${GitHubTokenSecretVersionId}}}',
      '{{resolve:secretsmanager:${GitHubTokenSecretArn}}}'
    ])
    for (const name of ['GitHubTokenSecretArn', 'GitHubTokenSecretVersionId']) {
      expect(parameterValueProblem(template.Parameters![name]!, `${name === 'GitHubTokenSecretArn' ? SECRET : VERSION}}}`)).toBeDefined()
    }
  })

  it('adds the headers GitHub asks for to every call', () => {
    expect(connection.AuthParameters.InvocationHttpParameters.HeaderParameters).toEqual([
      { Key: 'Accept', Value: 'application/vnd.github+json', IsValueSecret: false },
      { Key: 'X-GitHub-Api-Version', Value: '2022-11-28', IsValueSecret: false }
    ])
  })
})

describe('the API destination', () => {
  const destination = resource('DispatchesDestination').Properties as Loose

  it.each([
    [{}, 'https://api.github.com/repos/acme/shop/dispatches'],
    [{ GitHubApiUrl: 'https://ghe.example.com/api/v3' }, 'https://ghe.example.com/api/v3/repos/acme/shop/dispatches']
  ])('POSTs to the repository dispatches URL (%j)', (overrides, url) => {
    const values = parameterValues(template, { GitHubRepository: 'acme/shop', ...overrides })
    expect(resolveParameters(destination.InvocationEndpoint, values)).toBe(url)
    expect(destination.HttpMethod).toBe('POST')
    expect(destination.ConnectionArn).toEqual({ 'Fn::GetAtt': ['GitHubConnection', 'Arn'] })
  })

  it('is rate limited below GitHub secondary limit for content-creating requests (80 a minute)', () => {
    expect(destination.InvocationRateLimitPerSecond * 60).toBeLessThanOrEqual(80)
  })
})

describe('the rule', () => {
  const values = parameterValues(template, { PipelineNames: 'shop-pipeline,myPipeline' })
  const pattern = resolveParameters(rule.EventPattern, values) as Record<string, unknown>

  it('matches Manual approval actions of the named pipelines only', () => {
    expect(pattern).toEqual({
      source: ['aws.codepipeline'],
      'detail-type': ['CodePipeline Action Execution State Change'],
      detail: { pipeline: ['shop-pipeline', 'myPipeline'], type: { category: ['Approval'], provider: ['Manual'] } }
    })
    expect(rule.State).toBe('ENABLED')
  })

  it.each(STATES)('matches the %s approval event', (state) => {
    expect(matchesEventPattern(pattern, approvalEvent(state))).toBe(true)
  })

  it.each([
    ['another pipeline', (event: Loose) => (event.detail.pipeline = 'other-pipeline')],
    ['a deploy action', (event: Loose) => (event.detail.type = { owner: 'AWS', category: 'Deploy', provider: 'CodeDeploy', version: '1' })],
    ['an approval by another provider', (event: Loose) => (event.detail.type.provider = 'Custom')],
    ['a stage event', (event: Loose) => (event['detail-type'] = 'CodePipeline Stage Execution State Change')],
    ['another source', (event: Loose) => (event.source = 'aws.codebuild')]
  ])('does not match %s', (_name, change) => {
    const event = approvalEvent()
    change(event)
    expect(matchesEventPattern(pattern, event)).toBe(false)
  })

  it('sends to the destination through the role, retries for a day, then keeps the event in the dead-letter queue', () => {
    expect(rule.Targets).toHaveLength(1)
    expect(target).toMatchObject({
      Arn: { 'Fn::GetAtt': ['DispatchesDestination', 'Arn'] },
      RoleArn: { 'Fn::GetAtt': ['InvokeDestinationRole', 'Arn'] },
      RetryPolicy: { MaximumRetryAttempts: 185, MaximumEventAgeInSeconds: 86400 },
      DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['FailedDeliveriesQueue', 'Arn'] } }
    })
  })
})

describe('least privilege', () => {
  const role = resource('InvokeDestinationRole').Properties as Loose

  it('lets only EventBridge, for this account, assume the role', () => {
    expect(role.AssumeRolePolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } }
      }
    ])
  })

  it('grants the role one action, on the one destination', () => {
    expect(role.ManagedPolicyArns).toBeUndefined()
    const statements = (role.Policies as Loose[]).flatMap((policy) => policy.PolicyDocument.Statement)
    expect(statements).toEqual([
      { Effect: 'Allow', Action: 'events:InvokeApiDestination', Resource: { 'Fn::GetAtt': ['DispatchesDestination', 'ArnForPolicy'] } }
    ])
  })

  it('lets only this rule write to the dead-letter queue', () => {
    const policy = resource('FailedDeliveriesQueuePolicy').Properties as Loose
    expect(policy.Queues).toEqual([{ Ref: 'FailedDeliveriesQueue' }])
    expect(policy.PolicyDocument.Statement).toEqual([
      {
        Effect: 'Allow',
        Principal: { Service: 'events.amazonaws.com' },
        Action: 'sqs:SendMessage',
        Resource: { 'Fn::GetAtt': ['FailedDeliveriesQueue', 'Arn'] },
        Condition: { ArnEquals: { 'aws:SourceArn': { 'Fn::GetAtt': ['ApprovalEventsRule', 'Arn'] } } }
      }
    ])
  })

  it('names no IAM resource, so CAPABILITY_IAM is enough to deploy it', () => {
    for (const name of ofType('AWS::IAM::Role')) expect(resource(name).Properties.RoleName).toBeUndefined()
    expect(Object.values(template.Resources).filter((found) => found.Type.startsWith('AWS::IAM::')).map((found) => found.Type)).toEqual([
      'AWS::IAM::Role'
    ])
  })

  it('has no wildcard in any action or resource', () => {
    expect(text).not.toMatch(/Action:\s*['"]?[\w:]*\*/)
    expect(text).not.toMatch(/Resource:\s*['"]?\*/)
  })
})

describe('the dead-letter queue', () => {
  it('keeps failed deliveries for 14 days, encrypted in a way EventBridge can write to', () => {
    expect(resource('FailedDeliveriesQueue').Properties).toEqual({ MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true })
  })
})

describe('outputs', () => {
  it('give the rule, the dead-letter queue and the connection', () => {
    expect(template.Outputs).toMatchObject({
      RuleArn: { Value: { 'Fn::GetAtt': ['ApprovalEventsRule', 'Arn'] } },
      DeadLetterQueueUrl: { Value: { Ref: 'FailedDeliveriesQueue' } },
      DeadLetterQueueArn: { Value: { 'Fn::GetAtt': ['FailedDeliveriesQueue', 'Arn'] } },
      ConnectionArn: { Value: { 'Fn::GetAtt': ['GitHubConnection', 'Arn'] } }
    })
  })

  it('never give the token', () => {
    expect(JSON.stringify(template.Outputs)).not.toContain('GitHubToken')
  })
})
