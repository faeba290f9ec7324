import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { inputEnvironment } from '../support/inputs.js'
import { example, PR_MERGE_COMMIT } from '../support/payloads.js'
import { runnerEnvironment } from '../support/runner-environment.js'
import { readWorkflow, type Step } from '../support/workflow-checks.js'
import { BUNDLE, parseOutputFile } from './support/run-action.js'
import { NODE24 } from './support/runtimes.js'

// ci.yml's `action` job runs the action from the checkout (`uses: ./`) on a
// real runner, which cannot happen here. This runs the same steps, read from
// ci.yml, the way the runner would: `run` steps in bash, `uses: ./` as
// node dist/index.js with the step's inputs and env, GITHUB_ENV carried from
// step to step. So the job's script, inputs and checks are known to work
// before a push; only GitHub's loading of action.yml is left to the runner.
const root = fileURLToPath(new URL('../..', import.meta.url))
const job = readWorkflow(`${root}.github/workflows/ci.yml`).jobs.action!
const node = existsSync(NODE24) ? NODE24 : process.execPath
const work = mkdtempSync(join(tmpdir(), 'ci-action-job-'))
const githubEnv = join(work, 'github-env')
writeFileSync(githubEnv, '')
/** The commit the simulated run is for: GITHUB_SHA. */
const SHA = PR_MERGE_COMMIT
const outputs: Record<string, Record<string, string>> = {}

interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

function run(command: string, args: string[], env: Record<string, string>): Promise<Ran> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

/** What GITHUB_ENV holds: NAME=value lines. */
function exported(): Record<string, string> {
  return Object.fromEntries(
    readFileSync(githubEnv, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
  )
}

/** The few expressions the job uses; any other fails here, before it can fail on GitHub. */
function evaluate(value: string | number | boolean): string {
  return String(value).replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_whole, expression: string) => {
    if (expression === 'github.sha') return SHA
    const env = /^env\.(\w+)$/.exec(expression)
    if (env) return exported()[env[1]!] ?? ''
    const output = /^steps\.([\w-]+)\.outputs\.([\w-]+)$/.exec(expression)
    if (output) return outputs[output[1]!]?.[output[2]!] ?? ''
    const all = /^toJSON\(steps\.([\w-]+)\.outputs\)$/.exec(expression)
    if (all) return JSON.stringify(outputs[all[1]!] ?? {}, null, 2)
    throw new Error(`This simulation does not evaluate \${{ ${expression} }}: teach evaluate() in ${import.meta.url}`)
  })
}

function evaluated(map: Record<string, string | number | boolean> = {}): Record<string, string> {
  return Object.fromEntries(Object.entries(map).map(([name, value]) => [name, evaluate(value)]))
}

/** The variables every step gets: the runner's, the job's, then what earlier steps exported. */
function stepEnvironment(step: Step): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: work,
    RUNNER_TEMP: work,
    GITHUB_ENV: githubEnv,
    ...runnerEnvironment('push', example('push')),
    GITHUB_SHA: SHA,
    ...evaluated(job.env),
    ...exported(),
    ...evaluated(step.env)
  }
}

async function runStep(step: Step): Promise<Ran> {
  const env = stepEnvironment(step)
  if (step.run) return run('bash', ['-e', '-c', step.run], env)
  const outputFile = join(work, `output-${step.id ?? 'step'}`)
  writeFileSync(outputFile, '')
  // E2E_BUNDLE: the suite's bite check runs this against a do-nothing bundle.
  const ran = await run(node, [process.env.E2E_BUNDLE ?? BUNDLE], { ...env, ...inputEnvironment(evaluated(step.with)), GITHUB_OUTPUT: outputFile })
  if (step.id) outputs[step.id] = parseOutputFile(readFileSync(outputFile, 'utf8'))
  return ran
}

const startStep = job.steps.findIndex((step) => step.run?.includes('scripts/ci-stand-ins.ts start'))

afterAll(async () => {
  await run('npx', ['tsx', 'scripts/ci-stand-ins.ts', 'stop'], { PATH: process.env.PATH ?? '', RUNNER_TEMP: work })
})

describe('ci.yml’s job that runs the action from the checkout', () => {
  // The steps before it (checkout, Node, npm ci) are what this suite already has.
  it('runs here as on the runner: every step passes, the action skips, then approves the waiting commit', async () => {
    for (const step of job.steps.slice(startStep)) {
      const ran = await runStep(step)
      expect({ step: step.name, code: ran.code, output: ran.code === 0 ? '' : ran.stdout + ran.stderr }).toEqual({
        step: step.name,
        code: 0,
        output: ''
      })
    }
    expect(outputs.skip?.outcome).toBe('skipped')
    expect(outputs.approve).toMatchObject({ outcome: 'sent', decision: 'Approved', revision: SHA })
  })

  it('and its check fails when the outputs are not what was sent', async () => {
    expect(outputs.skip?.outcome).toBe('skipped')
    const check = job.steps.at(-1)!
    expect(check.run).toContain('check sent')
    const ran = await run('bash', ['-e', '-c', check.run!], { ...stepEnvironment(check), OUTPUTS: JSON.stringify(outputs.skip) })
    expect(ran.code).toBe(1)
    expect(ran.stderr).toContain('output outcome is "skipped", expected "sent"')
  })
})
