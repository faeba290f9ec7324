import type { Decision } from './types.js'

export interface Command {
  decision: Decision
  /** Lower-case hex prefix of the commit the commenter reviewed. */
  pinnedCommit?: string
  reason?: string
}

const PINNED_COMMIT = /^[0-9a-f]{7,40}$/i
// Control characters other than tab and new line have no place in a summary.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g

/**
 * A command is the first word of the comment's first line, matched exactly
 * (case-insensitive), so that a quote ("> /approve-deploy"), prose that
 * mentions the command, or "/approve-deployment" never acts.
 */
export function parseCommand(
  body: string,
  commands: { approve: string; reject: string }
): Command | undefined {
  const text = body.replace(/^\uFEFF/, '').replace(CONTROL, '')
  const [firstLine = '', ...otherLines] = text.split(/\r\n|\r|\n/)
  const [word = '', ...rest] = firstLine.trim().split(/\s+/)
  const command = word.toLowerCase()
  const decision: Decision | undefined =
    command === commands.approve ? 'Approved' : command === commands.reject ? 'Rejected' : undefined
  if (!decision) return undefined

  const pinnedCommit = rest[0] !== undefined && PINNED_COMMIT.test(rest[0]) ? rest.shift()?.toLowerCase() : undefined
  const reason = [rest.join(' '), ...otherLines].join(' ').replace(/\s+/g, ' ').trim()
  return { decision, pinnedCommit, reason: reason || undefined }
}
