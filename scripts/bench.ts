// npm run bench: how long the action takes beside bare Node and the AWS CLI
// route it replaces, measured interleaved in one run against the local
// stand-ins. Compare the ratios, not the milliseconds: machines are noisy.
//
//   npm run bench -- [--latency cp=<ms>,gh=<ms>] [--tls]
//
// --latency: the stand-ins answer that much later (CodePipeline, GitHub), as
// distant services would; --tls: they speak HTTPS. BENCH_ROUNDS sets the rounds.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { runAction } from '../__tests__/e2e/support/run-action.js'
import { NODE24 } from '../__tests__/e2e/support/runtimes.js'
import { awsEnvironment } from '../__tests__/support/aws-environment.js'
import { CodePipelineModel } from '../__tests__/support/codepipeline-model.js'
import { CodePipelineServer } from '../__tests__/support/codepipeline-server.js'
import { GitHubServer } from '../__tests__/support/github-server.js'
import { STAND_IN_CA, type Timing } from '../__tests__/support/http-server.js'
import { closedEvent, commentEvent, example, labeledEvent, PR_HEAD, PR_MERGE_COMMIT, REPOSITORY } from '../__tests__/support/payloads.js'
import { shopPipeline } from '../__tests__/support/pipelines.js'
import { sequentialWaves } from '../__tests__/support/waves.js'

interface Latency {
  cp: number
  gh: number
}

/** "cp=100,gh=150": both services, in milliseconds. */
function parseLatency(text: string): Latency {
  const parts = text.split(',').map((part) => /^(cp|gh)=(\d+)$/.exec(part.trim()))
  const latency = Object.fromEntries(parts.map((part) => [part?.[1], Number(part?.[2])]))
  if (parts.some((part) => !part) || parts.length !== 2 || latency.cp === undefined || latency.gh === undefined) {
    throw new Error(`--latency takes cp=<ms>,gh=<ms>, such as cp=100,gh=150 (got "${text}")`)
  }
  return { cp: latency.cp, gh: latency.gh }
}

const { values: options } = parseArgs({ options: { latency: { type: 'string' }, tls: { type: 'boolean', default: false } } })
const chosenLatency = options.latency === undefined ? undefined : parseLatency(options.latency)
const tls = options.tls
// Requests sent side by side must overlap, and loopback jitter must not order them.
const WAVE_LATENCY_MS = 50
const waveLatency = chosenLatency ?? { cp: WAVE_LATENCY_MS, gh: WAVE_LATENCY_MS }

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const node = existsSync(NODE24) ? NODE24 : process.execPath
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
const hasCli = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0
const work = mkdtempSync(join(tmpdir(), 'bench-'))

interface StandIns {
  latency: Latency
  github: GitHubServer
  pipeline: CodePipelineServer
}

async function startStandIns(latency: Latency): Promise<StandIns> {
  return {
    latency,
    github: await GitHubServer.start(undefined, { latencyMs: latency.gh, tls }),
    pipeline: await CodePipelineServer.start(new CodePipelineModel(), { latencyMs: latency.cp, tls })
  }
}

const loopback = await startStandIns({ cp: 0, gh: 0 })
// The waves are measured here; with --latency, the variants are timed here too.
const delayed = await startStandIns(waveLatency)
const timedOn = chosenLatency ? delayed : loopback

/** Forgets the last run: no requests, nothing waiting. */
function clear(standIns: StandIns): void {
  standIns.pipeline.reset(new CodePipelineModel())
  standIns.github.reset()
}

/** A fresh approval waiting for `commit`, so every approval run has work to do. */
function freshApproval(standIns: StandIns, commit = PR_HEAD): string {
  const model = new CodePipelineModel().addPipeline(shopPipeline())
  const token = model.waitAtApproval(model.startExecution('shop-pipeline', commit), 'Deploy', 'Approve')
  standIns.pipeline.reset(model)
  standIns.github.reset()
  return token
}

function timed(command: string, args: string[], env?: NodeJS.ProcessEnv): Promise<{ ms: number; code: number | null; stdout: string }> {
  const started = performance.now()
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'ignore'] })
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout }))
  })
}

const cliEnv = { PATH: process.env.PATH, HOME: work, AWS_PAGER: '', AWS_DEFAULT_REGION: 'us-east-1', ...awsEnvironment('') }

