// Installs the Node 24 binary (tools/node24) that the end-to-end suite and the
// benchmark run the bundle under, from the npm registry with its lockfile.
// It is a separate package so its `node` bin never shadows the machine's Node.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('../tools/node24/', import.meta.url))

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.warn(
    `install-node24: no Node 24 package for ${process.platform}-${process.arch}; ` +
      'the end-to-end suite will run the bundle under this Node only.'
  )
} else {
  const npm = process.env.npm_execpath
  const [command, args] = npm
    ? [process.execPath, [npm]]
    : ['npm', []]
  execFileSync(command, [...args, 'ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: 'inherit'
  })
}
