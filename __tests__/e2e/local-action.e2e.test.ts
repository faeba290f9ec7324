import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The README's route for running the action from source: `npm run demo --
// --serve`, then `npm run local-action -- tmp/local-action.env`. It must work,
// and a run that fails must not exit 0 (local-action alone exits 0).
const root = fileURLToPath(new URL('../..', import.meta.url))
const tsx = `${root}node_modules/tsx/dist/cli.mjs`
// As a developer's shell runs it: without the suite's --experimental-vm-modules.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_OPTIONS'))

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsx, ...args], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
    child.on('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}

describe('npm run local-action', () => {
  let serve: ChildProcess

  beforeAll(async () => {
    // Its own process group, so that tsx's child goes with it at the end.
    serve = spawn(process.execPath, [tsx, 'scripts/demo.ts', '--serve'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      let printed = ''
      serve.stdout!.on('data', (chunk: Buffer) => {
        printed += chunk.toString()
        if (printed.includes('Ctrl-C stops them')) resolve()
      })
      serve.on('exit', (code) => reject(new Error(`npm run demo -- --serve exited with ${code}: ${printed}`)))
    })
  })
  afterAll(() => {
    if (serve.pid !== undefined) process.kill(-serve.pid, 'SIGTERM')
  })

  it('runs the action from source against the stand-ins with the env file npm run demo -- --serve writes', async () => {
    const { code, stdout } = await run(['scripts/local-action.ts', 'tmp/local-action.env'])
    expect(stdout).toContain('::set-output name=outcome::dry-run')
    expect(stdout).not.toMatch(/^::error::/m)
    expect(code).toBe(0)
  })

  it('exits 1 when the action fails', async () => {
    const failing = join(mkdtempSync(join(tmpdir(), 'local-action-')), 'failing.env')
    writeFileSync(failing, readFileSync(`${root}tmp/local-action.env`, 'utf8').replace(/^INPUT_ACTION-NAME=.*$/m, 'INPUT_ACTION-NAME=NoSuchAction'))
    const { code, stdout, stderr } = await run(['scripts/local-action.ts', failing])
    expect(stdout).toMatch(/^::error::There is no action "NoSuchAction"/m)
    expect(stderr).toContain('the action failed')
    expect(code).toBe(1)
  })

  it('says what to do when the env file still has the PORT placeholders of .env.example', async () => {
    const { code, stderr } = await run(['scripts/local-action.ts', '.env.example'])
    expect(stderr).toContain('GITHUB_API_URL in .env.example still says PORT')
    expect(code).toBe(1)
  })
})