/** The manual route: get-pipeline-state, copy the token into a file, put-approval-result. */
async function cliRoute(standIns: StandIns): Promise<number> {
  freshApproval(standIns)
  const endpoint = ['--endpoint-url', standIns.pipeline.url, ...(tls ? ['--ca-bundle', STAND_IN_CA] : [])]
  const state = await timed('aws', ['codepipeline', 'get-pipeline-state', '--name', 'shop-pipeline', ...endpoint, '--output', 'json'], cliEnv)
  if (state.code !== 0) throw new Error('the AWS CLI route failed at get-pipeline-state')
  const token = (JSON.parse(state.stdout) as { stageStates: { actionStates: { latestExecution?: { token?: string } }[] }[] }).stageStates
    .flatMap((stage) => stage.actionStates)
    .find((action) => action.latestExecution?.token)?.latestExecution?.token
  writeFileSync(
    join(work, 'approval.json'),
    JSON.stringify({ pipelineName: 'shop-pipeline', stageName: 'Deploy', actionName: 'Approve', token, result: { status: 'Approved', summary: 'bench' } })
  )
  const put = await timed('aws', ['codepipeline', 'put-approval-result', '--cli-input-json', `file://${join(work, 'approval.json')}`, ...endpoint], cliEnv)
  if (put.code !== 0) throw new Error('the AWS CLI route failed')
  return state.ms + put.ms
}

interface ActionEvent {
  eventName: string
  payload: object
  inputs?: Record<string, string>
}

async function actionRun(standIns: StandIns, event: ActionEvent): Promise<number> {
  const run = await runAction({
    node,
    inputs: event.inputs ?? { 'pipeline-name': 'shop-pipeline' },
    eventName: event.eventName,
    payload: event.payload,
    githubUrl: standIns.github.url,
    codepipelineUrl: standIns.pipeline.url,
    env: tls ? { NODE_EXTRA_CA_CERTS: STAND_IN_CA } : {}
  })
  if (run.exitCode !== 0) throw new Error(`the action failed on ${event.eventName}: ${run.stdout}`)
  return run.durationMs
}

interface Variant {
  name: string
  /** The stand-ins its timed runs use. */
  standIns: StandIns
  /** One run against `standIns`, set up first; resolves to the milliseconds it took. */
  run(standIns: StandIns): Promise<number>
  /** Measure its sequential waves in one more run against the delayed stand-ins. */
  measureWaves: boolean
  /** The sequential waves it should take, for the targets. */
  expectedWaves?: number
}

const COMMENT = 'action: /approve-deploy'
const COMMENT_LOOPBACK = 'action: /approve-deploy, loopback'
const comment: ActionEvent = { eventName: 'issue_comment', payload: commentEvent({ body: '/approve-deploy' }) }

/** An action run that sends a decision for the approval waiting at `commit`. */
function approval(name: string, event: ActionEvent, expectedWaves: number, commit = PR_HEAD): Variant {
  return {
    name,
    standIns: timedOn,
    run: (standIns) => {
      freshApproval(standIns, commit)
      return actionRun(standIns, event)
    },
    measureWaves: true,
    expectedWaves
  }
}

const variants: Variant[] = [
  { name: 'bare node -e 0', standIns: timedOn, run: async () => (await timed(node, ['-e', '0'])).ms, measureWaves: false },
  {
    name: 'action: skipped event',
    standIns: timedOn,
    run: (standIns) => {
      clear(standIns)
      return actionRun(standIns, { eventName: 'pull_request', payload: labeledEvent({ label: 'bug' }) })
    },
    measureWaves: true
  },
  approval(COMMENT, comment, 4),
  // The latency target compares with the same comment on loopback, measured in this run.
  ...(chosenLatency ? [{ ...approval(COMMENT_LOOPBACK, comment, 4), standIns: loopback, measureWaves: false }] : []),
  approval('action: approve-deploy label', { eventName: 'pull_request', payload: labeledEvent({ label: 'approve-deploy' }) }, 4),
  approval('action: merged pull request', { eventName: 'pull_request_target', payload: closedEvent({ merged: true }) }, 4, PR_MERGE_COMMIT),
  approval(
    'action: workflow step',
    { eventName: 'push', payload: example('push'), inputs: { 'pipeline-name': 'shop-pipeline', decision: 'approved', revision: PR_HEAD } },
    3
  ),
  ...(hasCli ? [{ name: 'AWS CLI: get-pipeline-state + put-approval-result', standIns: timedOn, run: cliRoute, measureWaves: true }] : [])
]

