// npm run bundle: dist/ from src/ with ncc's Node API, which `npm run
// check-dist` calls the same way into a temporary folder. The Node API, not
// the CLI, because only it takes mainFields: packages are resolved from their
// ES module builds ("module"), which webpack can tree-shake, where their
// CommonJS builds ("main") cannot be.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'
import { corePatchProblem } from './core-patch-problem.js'

interface NccOutput {
  code: string
  assets: Record<string, { source: string | Buffer; permissions?: number }>
}
type Ncc = (entry: string, options: Record<string, unknown>) => Promise<NccOutput>

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = createRequire(import.meta.url)('@vercel/ncc') as Ncc

/** The options both `npm run bundle` and check-dist build with. */
export const BUNDLE_OPTIONS = {
  license: 'licenses.txt',
  // ES module builds first: the AWS SDK's is tree-shaken, and its credential
  // providers become chunks that load only when the environment has no keys.
  mainFields: ['module', 'main'],
  // webpack's cache remembers resolutions across option changes: every build starts clean.
  cache: false,
  quiet: true
}

/**
 * Every chunk minified, not only index.js as `ncc -m` does: measured with
 * the bench's runs, a full approval starts about 6% faster and a skip about
 * 3 ms (less to read and compile). Licences stay in licenses.txt.
 */
async function minified(code: string): Promise<string> {
  return (await transform(code, { minify: true, format: 'esm', target: 'node20', legalComments: 'none' })).code
}

/** Builds src/index.ts into `outDir`, replacing the JavaScript there. */
export async function bundle(outDir: string): Promise<string[]> {
  const problem = corePatchProblem(join(root, 'node_modules/@actions/core/package.json'))
  if (problem) throw new Error(problem)
  const { code, assets } = await ncc(join(root, 'src/index.ts'), BUNDLE_OPTIONS)
  mkdirSync(outDir, { recursive: true })
  for (const name of readdirSync(outDir)) if (/\.(?:c|m)?js$/.test(name) || name === 'licenses.txt') rmSync(join(outDir, name))
  writeFileSync(join(outDir, 'index.js'), await minified(code))
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(outDir, name)), { recursive: true })
    const source = name.endsWith('.js') ? await minified(String(asset.source)) : asset.source
    writeFileSync(join(outDir, name), source, asset.permissions ? { mode: asset.permissions } : undefined)
  }
  return ['index.js', ...Object.keys(assets)].sort()
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await bundle(join(root, 'dist'))
  console.log(`dist/: ${files.join(', ')}`)
}
