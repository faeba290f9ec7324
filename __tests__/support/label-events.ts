import type { LabelEventsClient } from '../../src/github/label-actor.js'

type IssueEvent = Awaited<ReturnType<LabelEventsClient['rest']['issues']['listEvents']>>['data'][number]

/** A `labeled` (or `unlabeled`) issue event as GitHub lists it. */
export function labelEvent(login: string, label: string, event: 'labeled' | 'unlabeled' = 'labeled', type = 'User'): IssueEvent {
  return { event, created_at: '2026-11-01T09:00:00Z', actor: { login, type }, label: { name: label } }
}

/**
 * A LabelEventsClient over fixed events per issue number, paged as GitHub
 * pages them; `calls` records each request, `failWith` makes every one fail.
 */
export function labelEventsClient(
  events: Record<number, IssueEvent[]>,
  options: { failWith?: unknown } = {}
): LabelEventsClient & { calls: { issue_number: number; page: number; per_page: number }[] } {
  const calls: { issue_number: number; page: number; per_page: number }[] = []
  return {
    calls,
    rest: {
      issues: {
        listEvents: async ({ issue_number, page, per_page }) => {
          calls.push({ issue_number, page, per_page })
          if (options.failWith !== undefined) throw options.failWith
          const all = events[issue_number] ?? []
          return { data: all.slice((page - 1) * per_page, page * per_page) }
        }
      }
    }
  }
}