// One warm-up of each, then rounds that interleave the variants in a rotating order.
for (const variant of variants) await variant.run(variant.standIns)
const samples = new Map(variants.map((variant) => [variant.name, [] as number[]]))
for (let round = 0; round < ROUNDS; round++) {
  for (let index = 0; index < variants.length; index++) {
    const variant = variants[(round + index) % variants.length]!
    samples.get(variant.name)!.push(await variant.run(variant.standIns))
  }
}

interface NamedRequest extends Timing {
  name: string
}

const REPO_PATH = `/repos/${REPOSITORY}`

/** Both stand-ins' requests of the last run, named as the request list prints them. */
function requestsOf(standIns: StandIns): NamedRequest[] {
  const unseen: Timing = { arrivedAt: Number.NaN }
  return [
    ...standIns.github.calls.map((call) => ({ name: `GitHub ${call.method} ${call.path.replace(REPO_PATH, '')}`, ...(call.timing ?? unseen) })),
    ...standIns.pipeline.requests.map((request) => ({ name: `CodePipeline ${request.operation}`, ...(request.timing ?? unseen) }))
  ]
}

// Sequential waves: one more run of each variant, the stand-ins answering late enough that
// requests sent side by side overlap. The comment's run also gives the request list.
const waves = new Map<string, NamedRequest[][]>()
let commentRequests = { github: [] as string[], pipeline: [] as string[], repeated: [] as string[] }
for (const variant of variants.filter((candidate) => candidate.measureWaves)) {
  clear(delayed)
  await variant.run(delayed)
  waves.set(variant.name, sequentialWaves(requestsOf(delayed)))
  if (variant.name !== COMMENT) continue
  // A request made twice: the same call with the same body (👀 and 🚀 are two reactions, not one twice).
  const repeated = [
    ...delayed.github.calls.map((call) => `${call.method} ${call.path} ${JSON.stringify(call.body ?? null)}`),
    ...delayed.pipeline.requests.map((request) => `${request.operation} ${JSON.stringify(request.input)}`)
  ].filter((call, index, all) => all.indexOf(call) !== index)
  commentRequests = { github: delayed.github.routes(), pipeline: delayed.pipeline.operations(), repeated }
}

for (const standIns of [loopback, delayed]) {
  await standIns.pipeline.close()
  await standIns.github.close()
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const medians = new Map([...samples].map(([name, values]) => [name, median(values)]))
const bare = medians.get('bare node -e 0')!
const cli = medians.get('AWS CLI: get-pipeline-state + put-approval-result')
const ms = (value: number): string => `${value.toFixed(0)} ms`
const latencyText = (latency: Latency): string => `CodePipeline ${latency.cp} ms, GitHub ${latency.gh} ms`

const setting = [tls ? 'stand-ins over HTTPS' : 'stand-ins over HTTP', chosenLatency ? `answering after ${latencyText(chosenLatency)}` : 'on loopback']
console.log(`\nnpm run bench: ${ROUNDS} interleaved rounds under ${nodeVersion}${node === NODE24 ? ' (runs.using: node24)' : ''}; ${setting.join(', ')}`)
console.log(`Sequential waves: one more run of each variant, the stand-ins answering after ${latencyText(waveLatency)}.\n`)
if (Math.min(waveLatency.cp, waveLatency.gh) < 30) console.log('(a latency under 30 ms lets loopback jitter order requests sent side by side: the waves may be off)\n')
console.log(
  `${'variant'.padEnd(52)}${'median'.padStart(10)}${'min–max'.padStart(18)}${'× bare'.padStart(9)}${cli ? '× faster than CLI'.padStart(19) : ''}${'waves'.padStart(7)}`
)
for (const [name, values] of samples) {
  const m = medians.get(name)!
  const range = `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`
  const faster = cli && !name.startsWith('AWS CLI') && !name.startsWith('bare') ? `${(cli / m).toFixed(1)}×` : ''
  const waveCount = waves.get(name)?.length.toString() ?? '–'
  console.log(
    `${name.padEnd(52)}${ms(m).padStart(10)}${range.padStart(18)}${`${(m / bare).toFixed(2)}`.padStart(9)}${cli ? faster.padStart(19) : ''}${waveCount.padStart(7)}`
  )
}
if (!cli) console.log('(the AWS CLI is not on PATH: the CLI route was not measured)')

const distFiles = readdirSync('dist').filter((file) => file.endsWith('.js'))
const size = (file: string): number => statSync(join('dist', file)).size
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`
console.log(`\ndist/index.js: ${kib(size('index.js'))}; all of dist/*.js: ${kib(distFiles.reduce((sum, file) => sum + size(file), 0))} in ${distFiles.length} files, loaded on demand`)

const counts = (items: string[]): string =>
  Object.entries(items.reduce<Record<string, number>>((all, item) => ({ ...all, [item]: (all[item] ?? 0) + 1 }), {}))
    .map(([item, count]) => `${item}${count > 1 ? ` ×${count}` : ''}`)
    .join(', ')
const commentWaves = waves.get(COMMENT) ?? []
console.log(`\nRequests for one /approve-deploy:`)
console.log(`  CodePipeline (${commentRequests.pipeline.length}): ${counts(commentRequests.pipeline)}`)
console.log(`  GitHub (${commentRequests.github.length}): ${counts(commentRequests.github.map((route) => route.replace(REPO_PATH, '')))}`)
console.log(`  in ${commentWaves.length} sequential waves (${latencyText(waveLatency)} per answer):`)
commentWaves.forEach((wave, index) => console.log(`    wave ${index + 1}: ${wave.map((request) => request.name).join(', ')}`))
// Where a variant takes other waves than it should, show them too.
for (const variant of variants.filter((candidate) => candidate.name !== COMMENT && candidate.expectedWaves !== undefined)) {
  const measured = waves.get(variant.name)
  if (!measured || measured.length === variant.expectedWaves) continue
  console.log(`
${variant.name} in ${measured.length} sequential waves:`)
  measured.forEach((wave, index) => console.log(`    wave ${index + 1}: ${wave.map((request) => request.name).join(', ')}`))
}

interface Target {
  text: string
  met: boolean
  /** How far a miss misses. */
  miss?: string
}

