import { ActionError, Refusal } from '../errors.js'
import type { PullRequestInfo } from '../interpret-event.js'
import type { RepoRef } from '../types.js'
import { describeGitHubFailure } from './errors.js'

/** The Octokit methods pin checks need, so tests can pass plain objects. */
export interface PinClient {
  rest: {
    pulls: {
      listCommits(params: { owner: string; repo: string; pull_number: number; per_page: number; page: number }): Promise<{
        data: { sha: string }[]
      }>
    }
    issues: {
      listEventsForTimeline(params: { owner: string; repo: string; issue_number: number; per_page: number; page: number }): Promise<{
        data: { event?: string; created_at?: string }[]
      }>
    }
  }
}

/** What GitHub says now about the commits a pin could name. */
export interface PinEvidence {
  /** The pull request's commits, oldest first (GitHub lists at most 250). */
  commits: string[]
  /** When its commits were rewritten (read only for short pins), oldest first. */
  rewrites: { event: string; at: string }[]
  /** The timeline was longer than the pages read: rewrites may be missing. */
  timelineCut: boolean
  /** The timeline pages read so far. */
  timelinePages: number
}

const PER_PAGE = 100
// GitHub lists at most 250 commits of a pull request.
const COMMIT_PAGES = 3
const TIMELINE_PAGES = 10
const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/
// Events after which the pull request's commits may not be the ones reviewed:
// its branch rewritten, or its base moved so that other commits drop out.
const REWRITES: Record<string, string> = {
  head_ref_force_pushed: 'was force-pushed',
  base_ref_force_pushed: 'had its base branch force-pushed',
  base_ref_changed: 'had its base branch changed'
}

/**
 * Reads the pull request's commits and, for a short pin, the first page of
 * its timeline, side by side; the rest of a long timeline waits for
 * readMoreTimeline, so a stranger's comment costs a few requests, not many.
 */
export async function readPinEvidence(client: PinClient, repo: RepoRef, pullNumber: number, pin: string): Promise<PinEvidence> {
  return wrapped(pullNumber, async () => {
    const [commits, timeline] = await Promise.all([
      pages(1, COMMIT_PAGES, (page) => client.rest.pulls.listCommits({ ...repo, pull_number: pullNumber, per_page: PER_PAGE, page })),
      FULL_SHA.test(pin) ? { items: [], cut: false } : timelinePages(client, repo, pullNumber, 1, 1)
    ])
    return {
      commits: commits.items.map((commit) => commit.sha.toLowerCase()),
      rewrites: rewritesIn(timeline.items),
      timelineCut: timeline.cut,
      timelinePages: FULL_SHA.test(pin) ? 0 : 1
    }
  })
}

/** The rest of a timeline the first page did not hold, up to ten pages in all. */
export async function readMoreTimeline(client: PinClient, repo: RepoRef, pullNumber: number, evidence: PinEvidence): Promise<PinEvidence> {
  if (!evidence.timelineCut || evidence.timelinePages >= TIMELINE_PAGES) return evidence
  return wrapped(pullNumber, async () => {
    const more = await timelinePages(client, repo, pullNumber, evidence.timelinePages + 1, TIMELINE_PAGES)
    return { ...evidence, rewrites: [...evidence.rewrites, ...rewritesIn(more.items)], timelineCut: more.cut, timelinePages: TIMELINE_PAGES }
  })
}

function timelinePages(client: PinClient, repo: RepoRef, pullNumber: number, first: number, last: number) {
  return pages(first, last, (page) => client.rest.issues.listEventsForTimeline({ ...repo, issue_number: pullNumber, per_page: PER_PAGE, page }))
}

function rewritesIn(events: { event?: string; created_at?: string }[]): PinEvidence['rewrites'] {
  return events.filter((event) => event.event && Object.hasOwn(REWRITES, event.event)).map((event) => ({ event: event.event!, at: event.created_at ?? '' }))
}

async function wrapped<T>(pullNumber: number, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    throw new ActionError(`Could not read the commits of pull request #${pullNumber} to check the pinned commit: ${describeGitHubFailure(error)}.`, {
      cause: error
    })
  }
}

/**
 * The full SHA a pin names, if it is bound to this pull request: its head,
 * its merge commit, or one of its commits, and exactly one of them. Seven hex
 * digits can be brute-forced, so after a force-push later than the comment
 * only the full SHA is trusted.
 */
export function resolvePin(
  pin: string,
  pullRequest: PullRequestInfo,
  evidence: PinEvidence,
  commentCreatedAt: string | undefined
): string {
  const pr = `pull request #${pullRequest.number}`
  const Pr = `Pull request #${pullRequest.number}`
  const candidates = [...new Set([pullRequest.headSha, pullRequest.mergeCommitSha, ...evidence.commits].filter((sha): sha is string => !!sha))]
  const matches = candidates.filter((sha) => sha.startsWith(pin))
  if (matches.length === 0) {
    throw new Refusal(
      `The pinned commit ${pin} is not a commit of ${pr} (its head is ${pullRequest.headSha?.slice(0, 7) ?? 'unknown'}), so nothing was sent: pin a commit of this pull request, the one you reviewed.`
    )
  }
  if (matches.length > 1) {
    throw new Refusal(
      `The pinned commit ${pin} matches ${matches.length} commits of ${pr} (${matches.join(', ')}), so nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
    )
  }
  const [commit] = matches as [string]
  if (pin !== commit) {
    const commented = commentCreatedAt ? Date.parse(commentCreatedAt) : NaN
    const later = evidence.rewrites.filter(({ at }) => !(Date.parse(at) < commented)).at(-1)
    if (later) {
      throw new Refusal(
        `${Pr} ${REWRITES[later.event]} at ${later.at || 'an unknown time'}, after the command was written${commentCreatedAt ? ` (${commentCreatedAt})` : ''}, so the short pin ${pin} may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
      )
    }
    if (evidence.timelineCut) {
      throw new Refusal(
        `${Pr} has a timeline too long to check for force-pushes after the command, so the short pin ${pin} cannot be trusted and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
      )
    }
  }
  return commit
}

/** Pages `first` to `last` of a listing; `cut` when the last page read was full. */
async function pages<T>(first: number, last: number, read: (page: number) => Promise<{ data: T[] }>): Promise<{ items: T[]; cut: boolean }> {
  const items: T[] = []
  for (let page = first; page <= last; page++) {
    const { data } = await read(page)
    items.push(...data)
    if (data.length < PER_PAGE) return { items, cut: false }
  }
  return { items, cut: true }
}
