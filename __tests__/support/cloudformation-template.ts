import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml'

/** The template the repository ships, read by the tests and their helpers. */
export const TEMPLATE_PATH = fileURLToPath(new URL('../../cloudformation/approval-events.yml', import.meta.url))

export interface TemplateParameter {
  Type: string
  Default?: string
  NoEcho?: boolean
  AllowedPattern?: string
  AllowedValues?: string[]
  MinLength?: number
  MaxLength?: number
  MinValue?: number
  MaxValue?: number
  Description?: string
  ConstraintDescription?: string
}

export interface TemplateResource {
  Type: string
  Properties?: Record<string, unknown>
  [key: string]: unknown
}

export interface Template {
  AWSTemplateFormatVersion?: string
  Description?: string
  Metadata?: Record<string, unknown>
  Parameters?: Record<string, TemplateParameter>
  Rules?: Record<string, { RuleCondition?: unknown; Assertions: { Assert: unknown; AssertDescription?: string }[] }>
  Conditions?: Record<string, unknown>
  Resources: Record<string, TemplateResource>
  Outputs?: Record<string, { Value: unknown; Description?: string }>
}

// CloudFormation's short forms (AWS CloudFormation User Guide, "Intrinsic
// function reference"): `!Ref X` is { Ref: X }, `!GetAtt R.A` is
// { 'Fn::GetAtt': [R, A] }, `!Condition C` is { Condition: C }, and every
// other `!Name v` is { 'Fn::Name': v }.
const SHORT_FORMS = new Set([
  'Ref',
  'Condition',
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'ToJsonString',
  'Length'
])

function longForm(tag: string, value: unknown): unknown {
  const name = tag.slice(1)
  if (!SHORT_FORMS.has(name)) throw new Error(`${tag} is not a CloudFormation tag`)
  if (name === 'Ref') return { Ref: value }
  if (name === 'Condition') return { Condition: value }
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.')
    if (dot < 1) throw new Error(`!GetAtt ${value} has no attribute`)
    return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] }
  }
  return { [`Fn::${name}`]: value }
}

function toPlain(node: Node | null, doc: Document): unknown {
  if (node === null) return null
  if (isAlias(node)) return toPlain(node.resolve(doc) ?? null, doc)
  let value: unknown
  if (isScalar(node)) value = node.value
  else if (isSeq(node)) value = node.items.map((item) => toPlain(item as Node, doc))
  else if (isMap(node)) {
    const object: Record<string, unknown> = {}
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      if (key in object) throw new Error(`duplicate key ${key}`)
      object[key] = toPlain(pair.value as Node | null, doc)
    }
    value = object
  } else throw new Error(`unexpected YAML node ${String(node)}`)
  return node.tag?.startsWith('!') ? longForm(node.tag, value) : value
}

/**
 * Parses a template written with CloudFormation's short-form tags into the
 * JSON form CloudFormation works on. Any YAML error, or a tag that
 * CloudFormation does not know, throws.
 */
export function parseTemplate(text: string): Template {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  // The yaml package knows none of CloudFormation's tags and says so with
  // TAG_RESOLVE_FAILED; toPlain resolves them instead. Anything else is wrong.
  const problems = [...doc.errors, ...doc.warnings.filter((warning) => warning.code !== 'TAG_RESOLVE_FAILED')]
  if (problems.length > 0) throw new Error(problems.map((problem) => problem.message).join('\n'))
  return toPlain(doc.contents as Node | null, doc) as Template
}

export function templateText(): string {
  return readFileSync(TEMPLATE_PATH, 'utf8')
}

export function loadTemplate(text = templateText()): Template {
  return parseTemplate(text)
}

export const PSEUDO_PARAMETERS = [
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix'
]

/** The one function name of an intrinsic function call, or undefined for a plain value. */
export function intrinsic(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  const keys = Object.keys(value)
  if (keys.length !== 1) return undefined
  const [key] = keys as [string]
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined
}

/** What `${...}` names in a Fn::Sub string refer to (`${!Literal}` is text). */
export function subReferences(text: string): string[] {
  return [...text.matchAll(/\$\{([^!}][^}]*)\}/g)].map((match) => match[1]!.trim())
}

/**
 * Checks a value against a parameter's constraints as CloudFormation does
 * before it creates anything; returns why it is refused, or undefined.
 * AllowedPattern must match the whole value (each item of a CommaDelimitedList).
 */
export function parameterValueProblem(parameter: TemplateParameter, value: string): string | undefined {
  const items = parameter.Type === 'CommaDelimitedList' ? value.split(',') : [value]
  for (const item of items) {
    if (parameter.AllowedPattern !== undefined && !new RegExp(`^(?:${parameter.AllowedPattern})$`).test(item)) {
      return `${JSON.stringify(item)} does not match ${parameter.AllowedPattern}`
    }
    if (parameter.AllowedValues !== undefined && !parameter.AllowedValues.includes(item)) {
      return `${JSON.stringify(item)} is not one of ${parameter.AllowedValues.join(', ')}`
    }
  }
  if (parameter.MinLength !== undefined && value.length < parameter.MinLength) return `shorter than ${parameter.MinLength}`
  if (parameter.MaxLength !== undefined && value.length > parameter.MaxLength) return `longer than ${parameter.MaxLength}`
  return undefined
}

