import type { Decision } from './types.js'

/** PutApprovalResult's limit, in UTF-16 code units (JavaScript string length). */
export const SUMMARY_LIMIT = 512

export interface SummaryParts {
  decision: Decision
  actor: string
  /** The pull request, or the workflow run when there is none. */
  link: string
  /** The full SHA: a prefix in the audit trail could name another commit. */
  commit?: string
  /** From the comment: the part that is cut when the summary is too long. */
  reason?: string
  /** The summary input. */
  note?: string
  /** On a re-run by someone else, who started it: the audit trail names both. */
  rerunBy?: string
  /**
   * How a decision made before the approval waited was made, such as
   * "merged": "Approved by @alice, who merged <link>".
   */
  how?: string
}

/**
 * "Approved by @alice via <link> (commit <40 hex>): <reason> <note>", at most
 * 512 code units. The actor and the link always stay: the approval's history
 * in AWS shows only the role that sent it, so they are the audit trail.
 */
export function composeSummary(parts: SummaryParts): string {
  const head =
    `${parts.decision} by @${parts.actor}${parts.rerunBy ? ` (re-run by @${parts.rerunBy})` : ''}${parts.how ? `, who ${parts.how}` : ' via'} ${parts.link}` +
    (parts.commit ? ` (commit ${parts.commit})` : '')
  const reason = parts.reason ?? ''
  const note = parts.note ?? ''
  const join = (a: string, b: string): string => [a, b].filter(Boolean).join(' ')
  const withTail = (tail: string): string => (tail ? `${head}: ${tail}` : head)

  const full = withTail(join(reason, note))
  if (full.length <= SUMMARY_LIMIT) return full

  const room = SUMMARY_LIMIT - head.length - 2
  const noteRoom = note ? note.length + 1 : 0
  const keptReason = truncate(reason, room - noteRoom)
  return withTail(truncate(join(keptReason, note), room))
}

/** Cuts to at most `max` code units, ending in "…", never between a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  if (max <= 1) return ''
  let end = max - 1
  const previous = text.charCodeAt(end - 1)
  if (previous >= 0xd800 && previous <= 0xdbff) end -= 1
  return `${text.slice(0, end).trimEnd()}…`
}
