interface RequestErrorShape {
  status?: unknown
  message?: unknown
  response?: { headers?: Record<string, string | number | undefined> }
}

/** The HTTP status of an Octokit RequestError, if the error has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as RequestErrorShape | null)?.status
  return typeof status === 'number' ? status : undefined
}

/**
 * When GitHub refused because a rate limit is spent: a secondary limit (403
 * or 429 with retry-after, or saying so) or the primary one (403 with
 * x-ratelimit-remaining: 0). `until` is when it resets, when GitHub said.
 */
export function rateLimit(error: unknown, now = Date.now()): { kind: 'primary' | 'secondary'; until?: Date } | undefined {
  const status = httpStatus(error)
  if (status !== 403 && status !== 429) return undefined
  const shape = error as RequestErrorShape
  const headers = shape.response?.headers ?? {}
  const message = typeof shape.message === 'string' ? shape.message : ''
  if (String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset'])
    return { kind: 'primary', until: reset > 0 ? new Date(reset * 1000) : undefined }
  }
  const retryAfter = Number(headers['retry-after'])
  if (status === 429 || /\bsecondary rate\b/i.test(message) || retryAfter > 0) {
    return { kind: 'secondary', until: retryAfter > 0 ? new Date(now + retryAfter * 1000) : undefined }
  }
  return undefined
}

/**
 * One clause for a failed GitHub call, with what usually fixes it; `token`
 * names the input whose token made the call.
 */
export function describeGitHubFailure(error: unknown, token = 'github-token'): string {
  const status = httpStatus(error)
  const limited = rateLimit(error)
  if (limited) {
    const which = limited.kind === 'primary' ? 'API rate limit' : 'secondary rate limit'
    if (!limited.until) return `GitHub's ${which} for the token is spent (HTTP ${status}); run the job again in a few minutes`
    return `GitHub's ${which} for the token is spent until ${limited.until.toISOString().replace(/\.\d{3}Z$/, 'Z')} (HTTP ${status}); run the job again after that`
  }
  if (status === 401) return `GitHub rejected ${token} (HTTP 401); check the ${token} input`
  if (status === 403) return `GitHub refused ${token} (HTTP 403); grant the workflow the permissions this action needs`
  if (status === 404) return `GitHub answered 404 (not found, or not visible to ${token})`
  const message = (error as RequestErrorShape | null)?.message
  // Octokit reports a request that got no answer (a timeout, no network) as HTTP 500 without a response.
  if (status === undefined || (status === 500 && !(error as RequestErrorShape).response)) {
    return `GitHub did not answer (${typeof message === 'string' ? message : String(error)}) after three attempts of 10 s at most; try again later`
  }
  if (status >= 500) return `GitHub kept failing (HTTP ${status}); try again later`
  return `GitHub answered HTTP ${status}${typeof message === 'string' ? ` (${message})` : ''}; check the inputs`
}
