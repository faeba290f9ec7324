// The release plan for package.json's version: the tags to create and move,
// and the release notes, taken from that version's CHANGELOG.md entry.
// Refuses a version that has no dated entry, that is already tagged, or that
// would move the major tag back to an older release; and refuses while
// Unreleased still has entries, which the tag would otherwise leave out.
//
//   tsx scripts/release-notes.ts   prints the plan; with GITHUB_OUTPUT set
//                                  (.github/workflows/release.yml), also
//                                  writes version, tag, major and notes there
import { execFileSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { appendFileSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

export interface ReleaseRequest {
  /** package.json's version. */
  version: string
  /** CHANGELOG.md's text. */
  changelog: string
  /** The repository's tags (`git tag --list`). */
  tags: string[]
}

export interface ReleasePlan {
  version: string
  /** vX.Y.Z, created at the released commit. */
  tag: string
  /** vX, moved to the released commit. */
  major: string
  /** The CHANGELOG entry's text, for the GitHub release. */
  notes: string
}

export interface ChangelogEntry {
  date: string
  body: string
  /** The entry's link reference at the bottom of the file. */
  link: string
}

const RELEASE_VERSION = /^(\d+)\.(\d+)\.(\d+)$/
const RELEASE_TAG = /^v(\d+)\.(\d+)\.(\d+)$/
const LINK_REFERENCE = /^\[([^\]]+)\]:\s*(\S+)\s*$/

export function releasePlan({ version, changelog, tags }: ReleaseRequest): ReleasePlan {
  const parts = RELEASE_VERSION.exec(version)
  if (!parts) {
    throw new Error(
      `package.json's version "${version}" is not MAJOR.MINOR.PATCH: a pre-release would move the major tag for everyone, so release only plain versions.`
    )
  }
  const tag = `v${version}`
  const major = `v${parts[1]}`
  if (tags.includes(tag)) {
    throw new Error(`${tag} is already tagged: raise package.json's version and add its entry to CHANGELOG.md.`)
  }
  const newer = tags
    .filter((candidate) => candidate.startsWith(`${major}.`) && compareTags(candidate, tag) > 0)
    .sort(compareTags)
    .at(-1)
  if (newer) throw new Error(`${newer} is newer than ${tag}, and ${major} must not move back to an older release.`)

  // Checked before the entry: while Unreleased has entries, the tag would ship changes its notes leave out.
  if (unreleasedEntries(changelog)) {
    throw new Error(
      `CHANGELOG.md's Unreleased section still has entries, which ${tag}'s notes would leave out: move them into a "## [${version}] - YYYY-MM-DD" section (package.json's version) first.`
    )
  }
  const entry = changelogEntry(changelog, version)
  const unreleasedLink = linkReference(changelog, 'Unreleased')
  if (unreleasedLink && !unreleasedLink.endsWith(`/compare/${tag}...HEAD`)) {
    throw new Error(
      `CHANGELOG.md's [Unreleased] link is ${unreleasedLink}: point it at …/compare/${tag}...HEAD, where the changes after this release will show.`
    )
  }
  return { version, tag, major, notes: `${unwrap(entry.body)}\n\n**Full changelog**: ${entry.link}` }
}

/**
 * Joins the lines of each paragraph and list item: GitHub shows every line
 * break of a release's notes, and CHANGELOG.md is wrapped at 80 columns.
 */
export function unwrap(markdown: string): string {
  const lines: string[] = []
  let fenced = false
  for (const line of markdown.split('\n')) {
    const text = line.trim()
    if (text.startsWith('```')) fenced = !fenced
    const previous = lines.at(-1)
    const continues = !fenced && !text.startsWith('```') && text !== '' && !/^(#|[-*+] |\d+\. |\||>)/.test(text)
    if (continues && previous && previous.trim() !== '' && !previous.trimStart().startsWith('#') && !previous.trimStart().startsWith('|')) {
      lines[lines.length - 1] = `${previous} ${text}`
    } else {
      lines.push(line)
    }
  }
  return lines.join('\n')
}

/**
 * Whether the `## [Unreleased]` section says anything: text other than
 * headings, HTML comments and blank lines.
 */
export function unreleasedEntries(changelog: string): boolean {
  const lines = changelog.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)
  const start = lines.findIndex((line) => /^## \[Unreleased\]/i.test(line))
  if (start < 0) return false
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  return lines
    .slice(start + 1, next < 0 ? undefined : next)
    .some((line) => line.trim() !== '' && !/^#{3,} /.test(line) && !LINK_REFERENCE.test(line))
}

/** The `## [version] - YYYY-MM-DD` section of a Keep a Changelog file. */
export function changelogEntry(changelog: string, version: string): ChangelogEntry {
  const lines = changelog.split(/\r?\n/)
  const start = lines.findIndex((line) => line.startsWith(`## [${version}]`))
  if (start < 0) {
    throw new Error(`CHANGELOG.md has no "## [${version}] - YYYY-MM-DD" entry: move the Unreleased changes into one.`)
  }
  const date = /^## \[[^\]]+\] - (\d{4}-\d{2}-\d{2})\s*$/.exec(lines[start]!)?.[1]
  if (!date) throw new Error(`CHANGELOG.md's entry for ${version} has no date: write it as "## [${version}] - YYYY-MM-DD".`)

  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '))
  const body = withoutEmptyHeadings(
    lines
      .slice(start + 1, next < 0 ? undefined : next)
      .filter((line) => !LINK_REFERENCE.test(line))
      .join('\n')
      .replace(/<!--[\s\S]*?-->\n?/g, '')
  )
  if (!body) throw new Error(`CHANGELOG.md's entry for ${version} is empty: say what changed.`)

  const link = linkReference(changelog, version)
  if (!link) throw new Error(`CHANGELOG.md has no link reference "[${version}]: …" at the bottom for the entry's heading.`)
  return { date, body, link }
}

/** The target of a `[name]: url` link reference. */
function linkReference(changelog: string, name: string): string | undefined {
  return changelog
    .split(/\r?\n/)
    .map((line) => LINK_REFERENCE.exec(line))
    .find((match) => match?.[1] === name)?.[2]
}

/** Drops the headings with nothing under them, such as an Unreleased "### Security" left empty. */
function withoutEmptyHeadings(markdown: string): string {
  const lines = markdown.split('\n')
  const level = (line: string): number => /^(#+) /.exec(line)?.[1]?.length ?? 0
  const kept = lines.filter((line, index) => {
    if (!level(line)) return true
    const end = lines.findIndex((candidate, after) => after > index && level(candidate) > 0 && level(candidate) <= level(line))
    return lines.slice(index + 1, end < 0 ? undefined : end).some((candidate) => candidate.trim() !== '' && !level(candidate))
  })
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim()
}

function compareTags(left: string, right: string): number {
  const [a, b] = [left, right].map((tag) => (RELEASE_TAG.exec(tag) ?? []).slice(1).map(Number))
  for (let index = 0; index < 3; index++) {
    const difference = (a![index] ?? 0) - (b![index] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}

function main(): void {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }
  const tags = execFileSync('git', ['tag', '--list'], { encoding: 'utf8' }).split('\n').filter(Boolean)
  let plan: ReleasePlan
  try {
    plan = releasePlan({ version, changelog: readFileSync('CHANGELOG.md', 'utf8'), tags })
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exit(1)
  }
  if (process.env.GITHUB_OUTPUT) {
    const delimiter = `notes-${randomUUID()}`
    appendFileSync(
      process.env.GITHUB_OUTPUT,
      `version=${plan.version}\ntag=${plan.tag}\nmajor=${plan.major}\nnotes<<${delimiter}\n${plan.notes}\n${delimiter}\n`
    )
  }
  console.log(`Release ${plan.tag}, then move ${plan.major} to it. Notes:\n\n${plan.notes}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main()
