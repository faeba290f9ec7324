import { readFileSync } from 'node:fs'

/**
 * Why a rebuild of dist/ would differ for a reason unrelated to src/, or
 * undefined. The bundle relies on patches/@actions+core+*.patch declaring
 * @actions/core side-effect free; without it ncc keeps the OIDC client and
 * all of undici, and advising `npm run bundle` would commit that bloat.
 */
export function corePatchProblem(packageJson = 'node_modules/@actions/core/package.json'): string | undefined {
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as { sideEffects?: unknown }
  if (manifest.sideEffects === false) return undefined
  return (
    `The @actions/core patch is not applied (${packageJson} lacks "sideEffects": false), so a rebuild would bundle all of undici: ` +
    'run npm ci, whose postinstall applies patches/ with patch-package, or npx patch-package, then check again; do not commit such a bundle.'
  )
}
