// Rebuilds the bundle into a temporary folder and fails when it differs from
// dist/: users run dist/index.js, so it must be exactly what src/ builds.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bundle } from './bundle.js'
import { corePatchProblem } from './core-patch-problem.js'

// A rebuild without the patch differs however right src/ is: say that, not "run npm run bundle".
const unpatched = corePatchProblem()
if (unpatched) {
  console.error(unpatched)
  process.exit(1)
}

const fresh = mkdtempSync(join(tmpdir(), 'check-dist-'))
try {
  await bundle(fresh)
  const names = (dir: string): string[] => readdirSync(dir).sort()
  const differences: string[] = []
  for (const name of new Set([...names('dist'), ...names(fresh)])) {
    let committed: Buffer, built: Buffer
    try {
      committed = readFileSync(join('dist', name))
    } catch {
      differences.push(`${name}: not in dist/`)
      continue
    }
    try {
      built = readFileSync(join(fresh, name))
    } catch {
      differences.push(`${name}: in dist/ but no longer built`)
      continue
    }
    if (!committed.equals(built)) differences.push(`${name}: differs`)
  }
  if (differences.length > 0) {
    console.error(`dist/ does not match src/ (${differences.join('; ')}): run npm run bundle and commit dist/.`)
    process.exitCode = 1
  } else {
    console.log('dist/ matches a fresh build of src/.')
  }
} finally {
  rmSync(fresh, { recursive: true, force: true })
}
