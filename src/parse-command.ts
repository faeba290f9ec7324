import type { Decision } from './types.js'

export interface Command {
  decision: Decision
  /** Lower-case hex prefix of the commit the commenter reviewed. */
  pinnedCommit?: string
  /**
   * Something that is evidently an attempt at a pin but not one: the request
   * is refused with this sentence rather than approving the head instead.
   */
  pinProblem?: string
  reason?: string
}

const PINNED_COMMIT = /^[0-9a-f]{7,40}$/i
const HEX = /^[0-9a-f]+$/i
// Control characters other than tab and new line have no place in a summary.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g
// Format characters (zero-width spaces and joiners, the word joiner, soft
// hyphens, direction marks): invisible, so they could hide a pin.
const FORMAT = /\p{Cf}/gu
// Wrappers that leave a pin what it is: code, emphasis, quotes, brackets.
const LEADING = /^[`*_~"'([{<]+/
const TRAILING = /[`*_~"')\]}>.,:;!?…]+$/
// A run that reads like a commit: hex digits, and letters outside ASCII that
// look like them (Cyrillic "а", Greek "ο"), with a digit and a letter in it.
const LOOKS_LIKE_COMMIT = /(?:[0-9a-f]|(?![\u0000-\u007f])[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}]){7,}/giu

/**
 * A command is the first word of the comment's first line, matched exactly
 * (case-insensitive), so that a quote ("> /approve-deploy"), prose that
 * mentions the command, or "/approve-deployment" never acts. The word after
 * it pins the reviewed commit; a commit written anywhere else, or in a form
 * that is not a pin, is refused rather than read as the reason.
 */
export function parseCommand(
  body: string,
  commands: { approve: string; reject: string }
): Command | undefined {
  const text = body.normalize('NFKC').replace(FORMAT, '').replace(CONTROL, '')
  const [firstLine = '', ...otherLines] = text.split(/\r\n|\r|\n/)
  const [word = '', ...rest] = firstLine.trim().split(/\s+/)
  const command = word.toLowerCase()
  const decision: Decision | undefined =
    command === commands.approve ? 'Approved' : command === commands.reject ? 'Rejected' : undefined
  if (!decision) return undefined

  const example = `"${command} c4295bd reason"`
  const first = rest[0]
  const candidate = first === undefined ? '' : unwrap(first)
  const pinnedCommit = PINNED_COMMIT.test(candidate) ? candidate.toLowerCase() : undefined
  if (pinnedCommit) rest.shift()
  const reason = [rest.join(' '), ...otherLines].join(' ').replace(/\s+/g, ' ').trim()

  let pinProblem: string | undefined
  if (!pinnedCommit && first !== undefined && attemptedPin(first, candidate)) {
    pinProblem = `"${first}" after the command is not a commit SHA of 7 to 40 hex digits, so nothing was sent: name the commit you reviewed as in ${example}, or start the reason with a word.`
  } else if (!pinnedCommit) {
    const named = [...reason.matchAll(LOOKS_LIKE_COMMIT)].map((match) => match[0]).find((run) => /\d/.test(run) && /\p{L}/u.test(run))
    if (named) {
      pinProblem = `The comment names "${named}", which looks like a commit but is not the pin right after the command, so it is not read as the commit you reviewed and nothing was sent: put the commit right after the command, as in ${example}.`
    }
  }
  return { decision, pinnedCommit, pinProblem, reason: reason || undefined }
}

/** The word without the wrappers and trailing punctuation that leave a pin what it is. */
function unwrap(word: string): string {
  let unwrapped = word
  for (let previous = ''; previous !== unwrapped; ) {
    previous = unwrapped
    unwrapped = unwrapped.replace(LEADING, '').replace(TRAILING, '')
  }
  return unwrapped
}

/**
 * The word after the command is evidently meant as a commit, though it is not
 * 7 to 40 hex digits: 6 hex digits with a digit among them, more than 40,
 * anything in backticks, or hex glued to other characters.
 */
function attemptedPin(raw: string, candidate: string): boolean {
  const hex = HEX.test(candidate)
  return (
    (hex && /\d/.test(candidate) && candidate.length >= 6) ||
    (hex && candidate.length > 40) ||
    (/^`.*`/.test(raw) && candidate.length > 0) ||
    /^(?=[0-9a-f]*\d)[0-9a-f]{7,}[^0-9a-f]/i.test(candidate)
  )
}
