import { describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

// The suite must bite: run every other end-to-end case against a bundle that
// does nothing, and every one of them must fail. (The AWS CLI check and the
// local-action check do not run the bundle, so they are left out.)
const root = fileURLToPath(new URL('../..', import.meta.url))

interface JestReport {
  numTotalTests: number
  numPassedTests: number
  numFailedTests: number
  testResults: { assertionResults: { fullName: string; status: string }[] }[]
}

describe('the end-to-end suite against a do-nothing dist/index.js', () => {
  it('fails every case', async () => {
    const work = mkdtempSync(join(tmpdir(), 'bite-'))
    const noop = join(work, 'index.js')
    writeFileSync(noop, '// does nothing\n')
    const report = join(work, 'report.json')
    const exitCode = await new Promise<number | null>((resolve) => {
      const child = execFile(
        process.execPath,
        [
          join(root, 'node_modules/jest/bin/jest.js'),
          '--config',
          'jest.e2e.config.js',
          '--testPathIgnorePatterns',
          'bite\\.e2e',
          'aws-cli\\.e2e',
          'local-action\\.e2e',
          '--json',
          '--outputFile',
          report
        ],
        { cwd: root, env: { ...process.env, E2E_BUNDLE: noop }, maxBuffer: 64 * 1024 * 1024 },
        () => undefined
      )
      child.on('close', resolve)
    })
    const results = JSON.parse(readFileSync(report, 'utf8')) as JestReport
    const passed = results.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status === 'passed')
    expect(exitCode).not.toBe(0)
    expect(results.numTotalTests).toBeGreaterThan(100)
    expect(passed.map((test) => test.fullName)).toEqual([])
    expect(results.numFailedTests).toBe(results.numTotalTests)
  })
})