/** A parameter's value as Ref returns it: a CommaDelimitedList is a list. */
export type ParameterValue = string | string[]

/**
 * The parameter values a stack would get: the defaults, replaced by
 * `overrides`. Values are checked against the template's constraints.
 */
export function parameterValues(template: Template, overrides: Record<string, string> = {}): Record<string, ParameterValue> {
  const parameters = template.Parameters ?? {}
  for (const name of Object.keys(overrides)) {
    if (!(name in parameters)) throw new Error(`the template has no parameter ${name}`)
  }
  const values: Record<string, ParameterValue> = {}
  for (const [name, parameter] of Object.entries(parameters)) {
    const value = overrides[name] ?? parameter.Default
    if (value === undefined) continue
    const problem = parameterValueProblem(parameter, value)
    if (problem) throw new Error(`CloudFormation would refuse ${name}: ${problem}`)
    values[name] = parameter.Type === 'CommaDelimitedList' ? value.split(',') : value
  }
  return values
}

/**
 * Evaluates a condition function (Fn::Equals, Fn::Not, Fn::And, Fn::Or, and
 * Condition naming another) over parameter values, as CloudFormation does
 * for Conditions and for the assertions of Rules.
 */
export function evaluateCondition(value: unknown, parameters: Record<string, ParameterValue>, conditions: Record<string, unknown> = {}): boolean {
  const fn = intrinsic(value)
  const argument = fn ? (value as Record<string, unknown>)[fn] : undefined
  const each = (): boolean[] => (argument as unknown[]).map((item) => evaluateCondition(item, parameters, conditions))
  switch (fn) {
    case 'Fn::Equals': {
      const [a, b] = (argument as unknown[]).map((item) => JSON.stringify(resolveParameters(item, parameters)))
      return a === b
    }
    case 'Fn::Not':
      return !each()[0]
    case 'Fn::And':
      return each().every(Boolean)
    case 'Fn::Or':
      return each().some(Boolean)
    case 'Condition': {
      const name = String(argument)
      if (!(name in conditions)) throw new Error(`no condition ${name}`)
      return evaluateCondition(conditions[name], parameters, conditions)
    }
    default:
      throw new Error(`${fn ?? JSON.stringify(value)} is not a condition function`)
  }
}

/** Each condition of the template, true or false for these parameter values. */
export function conditionValues(template: Template, parameters: Record<string, ParameterValue>): Record<string, boolean> {
  const conditions = template.Conditions ?? {}
  return Object.fromEntries(Object.entries(conditions).map(([name, condition]) => [name, evaluateCondition(condition, parameters, conditions)]))
}

/** The AssertDescription of every assertion of the template's Rules that these parameter values fail, as CloudFormation refuses them. */
export function ruleProblems(template: Template, parameters: Record<string, ParameterValue>): string[] {
  return Object.values(template.Rules ?? {}).flatMap((rule) =>
    rule.RuleCondition !== undefined && !evaluateCondition(rule.RuleCondition, parameters)
      ? []
      : rule.Assertions.filter((assertion) => !evaluateCondition(assertion.Assert, parameters)).map((assertion) => assertion.AssertDescription ?? 'assertion failed')
  )
}

/**
 * Resolves Ref and Fn::Sub of parameters (and of AWS::Region, AWS::AccountId,
 * AWS::Partition) the way CloudFormation does at deployment, and Fn::If when
 * `conditions` (from conditionValues) are given. A reference to a resource,
 * or a parameter without a value, throws: callers resolve only values that
 * depend on parameters alone.
 */
export function resolveParameters(
  value: unknown,
  parameters: Record<string, ParameterValue>,
  pseudo: Record<string, string> = {},
  conditions?: Record<string, boolean>
): unknown {
  const lookup = (name: string): ParameterValue => {
    const found = parameters[name] ?? pseudo[name]
    if (found === undefined) throw new Error(`cannot resolve ${name} without deploying`)
    return found
  }
  const text = (name: string): string => {
    const found = lookup(name)
    if (Array.isArray(found)) throw new Error(`Fn::Sub cannot insert the list ${name}`)
    return found
  }
  const fn = intrinsic(value)
  if (fn === 'Ref') return lookup((value as { Ref: string }).Ref)
  if (fn === 'Fn::Sub') {
    const argument = (value as { 'Fn::Sub': string | [string, Record<string, unknown>] })['Fn::Sub']
    const [source, variables] = typeof argument === 'string' ? [argument, {}] : argument
    return source
      .replace(/\$\{([^!}][^}]*)\}/g, (_whole, name: string) => {
        const key = name.trim()
        return key in variables ? String(resolveParameters(variables[key], parameters, pseudo)) : text(key)
      })
      .replace(/\$\{!/g, '${')
  }
  if (fn === 'Fn::If' && conditions) {
    const [condition, whenTrue, whenFalse] = (value as { 'Fn::If': [string, unknown, unknown] })['Fn::If']
    if (!(condition in conditions)) throw new Error(`no condition ${condition}`)
    return resolveParameters(conditions[condition] ? whenTrue : whenFalse, parameters, pseudo, conditions)
  }
  if (fn !== undefined) throw new Error(`cannot resolve ${fn} without deploying`)
  if (Array.isArray(value)) return value.map((item) => resolveParameters(item, parameters, pseudo, conditions))
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveParameters(item, parameters, pseudo, conditions)]))
  }
  return value
}
