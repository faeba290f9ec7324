// npm run local-action [-- ENV_FILE]: runs the action from source with
// @github/local-action and ENV_FILE (default .env), and exits 1 when the
// action fails. local-action itself exits 0 even then: its setFailed only
// records the failure and prints ::error::.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const LOCAL_ACTION = fileURLToPath(new URL('../node_modules/@github/local-action/bin/local-action.js', import.meta.url))
const envFile = process.argv[2] ?? '.env'

if (!existsSync(envFile)) {
  console.error(
    `local-action: ${envFile} does not exist: copy .env.example to .env and point its endpoints somewhere, ` +
      'or run npm run demo -- --serve and then npm run local-action -- tmp/local-action.env.'
  )
  process.exit(1)
}
const placeholder = /^(\w+)=https?:\/\/[^\s]*:PORT\b/m.exec(readFileSync(envFile, 'utf8'))
if (placeholder) {
  console.error(
    `local-action: ${placeholder[1]} in ${envFile} still says PORT: use the addresses npm run demo -- --serve prints ` +
      '(it also writes them into tmp/local-action.env), or real endpoints.'
  )
  process.exit(1)
}

// Piped, local-action's colours would switch off; keep them for a terminal.
const color = process.stdout.isTTY && process.env.FORCE_COLOR === undefined ? { FORCE_COLOR: '1' } : {}
const child = spawn(process.execPath, [LOCAL_ACTION, 'run', '.', 'src/main.ts', envFile], {
  env: { ...process.env, ...color },
  stdio: ['inherit', 'pipe', 'inherit']
})
let output = ''
child.stdout.on('data', (chunk: Buffer) => {
  process.stdout.write(chunk)
  output += chunk.toString()
})
const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)))
const failed = /^::error::/m.test(output.replace(/\x1b\[[0-9;]*m/g, ''))
if (code === 0 && failed) console.error('local-action: the action failed (see ::error:: above), so this exits 1.')
process.exit(code !== 0 ? code : failed ? 1 : 0)
