import type { LabelEvidenceClient } from '../../src/already-decided.js'
import type { LabelEventsClient } from '../../src/github/label-actor.js'

type IssueEvent = Awaited<ReturnType<LabelEventsClient['rest']['issues']['listEvents']>>['data'][number]

/** A `labeled` (or `unlabeled`) issue event as GitHub lists it. */
export function labelEvent(login: string, label: string, event: 'labeled' | 'unlabeled' = 'labeled', type = 'User'): IssueEvent {
  return { event, created_at: '2026-11-01T09:00:00Z', actor: { login, type }, label: { name: label } }
}

/** A pull request's commit as GET /pulls/{n}/commits lists it; without a date, as a stand-in that leaves it out. */
export function pullCommit(sha: string, date?: string): { sha: string; commit: { committer?: { date: string } } } {
  return { sha, commit: date ? { committer: { date } } : {} }
}

/**
 * A client over fixed issue events (and commits) per issue number, paged as
 * GitHub pages them; `calls` records each events request, `commitCalls`
 * each commits request, and `failWith` makes every events request fail.
 */
export function labelEventsClient(
  events: Record<number, IssueEvent[]>,
  options: { failWith?: unknown; commits?: Record<number, ReturnType<typeof pullCommit>[]>; commitsFailWith?: unknown } = {}
): LabelEvidenceClient & { calls: { issue_number: number; page: number; per_page: number }[]; commitCalls: { pull_number: number; page: number }[] } {
  const calls: { issue_number: number; page: number; per_page: number }[] = []
  const commitCalls: { pull_number: number; page: number }[] = []
  return {
    calls,
    commitCalls,
    rest: {
      issues: {
        listEvents: async ({ issue_number, page, per_page }) => {
          calls.push({ issue_number, page, per_page })
          if (options.failWith !== undefined) throw options.failWith
          const all = events[issue_number] ?? []
          return { data: all.slice((page - 1) * per_page, page * per_page) }
        }
      },
      pulls: {
        listCommits: async ({ pull_number, page, per_page }) => {
          commitCalls.push({ pull_number, page })
          if (options.commitsFailWith !== undefined) throw options.commitsFailWith
          const all = options.commits?.[pull_number] ?? []
          return { data: all.slice((page - 1) * per_page, page * per_page) }
        }
      }
    }
  }
}
