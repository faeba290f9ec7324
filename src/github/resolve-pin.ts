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
  /** When its branch was force-pushed; read only for short pins. */
  forcePushes: string[]
  /** The timeline was longer than the pages read: force-pushes may be missing. */
  timelineCut: boolean
}

const PER_PAGE = 100
// GitHub lists at most 250 commits of a pull request.
const COMMIT_PAGES = 3
const TIMELINE_PAGES = 10
const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/

/** Reads the pull request's commits and, for a short pin, the force-pushes on its timeline, side by side. */
export async function readPinEvidence(client: PinClient, repo: RepoRef, pullNumber: number, pin: string): Promise<PinEvidence> {
  try {
    const [commits, timeline] = await Promise.all([
      pages(COMMIT_PAGES, (page) => client.rest.pulls.listCommits({ ...repo, pull_number: pullNumber, per_page: PER_PAGE, page })),
      FULL_SHA.test(pin)
        ? { items: [], cut: false }
        : pages(TIMELINE_PAGES, (page) => client.rest.issues.listEventsForTimeline({ ...repo, issue_number: pullNumber, per_page: PER_PAGE, page }))
    ])
    return {
      commits: commits.items.map((commit) => commit.sha.toLowerCase()),
      forcePushes: timeline.items.filter((event) => event.event === 'head_ref_force_pushed').map((event) => event.created_at ?? ''),
      timelineCut: timeline.cut
    }
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
    const later = evidence.forcePushes.filter((at) => !(Date.parse(at) < commented))
    if (later.length > 0) {
      throw new Refusal(
        `${Pr} was force-pushed at ${later.at(-1) || 'an unknown time'}, after the command was written${commentCreatedAt ? ` (${commentCreatedAt})` : ''}, so the short pin ${pin} may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`
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

/** Up to `limit` pages of a listing; `cut` when the last page read was full. */
async function pages<T>(limit: number, read: (page: number) => Promise<{ data: T[] }>): Promise<{ items: T[]; cut: boolean }> {
  const items: T[] = []
  for (let page = 1; page <= limit; page++) {
    const { data } = await read(page)
    items.push(...data)
    if (data.length < PER_PAGE) return { items, cut: false }
  }
  return { items, cut: true }
}
