import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

// The files a user and a security reviewer open before depending on @v1.
const read = (path: string): string => readFileSync(path, 'utf8')
const pkg = JSON.parse(read('package.json')) as { name: string; version: string; license: string }
const major = `v${pkg.version.split('.')[0]}`

describe('LICENSE', () => {
  it('is the license package.json names', () => {
    expect(pkg.license).toBe('MIT')
    expect(read('LICENSE').split('\n')[0]).toBe('MIT License')
    expect(read('LICENSE')).toMatch(/^Copyright \(c\) \d{4} \S.+$/m)
  })
})

describe('action.yml', () => {
  it('names a real author, not the package name or a template placeholder', () => {
    const { author } = parse(read('action.yml')) as { author?: string }
    expect(author).toBeTruthy()
    expect(author).not.toBe(pkg.name)
    expect(author).not.toMatch(/your name|todo|placeholder|example/i)
  })
})

describe('SECURITY.md', () => {
  const security = read('SECURITY.md')

  it('says how to report privately, which versions get fixes, and what the action trusts', () => {
    for (const heading of ['## Supported versions', '## Reporting a vulnerability', '## Threat model', '### Who can trigger the action', '### What it trusts', '### What it never trusts', '### What it never does']) {
      expect(security).toContain(`\n${heading}\n`)
    }
    expect(security).toContain(`| \`${major}\` (the latest \`${pkg.version.split('.')[0]}.x.y\`) | yes |`)
    expect(security).toContain('private vulnerability reporting')
  })

  it('states the rules the action is built on', () => {
    for (const rule of ['`role_name`', 'Never `author_association`', '`core.setSecret`', '`GITHUB_TRIGGERING_ACTOR`', 'Never checks out or runs pull request code', 'never passed to a shell', 'Dispatch payloads']) {
      expect(security).toContain(rule)
    }
  })
})

describe('README', () => {
  const readme = read('README.md')

  it('explains versions just before Development, and lists the section in its contents', () => {
    const versions = readme.indexOf('\n## Versions\n')
    expect(versions).toBeGreaterThan(0)
    expect(readme.indexOf('\n## ', versions + 1)).toBe(readme.indexOf('\n## Development\n'))
    expect(readme).toContain('- [Versions](#versions)\n- [Development](#development)\n')
    const section = readme.slice(versions, readme.indexOf('\n## Development\n'))
    for (const fact of ['semantic versioning', `\`@${major}\``, 'full commit SHA', 'CHANGELOG.md', 'SECURITY.md', '**Release** workflow']) {
      expect(section).toContain(fact)
    }
  })

  it('and CHANGELOG.md name the repository the same way', () => {
    const owner = /uses: (\S+)\/codepipeline-approval-action@v\d/.exec(readme)![1]
    const links = [...read('CHANGELOG.md').matchAll(/^\[[^\]]+\]: https:\/\/github\.com\/([^/]+)\/([^/]+)\//gm)]
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect(`${link[1]}/${link[2]}`).toBe(`${owner}/codepipeline-approval-action`)
  })
})
