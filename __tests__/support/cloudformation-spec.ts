import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec'
import type { Event, EventTypeDefinition, PropertyType, Resource, SpecDatabase, TypeDefinition } from '@aws-cdk/service-spec-types'
import { intrinsic, PSEUDO_PARAMETERS, subReferences, type Template } from './cloudformation-template.js'

// CloudFormation's resource specification as the AWS CDK ships it
// (@aws-cdk/aws-service-spec, built from the CloudFormation registry schemas).
// Loading it takes about half a second, so it is loaded once.
let database: SpecDatabase | undefined
export function spec(): SpecDatabase {
  database ??= loadAwsServiceSpecSync()
  return database
}

export function resourceSpec(type: string): Resource | undefined {
  return spec().lookup('resource', 'cloudFormationType', 'equals', type)[0]
}

// Keys a resource may have beside Type and Properties (CloudFormation User
// Guide, "Resources" and "Resource attribute reference").
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy'
])

/** Only Fn::If is looked into: its branches must each fit the type. Other functions are not evaluated. */
function checkValue(value: unknown, type: PropertyType, path: string, problems: string[]): void {
  const fn = intrinsic(value)
  if (fn === 'Fn::If') {
    const branches = (value as { 'Fn::If': unknown[] })['Fn::If'].slice(1)
    for (const [index, branch] of branches.entries()) {
      if (intrinsic(branch) === 'Ref' && (branch as { Ref: string }).Ref === 'AWS::NoValue') continue
      checkValue(branch, type, `${path}(Fn::If branch ${index + 1})`, problems)
    }
    return
  }
  if (fn !== undefined) return

  switch (type.type) {
    case 'string':
      if (!['string', 'number', 'boolean'].includes(typeof value)) problems.push(`${path}: expected a string`)
      else if (type.allowedValues && !type.allowedValues.includes(String(value))) {
        problems.push(`${path}: ${String(value)} is not one of ${type.allowedValues.join(', ')}`)
      }
      return
    case 'integer':
    case 'number':
      if (!(typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)))) {
        problems.push(`${path}: expected ${type.type === 'integer' ? 'an integer' : 'a number'}`)
      } else if (type.type === 'integer' && !Number.isInteger(Number(value))) problems.push(`${path}: expected an integer`)
      return
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') problems.push(`${path}: expected a boolean`)
      return
    case 'date-time':
      if (typeof value !== 'string') problems.push(`${path}: expected a timestamp`)
      return
    case 'json':
      if (typeof value !== 'object' && typeof value !== 'string') problems.push(`${path}: expected JSON`)
      return
    case 'null':
      return
    case 'tag':
      checkObject(value, { Key: { type: { type: 'string' }, required: true }, Value: { type: { type: 'string' }, required: true } }, path, problems)
      return
    case 'array':
      if (!Array.isArray(value)) problems.push(`${path}: expected a list`)
      else value.forEach((item, index) => checkValue(item, type.element, `${path}[${index}]`, problems))
      return
    case 'map':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push(`${path}: expected a map`)
      else for (const [key, item] of Object.entries(value)) checkValue(item, type.element, `${path}.${key}`, problems)
      return
    case 'union': {
      // Fits if it fits one of the types; otherwise report the closest fit.
      const attempts = type.types.map((member) => {
        const found: string[] = []
        checkValue(value, member, path, found)
        return found
      })
      if (attempts.some((found) => found.length === 0)) return
      problems.push(...attempts.reduce((best, found) => (found.length < best.length ? found : best)))
      return
    }
    case 'ref': {
      const definition: TypeDefinition = spec().get('typeDefinition', type.reference)
      checkObject(value, definition.properties, `${path}`, problems)
      return
    }
  }
}

function checkObject(
  value: unknown,
  properties: Record<string, { type: PropertyType; required?: boolean }>,
  path: string,
  problems: string[]
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push(`${path}: expected an object with ${Object.keys(properties).join(', ')}`)
    return
  }
  for (const [key, item] of Object.entries(value)) {
    const property = properties[key]
    if (!property) problems.push(`${path}.${key}: no such property (known: ${Object.keys(properties).join(', ')})`)
    else checkValue(item, property.type, `${path}.${key}`, problems)
  }
  for (const [key, property] of Object.entries(properties)) {
    if (property.required && !(key in value)) problems.push(`${path}.${key}: required, missing`)
  }
}

/**
 * Every resource type and property (recursively into property types) that
 * the specification does not have, every required property that is missing,
 * and every literal value of the wrong kind or outside its allowed values.
 */
