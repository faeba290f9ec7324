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

/** One status context per approval, so each approval of a pipeline shows on its own line. */
export function statusContext(approval: { pipelineName: string; stageName: string; actionName: string }): string {
  return `codepipeline-approval/${approval.pipelineName}/${approval.stageName}/${approval.actionName}`
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
