import type { RepoRef } from '../types.js'

/** Which approval run a notice is about: at most one notice each, per pull request. */
export interface NoticeKey {
  pipelineName: string
  stageName: string
  actionName: string
  pipelineExecutionId: string
}

export interface CommentShape {
  id: number
  body?: string | null
  user?: { login: string; type?: string } | null
}

/** The Octokit methods notices need, so tests can pass plain objects. */
export interface NoticeClient {
  rest: {
    issues: {
      listComments(params: { owner: string; repo: string; issue_number: number; per_page: number; page: number }): Promise<{ data: CommentShape[] }>
      createComment(params: { owner: string; repo: string; issue_number: number; body: string }): Promise<{ data: { id: number } }>
      updateComment(params: { owner: string; repo: string; comment_id: number; body: string }): Promise<unknown>
    }
    /** GET /user: who a user's token posts as. Optional: without it, the notice is a bot's. */
    users?: {
      getAuthenticated(): Promise<{ data: { login: string } }>
    }
  }
}

const PER_PAGE = 100
const MAX_PAGES = 10

/**
 * The hidden line that finds a notice again, so a repeated event or sweep
 * edits it rather than posting another. Names are CodePipeline names and the
 * id a UUID: nothing in it can close the HTML comment.
 */
export function noticeMarker(key: NoticeKey): string {
  return `<!-- codepipeline-approval-action notice: ${key.pipelineName}/${key.stageName}/${key.actionName} execution ${key.pipelineExecutionId} -->`
}

/**
 * Comments as listed, oldest first. `complete` (not enumerable, so the array
 * still compares and spreads as a plain one) is false when the listing
 * stopped at its limit with more pages possibly left.
 */
export type ListedComments = CommentShape[] & { readonly complete?: boolean }

/** Every comment on an issue or pull request, oldest first (up to 1000), and whether that was all of them. */
export async function listCommentsChecked(
  client: NoticeClient,
  repo: RepoRef,
  issueNumber: number
): Promise<{ comments: CommentShape[]; complete: boolean }> {
  const comments: CommentShape[] = []
  for (let page = 1; page <= MAX_PAGES; page++) {
    const { data } = await client.rest.issues.listComments({ ...repo, issue_number: issueNumber, per_page: PER_PAGE, page })
    comments.push(...data)
    if (data.length < PER_PAGE) return { comments, complete: true }
  }
  return { comments, complete: false }
}

/** The comments of listCommentsChecked as an array that carries `complete`, for callers that keep arrays. */
export async function listComments(client: NoticeClient, repo: RepoRef, issueNumber: number): Promise<ListedComments> {
  const { comments, complete } = await listCommentsChecked(client, repo, issueNumber)
  return Object.defineProperty(comments, 'complete', { value: complete, enumerable: false })
}

/** Whether a listing is known to hold every comment: an array without the flag counts as whole, as before the flag. */
export function commentsComplete(comments: CommentShape[]): boolean {
  return (comments as ListedComments).complete !== false
}

/** Who the workflow's own token, GITHUB_TOKEN, posts as. */
const ACTIONS_BOT = 'github-actions[bot]'

/** Who each client's token posts as, asked at most once per client. */
const posters = new WeakMap<NoticeClient, Promise<string | undefined>>()

/**
 * The login the token posts as: GET /user answers for a user's token (a
 * personal access token); an installation token, GITHUB_TOKEN's kind, is
 * refused (403), and then it is unknown.
 */
function posterOf(client: NoticeClient): Promise<string | undefined> {
  let poster = posters.get(client)
  if (!poster) {
    const users = client.rest.users
    poster = users ? users.getAuthenticated().then(({ data }) => data.login, () => undefined) : Promise.resolve(undefined)
    posters.set(client, poster)
  }
  return poster
}

/**
 * The notice among comments: the oldest with its marker that the identity
 * posting notices posted. Anyone can copy the marker (the execution id shows
 * in other notices and the status link), and another app can quote a notice,
 * so only that identity's comment is adopted and edited. When every marked
 * comment is github-actions[bot]'s, that is the poster and nothing is asked;
 * otherwise the token's own login is read once (GET /user), which finds the
 * notices a personal access token posted. When GitHub will not say (an
 * installation token), the oldest marked comment a bot posted is taken.
 */
export async function chooseNotice(client: NoticeClient, comments: CommentShape[], key: NoticeKey): Promise<{ id: number; body: string } | undefined> {
  const marker = noticeMarker(key)
  const marked = comments.filter((comment) => comment.body?.includes(marker))
  if (marked.length === 0) return undefined
  const byActions = marked.every((comment) => comment.user?.type === 'Bot' && comment.user.login === ACTIONS_BOT)
  return pickNotice(marked, key, byActions ? ACTIONS_BOT : await posterOf(client))
}

/**
 * The oldest comment with the marker by `poster`, or, when who posts
 * notices is unknown, by any bot: a person's copy of the marker is never
 * adopted then.
 */
export function pickNotice(comments: CommentShape[], key: NoticeKey, poster?: string): { id: number; body: string } | undefined {
  const marker = noticeMarker(key)
  const ours = (user: CommentShape['user']): boolean => (poster ? user?.login.toLowerCase() === poster.toLowerCase() : user?.type === 'Bot')
  const notice = comments.find((comment) => ours(comment.user) && comment.body?.includes(marker))
  return notice && { id: notice.id, body: notice.body ?? '' }
}

/** The notice on a pull request, if it has one. */
export async function findNotice(
  client: NoticeClient,
  repo: RepoRef,
  issueNumber: number,
  key: NoticeKey
): Promise<{ id: number; body: string } | undefined> {
  return chooseNotice(client, await listComments(client, repo, issueNumber), key)
}

/**
 * Posts the notice, or edits it when it is there and says something else.
 * `existing` is the notice already found (null: known to be none).
 */
export async function upsertNotice(
  client: NoticeClient,
  repo: RepoRef,
  issueNumber: number,
  key: NoticeKey,
  text: string,
  existing?: { id: number; body: string } | null
): Promise<{ id: number; created: boolean; changed: boolean }> {
  const body = `${text}\n\n${noticeMarker(key)}`
  const notice = existing === undefined ? await findNotice(client, repo, issueNumber, key) : existing
  if (!notice) {
    const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body })
    return { id: data.id, created: true, changed: true }
  }
  if (notice.body === body) return { id: notice.id, created: false, changed: false }
  await client.rest.issues.updateComment({ ...repo, comment_id: notice.id, body })
  return { id: notice.id, created: false, changed: true }
}
