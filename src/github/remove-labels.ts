import { httpStatus } from './errors.js'
import type { RepoRef } from '../types.js'

/** The Octokit method label removal needs, so tests can pass plain objects. */
export interface LabelsClient {
  rest: {
    issues: {
      removeLabel(params: { owner: string; repo: string; issue_number: number; name: string }): Promise<unknown>
    }
  }
}

/** Removes the labels that are there; one already gone (404) is no error. Returns what was removed. */
export async function removeLabels(client: LabelsClient, repo: RepoRef, issueNumber: number, labels: string[]): Promise<string[]> {
  const removed = await Promise.all(
    labels.map(async (name) => {
      try {
        await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name })
        return [name]
      } catch (error) {
        if (httpStatus(error) === 404) return []
        throw error
      }
    })
  )
  return removed.flat()
}
