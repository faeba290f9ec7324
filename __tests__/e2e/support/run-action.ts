import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { awsEnvironment } from '../../support/aws-environment.js'
import { inputEnvironment } from '../../support/inputs.js'
import { runnerEnvironment } from '../../support/runner-environment.js'

export const BUNDLE = fileURLToPath(new URL('../../../dist/index.js', import.meta.url))

export interface ActionRunOptions {
  node: string
  inputs: Record<string, string>
  eventName: string
  payload: object
  /** GITHUB_ACTOR. */
  actor?: string
  githubUrl: string
  codepipelineUrl: string
  /** Extra or replaced variables; undefined removes one. */
  env?: Record<string, string | undefined>
  /** The bundle to run; the suite's own bite check swaps it. */
  bundle?: string
  timeoutMs?: number
}

export interface ActionRun {
  exitCode: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  stepSummary: string
  durationMs: number
}

/**
 * Runs the bundle the way the runner does: `node dist/index.js` with INPUT_*
 * for every input (action.yml's defaults filled in), the event payload in a
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and nothing else from
 * this machine's environment but PATH.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const work = mkdtempSync(join(tmpdir(), 'approval-run-'))
  const outputFile = join(work, 'output')
  const summaryFile = join(work, 'step-summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: work,
    RUNNER_TEMP: work,
    ...inputEnvironment(options.inputs),
    ...runnerEnvironment(options.eventName, options.payload, options.actor),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: options.githubUrl,
    ...awsEnvironment(options.codepipelineUrl),
    ...options.env
  }
  const started = performance.now()
  // E2E_BUNDLE lets the bite check run the whole suite against a do-nothing script.
  const child = spawn(options.node, [options.bundle ?? process.env.E2E_BUNDLE ?? BUNDLE], {
    env: Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined)),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)))
  clearTimeout(timer)
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
    stepSummary: readFileSync(summaryFile, 'utf8'),
    durationMs: performance.now() - started
  }
}

/** GITHUB_OUTPUT's format: name<<delimiter, the value's lines, delimiter. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  for (let index = 0; index < lines.length; index++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[index]!)
    if (!match) continue
    const [, name, delimiter] = match
    const value: string[] = []
    while (++index < lines.length && lines[index] !== delimiter) value.push(lines[index]!)
    outputs[name!] = value.join('\n')
  }
  return outputs
}

/** The ::error:: line the runner turns into the step's failure annotation. */
export function failureMessage(run: ActionRun): string | undefined {
  const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('::error::'))
  return line && unescapeCommand(line.slice('::error::'.length))
}

export function notices(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::notice::'))
    .map((line) => unescapeCommand(line.slice('::notice::'.length)))
}

export function warnings(run: ActionRun): string[] {
  return run.stdout
    .split('\n')
    .filter((line) => line.startsWith('::warning::'))
    .map((line) => unescapeCommand(line.slice('::warning::'.length)))
}

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/**
 * The log as the runner shows it: it masks every value registered with
 * ::add-mask:: in the lines that follow.
 */
export function maskedLog(run: ActionRun): { masks: string[]; log: string } {
  const masks: string[] = []
  const shown: string[] = []
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith('::add-mask::')) {
      masks.push(line.slice('::add-mask::'.length))
      continue
    }
    shown.push(masks.reduce((text, secret) => text.split(secret).join('***'), line))
  }
  return { masks, log: shown.join('\n') }
}

/**
 * stderr without the AWS SDK's notice that it will stop supporting Node 20
 * (printed under this machine's Node only; users run Node 24).
 */
export function unexpectedStderr(run: ActionRun): string {
  return run.stderr
    .replace(/\(node:\d+\) Warning: NodeVersionSupportWarning:[\s\S]*?\(Use `node --trace-warnings \.\.\.` to show where the warning was created\)\n/, '')
    .trim()
}
