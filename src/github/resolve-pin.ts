import { ActionError, Refusal } from '../errors.js'
import type { PullRequestInfo } from '../interpret-event.js'
import type { RepoRef } from '../types.js'
import { describeGitHubFailure } from './errors.js'
import { commitsLeftOut, describeCommitCount, LISTED_COMMITS_CAP } from './pull-request-commits.js'

/** The Octokit methods pin checks need, so tests can pass plain objects. */
export interface PinClient {
  rest: {
    pulls: {
      listCommits(params: { owner: string; repo: string; pull_number: number; per_page: number; page: number }): Promise<{
        data: { sha: string; commit?: { committer?: { date?: string } | null } }[]
      }>
    }
    issues: {
      listEventsForTimeline(params: { owner: string; repo: string; issue_number: number; per_page: number; page: number }): Promise<{
        data: { event?: string; created_at?: string }[]
      }>
    }
  }
}

/** The Octokit method that vouches for a full pin the cut listing of commits leaves out. */
export interface UnlistedPinClient {
  rest: {
    repos: {
      listPullRequestsAssociatedWithCommit(params: { owner: string; repo: string; commit_sha: string; per_page: number }): Promise<{
        data: { number: number }[]
      }>
    }
  }
}

/** What GitHub says now about the commits a pin (or an unpinned comment) could name. */
export interface PinEvidence {
  /** The pull request's commits, oldest first (GitHub lists at most 250). */
  commits: string[]
  /** When each listed commit was committed, as Git records it (absent where GitHub gave no date). */
  commitDates: Record<string, string>
  /** When its commits were rewritten (read only for short pins and unpinned comments), oldest first. */
  rewrites: { event: string; at: string }[]
  /** The timeline was longer than the pages read: rewrites may be missing. */
  timelineCut: boolean
  /** The timeline pages read so far. */
  timelinePages: number
  /** A full pin the listing left out, which GitHub names as a commit of this pull request. */
  unlisted?: string
}

const PER_PAGE = 100
// GitHub lists at most 250 commits of a pull request.
const COMMIT_PAGES = Math.ceil(LISTED_COMMITS_CAP / PER_PAGE)
const TIMELINE_PAGES = 10
const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/
// Events after which the pull request's commits may not be the ones reviewed:
// its branch rewritten, or its base moved so that other commits drop out.
const REWRITES: Record<string, string> = {
  head_ref_force_pushed: 'was force-pushed',
  base_ref_force_pushed: 'had its base branch force-pushed',
  base_ref_changed: 'had its base branch changed'
}
const PIN_THE_FULL_SHA = 'pin the full 40-digit SHA of the commit you reviewed'

/**
 * Reads the pull request's commits and, for a short pin or no pin, the first
 * page of its timeline, side by side; the rest of a long timeline waits for
 * readMorePinEvidence, so a stranger's comment costs a few requests, not many.
 */
export async function readPinEvidence(client: PinClient, repo: RepoRef, pullNumber: number, pin: string | undefined): Promise<PinEvidence> {
  const readsTimeline = pin === undefined || !FULL_SHA.test(pin)
  return wrapped(pullNumber, pin, async () => {
    const [commits, timeline] = await Promise.all([
      pages(1, COMMIT_PAGES, (page) => client.rest.pulls.listCommits({ ...repo, pull_number: pullNumber, per_page: PER_PAGE, page })),
      readsTimeline ? timelinePages(client, repo, pullNumber, 1, 1) : { items: [], cut: false }
    ])
    const dated = commits.items.flatMap((commit) => {
      const date = commit.commit?.committer?.date
      return date ? [[commit.sha.toLowerCase(), date] as const] : []
    })
    return {
      commits: commits.items.map((commit) => commit.sha.toLowerCase()),
      commitDates: Object.fromEntries(dated),
      rewrites: rewritesIn(timeline.items),
      timelineCut: timeline.cut,
      timelinePages: readsTimeline ? 1 : 0
    }
  })
}

/**
 * Once the person may act: the rest of a long timeline and, for a full pin
 * the cut listing of commits leaves out, whether GitHub names it a commit of
 * this pull request (GET /commits/{sha}/pulls), side by side.
 */
