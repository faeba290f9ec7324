import { ActionError } from '../errors.js'
import { isBotLogin, type Person } from '../interpret-event.js'
import type { RepoRef } from '../types.js'
import { describeGitHubFailure } from './errors.js'
import { commitsLeftOut } from './pull-request-commits.js'

/** The Octokit method this module needs, so tests can pass plain objects. */
export interface LabelEventsClient {
  rest: {
    issues: {
      listEvents(params: { owner: string; repo: string; issue_number: number; per_page: number; page: number }): Promise<{
        data: { event?: string; created_at?: string; actor?: { login: string; type?: string } | null; label?: { name?: string } | null }[]
      }>
    }
  }
}

/** And the one that lists a pull request's commits, with their committer dates. */
export interface PullRequestCommitsClient {
  rest: {
    pulls: {
      listCommits(params: { owner: string; repo: string; pull_number: number; per_page: number; page: number }): Promise<{
        data: { sha: string; commit?: { committer?: { date?: string | null } | null } | null }[]
      }>
    }
  }
}

/** Who added a label last, and whether the pull request's commits were rewritten after it. */
export interface Labelling {
  person: Person
  at: string
  /** When GitHub says the branch was force-pushed, or its base moved, after the label. */
  rewrittenAt?: string
}

const PER_PAGE = 100
// GitHub lists at most 250 commits of a pull request.
const COMMIT_PAGES = 3
// A pull request with more issue events than this is read no further: the
// label then vouches for nobody.
const MAX_PAGES = 10
// The issue events API lists these too, dated by GitHub: after one, the label
// may stand on commits nobody saw when it was added.
const REWRITES = new Set(['head_ref_force_pushed', 'base_ref_force_pushed', 'base_ref_changed'])

/**
 * Who added `label` last, from the issue events API: the person a label
 * decides in the name of. Undefined when no event says so, or there are too
 * many events to read whole.
 */
export async function lastLabeller(client: LabelEventsClient, repo: RepoRef, issueNumber: number, label: string): Promise<Labelling | undefined> {
  let last: Labelling | undefined
  try {
    for (let page = 1; page <= MAX_PAGES; page++) {
      const { data } = await client.rest.issues.listEvents({ ...repo, issue_number: issueNumber, per_page: PER_PAGE, page })
      for (const event of data) {
        if (event.event && REWRITES.has(event.event)) {
          if (last) last.rewrittenAt = event.created_at ?? 'an unknown time'
          continue
        }
        if (event.label?.name?.toLowerCase() !== label.toLowerCase() || !event.actor) continue
        if (event.event === 'labeled') {
          last = { person: { login: event.actor.login, isBot: event.actor.type === 'Bot' || isBotLogin(event.actor.login) }, at: event.created_at ?? '' }
        } else if (event.event === 'unlabeled') {
          last = undefined
        }
      }
      if (data.length < PER_PAGE) return last
    }
  } catch (error) {
    throw new ActionError(`Could not read who labelled pull request #${issueNumber} ${label}: ${describeGitHubFailure(error)}.`, { cause: error })
  }
  return undefined
}

/** A commit and the date its committer gave it. */
export interface DatedCommit {
  sha: string
  date: string
}

/** The newest commit of a pull request, and whether every commit was seen. */
export interface LastCommit {
  /** Undefined when no listed commit had a date. */
  last?: DatedCommit
  /** False past the 250 commits GitHub lists: the newest may be among those left out. */
  whole: boolean
}

/**
 * The pull request's commit with the latest committer date (for a merged
 * one, among the commits it had when merged), to tell whether a commit came
 * after a label. Git dates are set by whoever commits, so this catches
 * pushes that raced the label, not someone who backdates on purpose.
 * Commits without a date are no evidence.
 */
export async function lastCommitted(
  client: PullRequestCommitsClient,
  repo: RepoRef,
  pull: { number: number; commitCount?: number }
): Promise<LastCommit> {
  const pullNumber = pull.number
  let last: DatedCommit | undefined
  let listed = 0
  try {
    for (let page = 1; page <= COMMIT_PAGES; page++) {
      const { data } = await client.rest.pulls.listCommits({ ...repo, pull_number: pullNumber, per_page: PER_PAGE, page })
      listed += data.length
      for (const { sha, commit } of data) {
        const date = commit?.committer?.date
        if (date && !Number.isNaN(Date.parse(date)) && (!last || Date.parse(date) > Date.parse(last.date))) last = { sha: sha.toLowerCase(), date }
      }
      if (data.length < PER_PAGE) break
    }
  } catch (error) {
    throw new ActionError(`Could not read the commits of pull request #${pullNumber}: ${describeGitHubFailure(error)}.`, { cause: error })
  }
  return { last, whole: !commitsLeftOut(listed, pull.commitCount) }
}
