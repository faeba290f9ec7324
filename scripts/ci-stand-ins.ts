// The CodePipeline stand-in for the CI job that runs the action from the
// checkout (`uses: ./` in .github/workflows/ci.yml), on a real runner.
//
//   tsx scripts/ci-stand-ins.ts start --commit <sha>   serve in the background, an approval waiting for <sha>
//   tsx scripts/ci-stand-ins.ts check skipped|sent     compare OUTPUTS (the step's outputs as JSON) with what the stand-in saw
//   tsx scripts/ci-stand-ins.ts stop
//
// `start` appends CODEPIPELINE_STAND_IN_URL to $GITHUB_ENV when it is set.
// Only CodePipeline is stood in: a step cannot point GITHUB_API_URL
// elsewhere, so the job uses a step that makes no GitHub request.
import { spawn } from 'node:child_process'
import { appendFileSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CodePipelineServer } from '../__tests__/support/codepipeline-server.js'
import { listen } from '../__tests__/support/http-server.js'
import { waitingShop } from '../__tests__/support/pipelines.js'

interface State {
  /** For AWS_ENDPOINT_URL_CODEPIPELINE. */
  codepipelineUrl: string
  /** GET /report: what the stand-in was asked and what it recorded; POST /stop. */
  controlUrl: string
  commit: string
  executionId: string
  pid: number
}

interface Report {
  operations: string[]
  approval?: { status: string; summary?: string }
}

const STATE_FILE = process.env.CI_STAND_INS_STATE ?? join(process.env.RUNNER_TEMP ?? 'tmp', 'ci-stand-ins.json')
const START_TIMEOUT_MS = 30_000
const [command, ...args] = process.argv.slice(2)

switch (command) {
  case 'start':
    await start(commitArgument())
    break
  case 'serve':
    await serve(commitArgument())
    break
  case 'check':
    await check(args[0])
    break
  case 'stop':
    await fetch(`${readState().controlUrl}/stop`, { method: 'POST' })
    break
  default:
    fail(`Usage: tsx scripts/ci-stand-ins.ts start --commit <sha> | check skipped|sent | stop (got "${command ?? ''}")`)
}

function commitArgument(): string {
  const commit = args[args.indexOf('--commit') + 1] ?? ''
  if (!args.includes('--commit') || !/^[0-9a-f]{40}$/.test(commit)) fail(`--commit must be a full commit SHA (got "${commit}")`)
  return commit
}

/** Serves from a detached child, so the step that starts it can end while it keeps serving. */
async function start(commit: string): Promise<void> {
  mkdirSync(dirname(STATE_FILE), { recursive: true })
  rmSync(STATE_FILE, { force: true })
  const log = openSync(`${STATE_FILE}.log`, 'a')
  // execArgv carries tsx's loader into the child.
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), 'serve', '--commit', commit], {
    detached: true,
    stdio: ['ignore', log, log],
    env: { ...process.env, CI_STAND_INS_STATE: STATE_FILE }
  })
  child.unref()
  const deadline = Date.now() + START_TIMEOUT_MS
  while (!existsSync(STATE_FILE)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      fail(`The stand-in did not start (see ${STATE_FILE}.log):\n${readFileSync(`${STATE_FILE}.log`, 'utf8')}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const state = readState()
  if (process.env.GITHUB_ENV) appendFileSync(process.env.GITHUB_ENV, `CODEPIPELINE_STAND_IN_URL=${state.codepipelineUrl}\n`)
  console.log(`CodePipeline stand-in: ${state.codepipelineUrl}`)
  console.log(`Pipeline shop-pipeline, Deploy/Approve waiting in execution ${state.executionId} for commit ${commit}.`)
}

async function serve(commit: string): Promise<void> {
  const shop = waitingShop(commit)
  const pipeline = await CodePipelineServer.start(shop.model)
  const control = await listen((request, response) => {
    if (request.method === 'POST' && request.url === '/stop') {
      response.end('stopping\n')
      void Promise.all([pipeline.close(), control.close()]).then(() => process.exit(0))
      return
    }
    const report: Report = { operations: pipeline.operations(), approval: shop.model.answerOf(shop.token) }
    response.writeHead(200, { 'content-type': 'application/json' })
    response.end(JSON.stringify(report))
  })
  const state: State = { codepipelineUrl: pipeline.url, controlUrl: control.url, commit, executionId: shop.executionId, pid: process.pid }
  // Written whole, then renamed: `start` waits for the file to exist.
  writeFileSync(`${STATE_FILE}.partial`, JSON.stringify(state))
  renameSync(`${STATE_FILE}.partial`, STATE_FILE)
  console.log(`serving ${pipeline.url}, control ${control.url}`)
}

/** Compares the step's outputs with what the stand-in was asked and recorded. */
async function check(expected: string | undefined): Promise<void> {
  if (expected !== 'skipped' && expected !== 'sent') fail(`check takes "skipped" or "sent" (got "${expected ?? ''}")`)
  const outputs = JSON.parse(process.env.OUTPUTS ?? '{}') as Record<string, string | undefined>
  const state = readState()
  const report = (await (await fetch(`${state.controlUrl}/report`)).json()) as Report
  const problems: string[] = []
  const expect = (what: string, actual: unknown, wanted: unknown): void => {
    if (actual === wanted) console.log(`ok: ${what} is ${JSON.stringify(wanted)}`)
    else problems.push(`${what} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`)
  }

  if (expected === 'skipped') {
    expect('output outcome', outputs.outcome, 'skipped')
    expect('output decision', outputs.decision ?? '', '')
    expect('requests the stand-in received', report.operations.join(', '), '')
    expect('the approval', report.approval?.status, 'InProgress')
  } else {
    expect('output outcome', outputs.outcome, 'sent')
    expect('output decision', outputs.decision, 'Approved')
    expect('output revision', outputs.revision, state.commit)
    expect('output pipeline-execution-id', outputs['pipeline-execution-id'], state.executionId)
    expect('output approved-at is a time', Number.isNaN(Date.parse(outputs['approved-at'] ?? '')), false)
    expect('PutApprovalResult requests', report.operations.filter((operation) => operation === 'PutApprovalResult').length, 1)
    expect('the approval', report.approval?.status, 'Succeeded')
    expect('output summary is set', Boolean(outputs.summary), true)
    expect('the summary CodePipeline recorded', report.approval?.summary, outputs.summary)
  }
  if (problems.length > 0) fail(`The action's step did not do what was expected:\n- ${problems.join('\n- ')}`)
}

function readState(): State {
  return JSON.parse(readFileSync(STATE_FILE, 'utf8')) as State
}

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}
