import { createHash } from 'node:crypto'
import { truncate } from '../approval-summary.js'
import type { RepoRef } from '../types.js'

/** The Octokit method commit statuses need, so tests can pass plain objects. */
export interface CommitStatusClient {
  rest: {
    repos: {
      createCommitStatus(params: {
        owner: string
        repo: string
        sha: string
        state: 'error' | 'failure' | 'pending' | 'success'
        context: string
        description: string
        target_url?: string
      }): Promise<unknown>
    }
  }
}

export interface CommitStatus {
  state: 'error' | 'failure' | 'pending' | 'success'
  description: string
  targetUrl?: string
}

/** GitHub's limit for a status description. */
const DESCRIPTION_LIMIT = 140

/** GitHub's limit for a status context: a longer one is answered with 422. */
export const CONTEXT_LIMIT = 255

/**
 * One status context per approval, so each approval of a pipeline shows on
 * its own line. Past GitHub's 255 characters (CodePipeline allows 100 for
 * each name) it is cut and ends in a hash of the whole, so two long names
 * that share a beginning still get two lines. CodePipeline names are ASCII,
 * so characters are bytes here.
 */
export function statusContext(approval: { pipelineName: string; stageName: string; actionName: string }): string {
  const context = `codepipeline-approval/${approval.pipelineName}/${approval.stageName}/${approval.actionName}`
  if (context.length <= CONTEXT_LIMIT) return context
  const hash = createHash('sha256').update(context).digest('hex').slice(0, 8)
  return `${context.slice(0, CONTEXT_LIMIT - hash.length - 1)}~${hash}`
}

/** Sets the approval's status on a commit; the description is cut to GitHub's 140 characters. */
export async function setCommitStatus(
  client: CommitStatusClient,
  repo: RepoRef,
  sha: string,
  approval: { pipelineName: string; stageName: string; actionName: string },
  status: CommitStatus
): Promise<void> {
  await client.rest.repos.createCommitStatus({
    ...repo,
    sha,
    state: status.state,
    context: statusContext(approval),
    description: truncate(status.description, DESCRIPTION_LIMIT),
    ...(status.targetUrl && { target_url: status.targetUrl })
  })
}
