import { errorMessage } from '../errors.js'
import type { RepoRef } from '../types.js'
import { chooseNotice, commentsComplete, listComments, upsertNotice, type CommentShape, type NoticeClient, type NoticeKey } from './approval-notice.js'
import { setCommitStatus, type CommitStatus, type CommitStatusClient } from './commit-status.js'
import { httpStatus } from './errors.js'

export type TellClient = NoticeClient & CommitStatusClient

export interface Telling {
  repo: RepoRef
  key: NoticeKey
  /** The notice text for each pull request. */
  notices: { number: number; text: string }[]
  /** `edit`: only a notice that is already there changes (an answer reported); `post`: one is posted where none is. */
  mode: 'post' | 'edit'
  commits: string[]
  status?: CommitStatus
  notify: boolean
  commitStatus: boolean
  warn(message: string): void
  /**
   * Comments already asked for, by pull request, so finding the notice costs
   * no round trip now. Listed with listComments, they say whether they are
   * all of them; a plain array counts as complete.
   */
  comments?: Map<number, Promise<CommentShape[]>>
}

/**
 * Tells the pull requests about an approval run: their notice comment and
 * the commit status of the waiting commit. A missing permission (or any
 * other failure) is a warning, never a failure: the decision stands either
 * way. Returns the pull requests whose notice says it now.
 */
export async function tellPullRequests(client: TellClient, telling: Telling): Promise<number[]> {
  const { repo, key, warn } = telling
  const attempt = async <T>(what: string, permission: string, input: string, call: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await call()
    } catch (error) {
      const status = httpStatus(error)
      warn(`Could not ${what} (${status ? `HTTP ${status}` : errorMessage(error)}): give the workflow ${permission}, or set ${input} to false; the outcome is unchanged.`)
      return undefined
    }
  }
  const shown = telling.commitStatus && telling.status ? ', and the commit status still shows the approval' : ''
  const notices = telling.notify
    ? telling.notices.map(({ number, text }) =>
        attempt(`update the notice on pull request #${number}`, 'pull-requests: write', 'notify', async () => {
          const comments = await (telling.comments?.get(number) ?? listComments(client, repo, number))
          const existing = await chooseNotice(client, comments, key)
          if (telling.mode === 'edit' && !existing) return undefined
          // Past the listing's limit the notice may well be there: posting would add one more on every run.
          if (!existing && !commentsComplete(comments)) {
            warn(
              `Could not find the notice on pull request #${number} among its first ${comments.length} comments, so no new one was posted: it may be further down${shown}.`
            )
            return undefined
          }
          await upsertNotice(client, repo, number, key, text, existing ?? null)
          return number
        })
      )
    : []
  const statuses =
    telling.commitStatus && telling.status
      ? telling.commits.map((sha) =>
          attempt(`set the commit status of ${sha.slice(0, 7)}`, 'statuses: write', 'commit-status', async () => {
            try {
              await setCommitStatus(client, repo, sha, key, telling.status!)
            } catch (error) {
              // GitHub has no such commit here (another repository's source): no permission would help, so nothing to say.
              if (httpStatus(error) !== 422) throw error
            }
          })
        )
      : []
  const [told] = await Promise.all([Promise.all(notices), Promise.all(statuses)])
  return told.filter((number): number is number => number !== undefined)
}
