import { describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { corePatchProblem } from '../scripts/core-patch-problem.js'

// check-dist runs this first: without the patch a rebuild differs from dist/
// whatever src/ says, and "run npm run bundle" would commit a bloated bundle.
const installed = JSON.parse(readFileSync('node_modules/@actions/core/package.json', 'utf8')) as Record<string, unknown>

function manifest(fields: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'core-patch-')), 'package.json')
  writeFileSync(file, JSON.stringify(fields, null, 2))
  return file
}

describe('corePatchProblem', () => {
  it('finds the patch applied after npm ci', () => {
    expect(corePatchProblem()).toBeUndefined()
  })

  it('says that the patch is not applied, and how to apply it, when sideEffects: false is missing', () => {
    const file = manifest({ ...installed, sideEffects: undefined })
    const problem = corePatchProblem(file)
    expect(problem).toContain(`The @actions/core patch is not applied (${file} lacks "sideEffects": false)`)
    expect(problem).toContain('npm ci')
    expect(problem).toContain('npx patch-package')
    expect(problem).not.toContain('npm run bundle')
  })

  it('does not take another sideEffects value for the patch', () => {
    expect(corePatchProblem(manifest({ ...installed, sideEffects: ['./lib/oidc-utils.js'] }))).toBeDefined()
    expect(corePatchProblem(manifest({ ...installed, sideEffects: 'false' }))).toBeDefined()
    expect(corePatchProblem(manifest({ ...installed, sideEffects: false }))).toBeUndefined()
  })
})
