// npm run demo: the bundled action answers a sample /approve-deploy comment
// against the local CodePipeline and GitHub stand-ins, the way the runner
// runs it. No AWS account and no GitHub needed.
//
// npm run demo -- --serve: only start the stand-ins (with an approval
// waiting) and print the variables for .env, to run the action from source
// with @github/local-action.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { maskedLog, runAction } from '../__tests__/e2e/support/run-action.js'
import { NODE24 } from '../__tests__/e2e/support/runtimes.js'
import { CodePipelineServer } from '../__tests__/support/codepipeline-server.js'
import { GitHubServer } from '../__tests__/support/github-server.js'
import { commentEvent, PR_HEAD, PR_NUMBER } from '../__tests__/support/payloads.js'
import { waitingShop } from '../__tests__/support/pipelines.js'

const PIPELINE = 'shop-pipeline'
const COMMENT = '/approve-deploy smoke tests passed on staging'

const shop = waitingShop(PR_HEAD)
const pipeline = await CodePipelineServer.start(shop.model)
const github = await GitHubServer.start()

if (process.argv.includes('--serve')) {
  // A ready .env for local-action: .env.example with these stand-ins filled in.
  mkdirSync('tmp', { recursive: true })
  writeFileSync('tmp/approve-comment.json', JSON.stringify(commentEvent({ body: COMMENT }), null, 2))
  writeFileSync('tmp/step-summary.md', '')
  writeFileSync('tmp/output', '')
  const env = readFileSync('.env.example', 'utf8')
    .replace(/^GITHUB_API_URL=.*$/m, `GITHUB_API_URL=${github.url}`)
    .replace(/^AWS_ENDPOINT_URL_CODEPIPELINE=.*$/m, `AWS_ENDPOINT_URL_CODEPIPELINE=${pipeline.url}`)
  writeFileSync('tmp/local-action.env', env)
  console.log(`CodePipeline stand-in: ${pipeline.url} (pipeline ${PIPELINE}, Deploy/Approve waiting for ${PR_HEAD.slice(0, 7)})`)
  console.log(`GitHub stand-in:       ${github.url} (token ghs_test_token, pull request #${PR_NUMBER})`)
  console.log('\nIn another terminal: npm run local-action -- tmp/local-action.env')
  console.log('(tmp/local-action.env is .env.example pointed at these stand-ins.) Ctrl-C stops them.')
  await new Promise(() => {})
}

function showApproval(title: string): void {
  const state = shop.model.handle('GetPipelineState', { name: PIPELINE }) as {
    stageStates: { stageName: string; actionStates: { actionName: string; latestExecution?: Record<string, unknown> }[] }[]
  }
  const latest = state.stageStates.find((stage) => stage.stageName === 'Deploy')?.actionStates[0]?.latestExecution ?? {}
  console.log(`\n== ${title}: aws codepipeline get-pipeline-state --name ${PIPELINE}, Deploy/Approve ==`)
  console.log(`  status:  ${String(latest.status)}`)
  console.log(`  token:   ${latest.token ? '(present, single-use; masked in logs)' : '(none: answered)'}`)
  if (latest.summary) console.log(`  summary: ${String(latest.summary)}`)
  if (latest.lastUpdatedBy) console.log(`  by:      ${String(latest.lastUpdatedBy)}`)
}

try {
  showApproval('The approval, before')
  const node = existsSync(NODE24) ? NODE24 : process.execPath
  console.log(`\n== The event: issue_comment on pull request #${PR_NUMBER} by @Codertocat ==\n  "${COMMENT}"`)
  const run = await runAction({
    node,
    inputs: { 'pipeline-name': PIPELINE, 'action-name': 'Approve' },
    eventName: 'issue_comment',
    payload: commentEvent({ body: COMMENT }),
    githubUrl: github.url,
    codepipelineUrl: pipeline.url
  })
  const version = node === NODE24 ? 'Node 24, as runs.using: node24' : `Node ${process.version}`
  console.log(`\n== The step log: node dist/index.js (${version}), as the runner shows it ==`)
  for (const line of maskedLog(run).log.trimEnd().split('\n')) console.log(`  ${line}`)
  console.log(`\n== The outputs (exit code ${run.exitCode}, ${Math.round(run.durationMs)} ms) ==`)
  for (const [name, value] of Object.entries(run.outputs)) console.log(`  ${name}=${value}`)
  console.log('\n== What the action asked ==')
  for (const call of github.calls) console.log(`  GitHub        ${call.method} ${call.path}${call.body ? ` ${JSON.stringify(call.body).slice(0, 70)}` : ''}`)
  for (const request of pipeline.requests) console.log(`  CodePipeline  ${request.operation}`)
  showApproval('The approval, after')
  process.exitCode = run.exitCode ?? 1
} finally {
  await pipeline.close()
  await github.close()
}
