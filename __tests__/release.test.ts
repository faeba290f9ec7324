import { describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { changelogEntry, releasePlan, unreleasedEntries, unwrap } from '../scripts/release-notes.js'
import { readWorkflow } from './support/workflow-checks.js'

const changelog = readFileSync('CHANGELOG.md', 'utf8')
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

const CHANGELOG = `# Changelog

## [Unreleased]

### Added

<!-- New inputs go here. -->

## [1.2.0] - 2026-12-10

### Added

- A new input that does
  something useful.

## [1.1.0] - 2026-12-01

### Changed

- Something else.

[Unreleased]: https://github.com/OWNER/codepipeline-approval-action/compare/v1.2.0...HEAD
[1.2.0]: https://github.com/OWNER/codepipeline-approval-action/compare/v1.1.0...v1.2.0
[1.1.0]: https://github.com/OWNER/codepipeline-approval-action/releases/tag/v1.1.0
`

describe('the release plan', () => {
  it('tags vX.Y.Z, moves vX, and takes the notes from the version’s entry, its lines joined, with its link', () => {
    expect(releasePlan({ version: '1.2.0', changelog: CHANGELOG, tags: ['v1', 'v1.0.0', 'v1.1.0'] })).toEqual({
      version: '1.2.0',
      tag: 'v1.2.0',
      major: 'v1',
      notes:
        '### Added\n\n- A new input that does something useful.\n\n' +
        '**Full changelog**: https://github.com/OWNER/codepipeline-approval-action/compare/v1.1.0...v1.2.0'
    })
  })

  it('leaves out the headings that have nothing under them', () => {
    const entry = changelogEntry(CHANGELOG.replace('## [1.2.0] - 2026-12-10\n', '## [1.2.0] - 2026-12-10\n\n### Changed\n\n<!-- none -->\n'), '1.2.0')
    expect(entry.body).toBe('### Added\n\n- A new input that does\n  something useful.')
  })

  it('reads the last entry without the link references below it', () => {
    expect(changelogEntry(CHANGELOG, '1.1.0')).toEqual({
      date: '2026-12-01',
      body: '### Changed\n\n- Something else.',
      link: 'https://github.com/OWNER/codepipeline-approval-action/releases/tag/v1.1.0'
    })
  })

  it('refuses a version with no entry, an undated or empty entry, or one without its link', () => {
    expect(() => releasePlan({ version: '1.3.0', changelog: CHANGELOG, tags: [] })).toThrow(
      'CHANGELOG.md has no "## [1.3.0] - YYYY-MM-DD" entry: move the Unreleased changes into one.'
    )
    expect(() => releasePlan({ version: '1.2.0', changelog: CHANGELOG.replace('## [1.2.0] - 2026-12-10', '## [1.2.0]'), tags: [] })).toThrow(
      'has no date'
    )
    expect(() =>
      releasePlan({ version: '1.2.0', changelog: CHANGELOG.replace('- A new input that does\n  something useful.\n', '<!-- later -->\n'), tags: [] })
    ).toThrow("CHANGELOG.md's entry for 1.2.0 is empty")
    expect(() => releasePlan({ version: '1.2.0', changelog: CHANGELOG.replace(/^\[1\.2\.0\]: .*\n/m, ''), tags: [] })).toThrow(
      'no link reference "[1.2.0]: …"'
    )
  })

  it('refuses while Unreleased still has entries, which the tag would leave out', () => {
    const pending = CHANGELOG.replace('<!-- New inputs go here. -->\n', '- An input nobody has released yet.\n')
    expect(unreleasedEntries(pending)).toBe(true)
    expect(() => releasePlan({ version: '1.2.0', changelog: pending, tags: ['v1.1.0'] })).toThrow(
      'CHANGELOG.md\'s Unreleased section still has entries, which v1.2.0\'s notes would leave out: move them into a "## [1.2.0] - YYYY-MM-DD" section (package.json\'s version) first.'
    )
    // Text under no heading counts too, and so it does before the first release, with no dated section at all.
    const first = '# Changelog\n\n## [Unreleased]\n\nThe first release.\n\n### Added\n\n- Everything.\n\n[Unreleased]: https://github.com/OWNER/codepipeline-approval-action/commits/main\n'
    expect(() => releasePlan({ version: '1.0.0', changelog: first, tags: [] })).toThrow('move them into a "## [1.0.0] - YYYY-MM-DD" section')
  })

  it('counts headings, HTML comments and blank lines in Unreleased as nothing to release', () => {
    const quiet = CHANGELOG.replace('<!-- New inputs go here. -->\n', '<!--\n  Several lines\n  of comment.\n-->\n\n### Fixed\n\n<!-- none -->\n')
    expect(unreleasedEntries(quiet)).toBe(false)
    expect(releasePlan({ version: '1.2.0', changelog: quiet, tags: ['v1.1.0'] }).tag).toBe('v1.2.0')
  })

  it('refuses an [Unreleased] link that does not start from the new tag', () => {
    const stale = CHANGELOG.replace('compare/v1.2.0...HEAD', 'compare/v1.1.0...HEAD')
    expect(() => releasePlan({ version: '1.2.0', changelog: stale, tags: ['v1.1.0'] })).toThrow(
      "CHANGELOG.md's [Unreleased] link is https://github.com/OWNER/codepipeline-approval-action/compare/v1.1.0...HEAD: point it at …/compare/v1.2.0...HEAD, where the changes after this release will show."
    )
  })

  it('refuses a pre-release, which would move the major tag for everyone', () => {
    expect(() => releasePlan({ version: '1.2.0-rc.1', changelog: CHANGELOG, tags: [] })).toThrow('is not MAJOR.MINOR.PATCH')
  })

  it('refuses a version that is already tagged', () => {
    expect(() => releasePlan({ version: '1.2.0', changelog: CHANGELOG, tags: ['v1', 'v1.2.0'] })).toThrow(
      'v1.2.0 is already tagged: raise package.json\'s version and add its entry to CHANGELOG.md.'
    )
  })

  it('refuses to move the major tag back to an older release, and minds only its own major', () => {
    expect(() => releasePlan({ version: '1.1.0', changelog: CHANGELOG, tags: ['v1.0.0', 'v1.10.0', 'v1.2.0'] })).toThrow(
      'v1.10.0 is newer than v1.1.0, and v1 must not move back to an older release.'
    )
    expect(releasePlan({ version: '1.2.0', changelog: CHANGELOG, tags: ['v1.1.0', 'v2.0.0', 'v10.0.0'] }).major).toBe('v1')
  })
})

describe('unwrap', () => {
  it('joins the lines of paragraphs and list items, and keeps headings, tables, quotes and code as they are', () => {
    const markdown = [
      'A paragraph',
      'on two lines.',
      '',
      '### Heading',
      '- item one',
      '  continued',
      '- item two',
      '',
      '| a | b |',
      '|---|---|',
      '> a quote',
      '```sh',
      'npm ci',
      'npm test',
      '```'
    ].join('\n')
    expect(unwrap(markdown)).toBe(
      ['A paragraph on two lines.', '', '### Heading', '- item one continued', '- item two', '', '| a | b |', '|---|---|', '> a quote', '```sh', 'npm ci', 'npm test', '```'].join(
        '\n'
      )
    )
  })
})

describe('CHANGELOG.md', () => {
  const headings = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((match) => match[1]!)
  const released = headings.filter((heading) => heading !== 'Unreleased')

  it('keeps an Unreleased section first, and links every heading at the bottom', () => {
    expect(headings[0]).toBe('Unreleased')
    for (const heading of headings) expect(changelog).toMatch(new RegExp(`^\\[${heading.replace(/\./g, '\\.')}\\]: https://github\\.com/\\S+$`, 'm'))
  })

  it('dates every release, and compares Unreleased with the newest, or with main before the first', () => {
    for (const version of released) expect(changelogEntry(changelog, version).date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const since = released[0] ? `compare/v${released[0]}...HEAD` : 'commits/main'
    expect(changelog).toContain(`[Unreleased]: https://github.com/OWNER/codepipeline-approval-action/${since}\n`)
  })

  it('holds package.json’s version: released, or in Unreleased, which the release plan refuses to leave behind', () => {
    if (released.includes(version)) {
      expect(changelogEntry(changelog, version).body).toContain('### ')
      return
    }
    expect(() => releasePlan({ version, changelog, tags: [] })).toThrow(`"## [${version}] - YYYY-MM-DD"`)
    // Before the first release, Unreleased says which version it will be.
    if (released.length === 0) expect(/^## \[Unreleased\]\n\n(.+)$/m.exec(changelog)?.[1]).toContain(`the first release will be ${version},`)
  })
})

describe('release.yml', () => {
  const release = readWorkflow('.github/workflows/release.yml')
  const { check, release: publish } = release.jobs as Record<string, (typeof release.jobs)[string]>

  it('runs by hand, from main only', () => {
    expect(Object.keys(release.on)).toEqual(['workflow_dispatch'])
    expect(check!.if).toBe("github.ref == 'refs/heads/main'")
    expect(publish!.needs).toBe('check')
  })

  it('tests first: npm ci, npm test (with the dist/ check), then the plan from package.json and CHANGELOG.md', () => {
    const runs = check!.steps.flatMap((step) => (step.run ? [step.run] : []))
    expect(runs).toEqual(['npm ci', 'npm test', 'npx tsx scripts/release-notes.ts'])
    expect(readFileSync('package.json', 'utf8')).toContain('"test": "npm run typecheck && npm run lint && npm run test:unit && npm run check-dist && npm run test:e2e"')
    expect(check!.permissions).toBeUndefined()
    expect(release.permissions).toEqual({ contents: 'read' })
  })

  it('then tags vX.Y.Z, force-moves vX and drafts the release, in a job that may write but installs nothing', () => {
    const script = publish!.steps.flatMap((step) => (step.run ? [step.run] : [])).join('\n')
    expect(publish!.permissions).toEqual({ contents: 'write' })
    expect(script).toContain('git tag -a "$TAG"')
    expect(script).toContain('git tag -f -a "$MAJOR"')
    expect(script).toContain('git push origin "refs/tags/$TAG"')
    expect(script).toContain('git push -f origin "refs/tags/$MAJOR"')
    expect(script).toContain('gh release create "$TAG" --draft --verify-tag --title "$TAG" --notes-file')
    expect(script).not.toMatch(/\bnpm\b|\bnpx\b/)
  })
})
