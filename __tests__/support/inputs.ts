import { parse } from 'yaml'
import { readFileSync } from 'node:fs'

interface ActionYml {
  inputs: Record<string, { default?: string; required?: boolean }>
  outputs: Record<string, { description: string }>
}

export const actionYml = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as ActionYml

/** The runner's name for an input's environment variable: hyphens stay. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/**
 * INPUT_* variables as the runner sets them: every input, with action.yml's
 * defaults (github-token's expression becomes `token`), overridden by `given`.
 */
export function inputEnvironment(given: Record<string, string> = {}, token = 'ghs_test_token'): Record<string, string> {
  const env: Record<string, string> = {}
  for (const [name, spec] of Object.entries(actionYml.inputs)) {
    const value = spec.default === '${{ github.token }}' ? token : (spec.default ?? '')
    env[inputVariable(name)] = value
  }
  for (const [name, value] of Object.entries(given)) {
    if (!(name in actionYml.inputs)) throw new Error(`action.yml has no input ${name}`)
    env[inputVariable(name)] = value
  }
  return env
}

/** Sets INPUT_* in this process (for unit tests that read inputs through @actions/core). */
export function useInputs(given: Record<string, string> = {}): void {
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key]
  Object.assign(process.env, inputEnvironment(given))
}
