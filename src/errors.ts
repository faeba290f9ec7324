/**
 * A refusal or failure the user can act on. Its message is one sentence that
 * says what happened and what to do, so main reports it as it is.
 */
export class ActionError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'ActionError'
  }
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