export async function readMorePinEvidence(
  client: PinClient & UnlistedPinClient,
  repo: RepoRef,
  pullRequest: PullRequestInfo,
  evidence: PinEvidence,
  pin: string | undefined
): Promise<PinEvidence> {
  const unlisted =
    pin !== undefined && FULL_SHA.test(pin) && !candidatesOf(pullRequest, evidence).includes(pin) && commitsLeftOut(evidence.commits.length, pullRequest.commitCount)
      ? pin
      : undefined
  const [more, associated] = await Promise.all([
    readMoreTimeline(client, repo, pullRequest.number, evidence, pin),
    unlisted
      ? wrapped(pullRequest.number, pin, () => client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: unlisted, per_page: PER_PAGE }))
      : undefined
  ])
  return associated?.data.some((pull) => pull.number === pullRequest.number) ? { ...more, unlisted } : more
}

/** The rest of a timeline the first page did not hold, up to ten pages in all. */
export async function readMoreTimeline(
  client: PinClient,
  repo: RepoRef,
  pullNumber: number,
  evidence: PinEvidence,
  pin?: string
): Promise<PinEvidence> {
  if (!evidence.timelineCut || evidence.timelinePages >= TIMELINE_PAGES) return evidence
  return wrapped(pullNumber, pin, async () => {
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

async function wrapped<T>(pullNumber: number, pin: string | undefined, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    const check = pin === undefined ? 'its head against the command' : 'the pinned commit'
    throw new ActionError(`Could not read the commits of pull request #${pullNumber} to check ${check}: ${describeGitHubFailure(error)}.`, {
      cause: error
    })
  }
}

/**
 * The full SHA a pin names, if it is bound to this pull request: its head,
 * its merge commit, or one of its commits, and exactly one of them. Seven hex
 * digits can be brute-forced, so after a force-push later than the comment,
 * or when GitHub's listing left commits out, only the full SHA is trusted.
 */
export function resolvePin(
  pin: string,
  pullRequest: PullRequestInfo,
  evidence: PinEvidence,
  commentCreatedAt: string | undefined
): string {
  const pr = `pull request #${pullRequest.number}`
  const Pr = `Pull request #${pullRequest.number}`
  const short = !FULL_SHA.test(pin)
  // The commits past the listing's cut are unseen: a short pin might match one of them, or a twin pushed since.
  if (short && commitsLeftOut(evidence.commits.length, pullRequest.commitCount)) {
    throw new Refusal(
      `${Pr} has ${describeCommitCount(evidence.commits.length, pullRequest.commitCount)}, more than the ${LISTED_COMMITS_CAP} GitHub lists, so the short pin ${pin} cannot be checked against all of them and nothing was sent: ${PIN_THE_FULL_SHA}.`
    )
  }
  const matches = candidatesOf(pullRequest, evidence).filter((sha) => sha.startsWith(pin))
  if (matches.length === 0) {
    throw new Refusal(
      `The pinned commit ${pin} is not a commit of ${pr} (its head is ${pullRequest.headSha?.slice(0, 7) ?? 'unknown'}), so nothing was sent: pin a commit of this pull request, the one you reviewed.`
    )
  }
  if (matches.length > 1) {
    throw new Refusal(`The pinned commit ${pin} matches ${matches.length} commits of ${pr} (${matches.join(', ')}), so nothing was sent: ${PIN_THE_FULL_SHA}.`)
  }
  const [commit] = matches as [string]
  if (pin !== commit) {
    const later = rewriteAfter(evidence, commentCreatedAt, { unknownIsLater: true })
    if (later) {
      throw new Refusal(
        `${Pr} ${REWRITES[later.event]} at ${later.at || 'an unknown time'}, after the command was written${commentCreatedAt ? ` (${commentCreatedAt})` : ''}, so the short pin ${pin} may now name a commit nobody reviewed and nothing was sent: ${PIN_THE_FULL_SHA}.`
      )
    }
    if (evidence.timelineCut) {
      throw new Refusal(
        `${Pr} has a timeline too long to check for force-pushes after the command, so the short pin ${pin} cannot be trusted and nothing was sent: ${PIN_THE_FULL_SHA}.`
      )
    }
  }
  return commit
}

/**
 * An approval without a pin vouches for the head as the job finds it, which
 * may be minutes (a queued job) or days (a re-run) after the comment: refuses
 * when the branch was force-pushed or its base changed after the comment, or
 * when the head was committed after it, as github/branch-deploy's commit
 * safety checks do. The timeline's events are dated by GitHub, but a commit's
 * date is whatever the committer's clock said: it catches a commit made after
 * the comment, not one made before and pushed after, nor a backdated one.
 * Says whether the head's date could be compared (a head pushed between the
 * reads, or a stand-in, may give none).
 */
export function checkUnpinnedHead(pullRequest: PullRequestInfo, evidence: PinEvidence, commentCreatedAt: string | undefined): { dated: boolean } {
  const head = pullRequest.headSha
  const commented = commentCreatedAt ? Date.parse(commentCreatedAt) : NaN
  if (!head || Number.isNaN(commented)) return { dated: false }
  const Pr = `Pull request #${pullRequest.number}`
  const when = `after the command was written (${commentCreatedAt})`
  const fix = `review ${head.slice(0, 7)} and comment again, or pin the commit you reviewed ("/approve-deploy <sha>")`
  const rewrite = rewriteAfter(evidence, commentCreatedAt, { unknownIsLater: false })
  if (rewrite) {
    throw new Refusal(`${Pr} ${REWRITES[rewrite.event]} at ${rewrite.at}, ${when}, so its head ${head.slice(0, 7)} may not be the commit that was reviewed and nothing was sent: ${fix}.`)
  }
  if (evidence.timelineCut) {
    throw new Refusal(
      `${Pr} has a timeline too long to check for force-pushes after the command, so its head ${head.slice(0, 7)} may not be the commit that was reviewed and nothing was sent: pin the commit you reviewed ("/approve-deploy <sha>").`
    )
  }
  const listed = evidence.commits.includes(head)
  // Past the listing's cut the head's date is unseen, and the head is the newest commit.
  if (!listed && commitsLeftOut(evidence.commits.length, pullRequest.commitCount)) {
    throw new Refusal(
      `${Pr} has ${describeCommitCount(evidence.commits.length, pullRequest.commitCount)}, more than the ${LISTED_COMMITS_CAP} GitHub lists, so when its head ${head.slice(0, 7)} was committed cannot be checked against the command and nothing was sent: ${PIN_THE_FULL_SHA}.`
    )
  }
  const committed = evidence.commitDates[head]
  if (!committed || Number.isNaN(Date.parse(committed))) return { dated: false }
  // The same second as the comment: which came first cannot be told.
  if (!(Date.parse(committed) < commented)) {
    throw new Refusal(`The head of ${Pr.toLowerCase()}, ${head.slice(0, 7)}, was committed at ${committed}, ${when}, so nobody may have reviewed it and nothing was sent: ${fix}.`)
  }
  return { dated: true }
}

/** The latest rewrite at or after the comment; with `unknownIsLater`, one of unknown time (or any, without a comment time) counts. */
function rewriteAfter(evidence: PinEvidence, commentCreatedAt: string | undefined, { unknownIsLater }: { unknownIsLater: boolean }) {
  const commented = commentCreatedAt ? Date.parse(commentCreatedAt) : NaN
  return evidence.rewrites
    .filter(({ at }) => {
      const time = Date.parse(at)
      return unknownIsLater ? !(time < commented) : !Number.isNaN(time) && time >= commented
    })
    .at(-1)
}

/** Every commit a pin may name: the head, the merge commit, the listed commits, and an unlisted one GitHub vouched for, once each. */
function candidatesOf(pullRequest: PullRequestInfo, evidence: PinEvidence): string[] {
  const all = [pullRequest.headSha, pullRequest.mergeCommitSha, ...evidence.commits, evidence.unlisted]
  return [...new Set(all.filter((sha): sha is string => !!sha))]
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
