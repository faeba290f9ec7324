import type { Decision } from './types.js'

export interface Command {
  decision: Decision
  /** Lower-case hex prefix of the commit the commenter reviewed. */
  pinnedCommit?: string
  /**
   * A word that is evidently an attempt at a pin but not one: the request is
   * refused with this sentence rather than approving the head instead.
   */
  pinProblem?: string
  reason?: string
}

const PINNED_COMMIT = /^[0-9a-f]{7,40}$/i
const HEX = /^[0-9a-f]+$/i
// Control characters other than tab and new line have no place in a summary.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g

/**
 * A command is the first word of the comment's first line, matched exactly
 * (case-insensitive), so that a quote ("> /approve-deploy"), prose that
 * mentions the command, or "/approve-deployment" never acts. The word after
 * it pins the reviewed commit.
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

  const example = `"${command} c4295bd reason"`
  const pin = rest[0] === undefined ? undefined : readPin(rest[0])
  if (pin?.commit) rest.shift()
  const misplaced = pin?.commit || pin?.problem ? undefined : rest.slice(1).find((later) => PINNED_COMMIT.test(unwrap(later)) && /\d/.test(later) && /[a-f]/i.test(later))
  const pinProblem =
    pin?.problem ??
    (misplaced &&
      `The command names commit "${misplaced}" after other words, so it is not read as the commit you reviewed and nothing was sent: put the commit right after the command, as in ${example}.`)

  const reason = [rest.join(' '), ...otherLines].join(' ').replace(/\s+/g, ' ').trim()
  return { decision, pinnedCommit: pin?.commit, pinProblem: pinProblem || undefined, reason: reason || undefined }

  /**
   * Backticks, quotes, brackets and trailing punctuation are harmless
   * ("`c4295bd`", "(c4295bd)", "c4295bd:");
   * a word that is evidently meant as a commit but is not 7 to 40 hex digits
   * is a problem, never a reason.
   */
  function readPin(raw: string): { commit?: string; problem?: string } | undefined {
    const candidate = unwrap(raw)
    if (PINNED_COMMIT.test(candidate)) return { commit: candidate.toLowerCase() }
    const bare = raw.replace(/[.,:;!?…]+$/, '')
    const hex = HEX.test(candidate)
    const attempted =
      (hex && /\d/.test(candidate) && candidate.length >= 6) ||
      (hex && candidate.length > 40) ||
      // Backticks mark code, whatever is inside; quotes and brackets only around hex.
      (/^`.*`$/.test(bare) && candidate.length > 0) ||
      (/^["'([].*["')\]]$/.test(bare) && hex && /\d/.test(candidate) && candidate.length >= 4) ||
      /^(?=[0-9a-f]*\d)[0-9a-f]{7,}[^0-9a-f]/i.test(candidate)
    if (!attempted) return undefined
    return {
      problem: `"${raw}" after the command is not a commit SHA of 7 to 40 hex digits, so nothing was sent: name the commit you reviewed as in ${example}, or start the reason with a word.`
    }
  }
}

/** The word without wrapping backticks, quotes or brackets, and trailing punctuation. */
function unwrap(word: string): string {
  return word
    .replace(/[.,:;!?…]+$/, '')
    .replace(/^[`"'([]+|[`"')\]]+$/g, '')
    .replace(/[.,:;!?…]+$/, '')
}
