/**
 * A refusal or failure the user can act on. Its message is one sentence that
 * says what happened and what to do, so main reports it as it is.
 */
export class ActionError extends Error {
  /**
   * The same sentence without what only the job log should show (AWS account
   * ids, role ARNs, network details): pull request replies are public.
   */
  readonly publicMessage: string
  /**
   * The approval does not wait for this request (yet): nothing waits, or it
   * waits for another commit. A merge or label with when-not-waiting: defer
   * ends there, leaving the answer to the dispatch run.
   */
  readonly notWaiting: boolean

  constructor(message: string, options?: ActionErrorOptions) {
    super(message, options)
    this.name = 'ActionError'
    this.publicMessage = options?.publicMessage ?? message
    this.notWaiting = options?.notWaiting ?? false
  }
}

export interface ActionErrorOptions {
  cause?: unknown
  publicMessage?: string
  notWaiting?: boolean
}

/** A commit, or a request, that was not allowed: outcome `refused`, not `failed`. */
export class Refusal extends ActionError {
  constructor(message: string, options?: ActionErrorOptions) {
    super(message, options)
    this.name = 'Refusal'
  }
}

/**
 * The person who acted may not: they get a 😕 and no reply, so that anyone
 * who can comment cannot make the bot talk.
 */
export class PersonRefused extends Refusal {
  constructor(message: string) {
    super(message)
    this.name = 'PersonRefused'
  }
}

/**
 * A decision that may have reached CodePipeline though the call failed (a
 * lost answer, a timeout) and could not be confirmed: never reported as
 * "nothing was sent", since trying again would then be refused.
 */
export class MaybeSent extends ActionError {
  constructor(message: string, options?: ActionErrorOptions) {
    super(message, options)
    this.name = 'MaybeSent'
  }
}

/** Whether the run may have sent its decision though it failed. */
export function mayHaveSent(error: unknown): boolean {
  return error instanceof MaybeSent
}

/** How a run that sent nothing ended: a person or commit not allowed, or something broken. */
export function failureKind(error: unknown): 'refused' | 'failed' {
  return error instanceof Refusal ? 'refused' : 'failed'
}

/** What a public reply may say about anything thrown. */
export function publicMessage(error: unknown): string {
  return error instanceof ActionError
    ? error.publicMessage
    : 'The action failed unexpectedly, so nothing was sent: the job log has the details.'
}

/** A sentence read on mid-sentence: "Nothing waits" becomes "nothing waits"; "CodePipeline" stays. */
export function midSentence(message: string): string {
  return /^[A-Z][a-z]+\b/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message
}

/** Text for anything thrown: libraries throw strings and plain objects too. */
export function errorMessage(error: unknown): string {
  // Duck-typed: errors from another realm (a vm context, a worker) are not `instanceof Error`.
  const message = (error as { message?: unknown } | null)?.message
  if (typeof message === 'string') return message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
