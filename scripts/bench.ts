// npm run bench: how long the action takes beside bare Node and the AWS CLI
// route it replaces, measured interleaved in one run against the local
// stand-ins. Compare the ratios, not the milliseconds: machines are noisy.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction } from '../__tests__/e2e/support/run-action.js'
import { NODE24 } from '../__tests__/e2e/support/runtimes.js'
import { awsEnvironment } from '../__tests__/support/aws-environment.js'
import { CodePipelineModel } from '../__tests__/support/codepipeline-model.js'
import { CodePipelineServer } from '../__tests__/support/codepipeline-server.js'
import { GitHubServer } from '../__tests__/support/github-server.js'
import { commentEvent, labeledEvent, PR_HEAD } from '../__tests__/support/payloads.js'
import { shopPipeline } from '../__tests__/support/pipelines.js'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15)
const node = existsSync(NODE24) ? NODE24 : process.execPath
const nodeVersion = spawnSync(node, ['--version'], { encoding: 'utf8' }).stdout.trim()
const hasCli = spawnSync('aws', ['--version'], { encoding: 'utf8' }).status === 0

const pipeline = await CodePipelineServer.start()
const github = await GitHubServer.start()
const work = mkdtempSync(join(tmpdir(), 'bench-'))

/** A fresh approval waiting for the pull request's head, so every approval run has work to do. */
function freshApproval(): string {
  const model = new CodePipelineModel().addPipeline(shopPipeline())
  const token = model.waitAtApproval(model.startExecution('shop-pipeline', PR_HEAD), 'Deploy', 'Approve')
  pipeline.reset(model)
  github.reset()
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
async function cliRoute(): Promise<number> {
  const endpoint = ['--endpoint-url', pipeline.url]
  const state = await timed('aws', ['codepipeline', 'get-pipeline-state', '--name', 'shop-pipeline', ...endpoint, '--output', 'json'], cliEnv)
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

async function actionRun(eventName: string, payload: object): Promise<number> {
  const run = await runAction({ node, inputs: { 'pipeline-name': 'shop-pipeline' }, eventName, payload, githubUrl: github.url, codepipelineUrl: pipeline.url })
  if (run.exitCode !== 0) throw new Error(`the action failed: ${run.stdout}`)
  return run.durationMs
}

const variants: { name: string; run(): Promise<number> }[] = [
  { name: 'bare node -e 0', run: async () => (await timed(node, ['-e', '0'])).ms },
  { name: 'action: skipped event', run: () => actionRun('pull_request', labeledEvent({ label: 'bug' })) },
  {
    name: 'action: /approve-deploy',
    run: () => {
      freshApproval()
      return actionRun('issue_comment', commentEvent({ body: '/approve-deploy' }))
    }
  },
  ...(hasCli
    ? [
        {
          name: 'AWS CLI: get-pipeline-state + put-approval-result',
          run: () => {
            freshApproval()
            return cliRoute()
          }
        }
      ]
    : [])
]

// One warm-up of each, then rounds that interleave the variants in a rotating order.
for (const variant of variants) await variant.run()
const samples = new Map(variants.map((variant) => [variant.name, [] as number[]]))
for (let round = 0; round < ROUNDS; round++) {
  for (let index = 0; index < variants.length; index++) {
    const variant = variants[(round + index) % variants.length]!
    samples.get(variant.name)!.push(await variant.run())
  }
}

// Requests one approval makes, by service.
freshApproval()
await actionRun('issue_comment', commentEvent({ body: '/approve-deploy' }))
const githubRequests = github.routes()
const pipelineRequests = pipeline.operations()
// A request made twice: the same call with the same body (👀 and 🚀 are two reactions, not one twice).
const repeated = [
  ...github.calls.map((call) => `${call.method} ${call.path} ${JSON.stringify(call.body ?? null)}`),
  ...pipeline.requests.map((request) => `${request.operation} ${JSON.stringify(request.input)}`)
].filter((call, index, all) => all.indexOf(call) !== index)

await pipeline.close()
await github.close()

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const medians = new Map([...samples].map(([name, values]) => [name, median(values)]))
const bare = medians.get('bare node -e 0')!
const cli = medians.get('AWS CLI: get-pipeline-state + put-approval-result')

console.log(`\nnpm run bench: ${ROUNDS} interleaved rounds under ${nodeVersion}${node === NODE24 ? ' (runs.using: node24)' : ''}\n`)
console.log(`${'variant'.padEnd(52)}${'median'.padStart(10)}${'min–max'.padStart(18)}${'× bare'.padStart(9)}${cli ? '× faster than CLI'.padStart(19) : ''}`)
for (const [name, values] of samples) {
  const m = medians.get(name)!
  const range = `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`
  const faster = cli && !name.startsWith('AWS CLI') && !name.startsWith('bare') ? `${(cli / m).toFixed(1)}×` : ''
  console.log(`${name.padEnd(52)}${`${m.toFixed(0)} ms`.padStart(10)}${range.padStart(18)}${`${(m / bare).toFixed(2)}`.padStart(9)}${faster.padStart(19)}`)
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
console.log(`\nRequests for one /approve-deploy:`)
console.log(`  CodePipeline (${pipelineRequests.length}): ${counts(pipelineRequests)}`)
console.log(`  GitHub (${githubRequests.length}): ${counts(githubRequests.map((route) => route.replace('/repos/Codertocat/Hello-World', '')))}`)

const skip = medians.get('action: skipped event')!
const approve = medians.get('action: /approve-deploy')!
const targets: [string, boolean][] = [
  [`skipped event within 2× bare Node (${(skip / bare).toFixed(2)}×)`, skip <= 2 * bare],
  [`full approval within 3× bare Node (${(approve / bare).toFixed(2)}×)`, approve <= 3 * bare],
  ...(cli ? [[`at least 8× faster than the AWS CLI route (${(cli / approve).toFixed(1)}×)`, cli >= 8 * approve] as [string, boolean]] : []),
  [`dist/index.js at most 1 MiB (${kib(size('index.js'))})`, size('index.js') <= 1024 * 1024],
  [`no request made twice${repeated.length ? ` (twice: ${repeated.join(', ')})` : ''}`, repeated.length === 0]
]
console.log('\nTargets:')
for (const [target, met] of targets) console.log(`  ${met ? 'met    ' : 'NOT MET'}  ${target}`)
