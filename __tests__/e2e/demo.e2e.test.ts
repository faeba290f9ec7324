import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'

// `npm run demo` is what a newcomer runs first: keep it working.
const root = fileURLToPath(new URL('../..', import.meta.url))

describe('npm run demo', () => {
  it('answers the sample comment against the stand-ins and shows the approval before and after', async () => {
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((resolve) => {
      execFile(process.execPath, [`${root}node_modules/tsx/dist/cli.mjs`, 'scripts/demo.ts'], { cwd: root, timeout: 60_000 }, (error, out) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout: out })
      )
    })
    expect(code).toBe(0)
    const before = stdout.indexOf('== The approval, before')
    const after = stdout.indexOf('== The approval, after')
    expect(before).toBeGreaterThanOrEqual(0)
    expect(stdout.slice(before, stdout.indexOf('== The event'))).toContain('status:  InProgress')
    expect(stdout).toContain('  outcome=sent')
    expect(stdout).toContain('CodePipeline  PutApprovalResult')
    expect(stdout.slice(after)).toContain('status:  Succeeded')
    expect(stdout.slice(after)).toMatch(/summary: Approved by @Codertocat via https:\/\/github.com\/Codertocat\/Hello-World\/pull\/2 \(commit ec26c3e57ca3a959ca5aad62de7213c562f8c821\)/)
  })
})
