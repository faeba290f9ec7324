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
  if (error instanceof Error) return error.message
  if (typeof error === 'string') return error
  try {
    return JSON.stringify(error) ?? String(error)
  } catch {
    return String(error)
  }
}