export function specProblems(template: Template): string[] {
  const problems: string[] = []
  for (const [name, resource] of Object.entries(template.Resources ?? {})) {
    for (const key of Object.keys(resource)) {
      if (!RESOURCE_KEYS.has(key)) problems.push(`${name}.${key}: not a resource attribute`)
    }
    const found = resourceSpec(resource.Type)
    if (!found) {
      problems.push(`${name}: no resource type ${resource.Type}`)
      continue
    }
    checkObject(resource.Properties ?? {}, found.properties, `${name}.Properties`, problems)
  }
  return problems
}

interface Reference {
  where: string
  kind: 'Ref' | 'Fn::GetAtt' | 'Condition'
  name: string
  attribute?: string
}

function collectReferences(value: unknown, where: string, found: Reference[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => collectReferences(item, `${where}[${index}]`, found))
    return
  }
  if (typeof value !== 'object' || value === null) return
  const fn = intrinsic(value)
  const argument = fn ? (value as Record<string, unknown>)[fn] : undefined
  if (fn === 'Ref') found.push({ where, kind: 'Ref', name: String(argument) })
  else if (fn === 'Condition') found.push({ where, kind: 'Condition', name: String(argument) })
  else if (fn === 'Fn::GetAtt') {
    const [name, attribute] = typeof argument === 'string' ? argument.split(/\.(.*)/) : (argument as [string, string])
    found.push({ where, kind: 'Fn::GetAtt', name: name!, attribute: attribute! })
  } else if (fn === 'Fn::If') {
    const [condition, ...branches] = argument as [string, ...unknown[]]
    found.push({ where, kind: 'Condition', name: condition })
    collectReferences(branches, where, found)
  } else if (fn === 'Fn::Sub') {
    const [text, variables] = typeof argument === 'string' ? [argument, {}] : (argument as [string, Record<string, unknown>])
    for (const reference of subReferences(text)) {
      if (reference in variables) continue
      const [name, attribute] = reference.split(/\.(.*)/)
      found.push(
        attribute === undefined
          ? { where, kind: 'Ref', name: name! }
          : { where, kind: 'Fn::GetAtt', name: name!, attribute }
      )
    }
    collectReferences(variables, where, found)
  } else for (const [key, item] of Object.entries(value)) collectReferences(item, `${where}.${key}`, found)
}

/** Every Ref, Fn::GetAtt, ${...} and condition that names something the template does not have. */
export function referenceProblems(template: Template): string[] {
  const references: Reference[] = []
  collectReferences(template.Resources, 'Resources', references)
  collectReferences(template.Outputs ?? {}, 'Outputs', references)
  collectReferences(template.Conditions ?? {}, 'Conditions', references)
  collectReferences(template.Rules ?? {}, 'Rules', references)
  for (const [name, resource] of Object.entries(template.Resources ?? {})) {
    if (typeof resource.Condition === 'string') references.push({ where: `Resources.${name}`, kind: 'Condition', name: resource.Condition })
    const dependsOn = resource.DependsOn === undefined ? [] : [resource.DependsOn].flat()
    for (const target of dependsOn) {
      if (!(String(target) in template.Resources)) references.push({ where: `Resources.${name}.DependsOn`, kind: 'Ref', name: String(target) })
    }
  }
  const parameters = template.Parameters ?? {}
  const problems: string[] = []
  for (const reference of references) {
    const { where, kind, name, attribute } = reference
    if (kind === 'Condition') {
      if (!(name in (template.Conditions ?? {}))) problems.push(`${where}: no condition ${name}`)
    } else if (kind === 'Ref') {
      if (!(name in parameters) && !(name in template.Resources) && !PSEUDO_PARAMETERS.includes(name)) {
        problems.push(`${where}: Ref to ${name}, which is neither a parameter nor a resource`)
      }
    } else {
      const resource = template.Resources[name]
      if (!resource) problems.push(`${where}: Fn::GetAtt of ${name}, which is not a resource`)
      else if (!(attribute! in (resourceSpec(resource.Type)?.attributes ?? {}))) {
        problems.push(`${where}: ${resource.Type} has no attribute ${attribute}`)
      }
    }
  }
  return problems
}

/** The EventBridge schema of an AWS event, as the specification has it (from the schema registry). */
export function eventSpec(source: string, detailType: string): Event | undefined {
  return spec()
    .all('event')
    .find((event) => event.source === source && event.detailType === detailType)
}

/** Whether `path` (a list of keys below `detail`) is a field of the event's schema. */
export function eventHasDetailField(event: Event, path: string[]): boolean {
  let definition: EventTypeDefinition = spec().get('eventTypeDefinition', event.rootProperty)
  for (const [index, key] of path.entries()) {
    const property = definition.properties[key]
    if (!property) return false
    if (index === path.length - 1) return true
    if (property.type.type !== 'ref') return false
    definition = spec().get('eventTypeDefinition', property.type.reference)
  }
  return true
}