/** `actual` at most `limit`, both in ms, shown as ratios to bare Node when `asRatio`. */
function atMost(text: string, actual: number, limit: number, asRatio = false): Target {
  const shown = (value: number): string => (asRatio ? `${(value / bare).toFixed(2)}× (${ms(value)})` : ms(value))
  return {
    text: `${text}: ${shown(actual)}, allowed ${shown(limit)}`,
    met: actual <= limit,
    miss: `${ms(actual - limit)}${asRatio ? ` (${((actual - limit) / bare).toFixed(2)}× bare Node)` : ''}`
  }
}

const skip = medians.get('action: skipped event')!
const loopbackComment = medians.get(chosenLatency ? COMMENT_LOOPBACK : COMMENT)!
const targets: Target[] = [
  atMost('full /approve-deploy on loopback ≤ 4.5× bare Node', loopbackComment, 4.5 * bare, true),
  ...variants
    .filter((variant) => variant.expectedWaves !== undefined && waves.has(variant.name))
    .map((variant): Target => {
      const count = waves.get(variant.name)!.length
      const off = count - variant.expectedWaves!
      return {
        text: `${variant.name.replace('action: ', '')} in ${variant.expectedWaves} sequential waves: ${count}`,
        met: off === 0,
        miss: `${Math.abs(off)} ${Math.abs(off) === 1 ? 'wave' : 'waves'}${off < 0 ? ' fewer: check what the run skipped' : ''}`
      }
    }),
  ...(chosenLatency
    ? [
        atMost(
          `/approve-deploy answered after ${latencyText(chosenLatency)} ≤ (loopback ${ms(loopbackComment)} + 2×${chosenLatency.cp} + 2×${chosenLatency.gh} ms) + 10%`,
          medians.get(COMMENT)!,
          (loopbackComment + 2 * chosenLatency.cp + 2 * chosenLatency.gh) * 1.1
        )
      ]
    : []),
  atMost('skipped event ≤ 1.7× bare Node', skip, 1.7 * bare, true),
  // A loopback target: with --latency the CLI waits as long per request, so the ratio says less.
  ...(cli && !chosenLatency ? [atMost(`/approve-deploy at least 8× faster than the AWS CLI route (${(cli / medians.get(COMMENT)!).toFixed(1)}×)`, medians.get(COMMENT)!, cli / 8)] : []),
  { text: `dist/index.js ≤ 1 MiB: ${kib(size('index.js'))}`, met: size('index.js') <= 1024 * 1024, miss: kib(size('index.js') - 1024 * 1024) },
  {
    text: `no request made twice${commentRequests.repeated.length ? ` (twice: ${commentRequests.repeated.join(', ')})` : ''}`,
    met: commentRequests.repeated.length === 0
  }
]
console.log('\nTargets:')
for (const target of targets) console.log(`  ${target.met ? 'met    ' : 'NOT MET'}  ${target.text}${!target.met && target.miss ? ` — misses by ${target.miss}` : ''}`)
