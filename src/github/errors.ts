/** The HTTP status of an Octokit RequestError, if the error has one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : undefined
}

/** One clause for a failed GitHub call, with what usually fixes it. */
export function describeGitHubFailure(error: unknown): string {
  const status = httpStatus(error)
  if (status === 401) return 'GitHub rejected github-token (HTTP 401); check the github-token input'
  if (status === 403) return 'GitHub refused github-token (HTTP 403); grant the workflow the permissions this action needs'
  if (status === 404) return 'GitHub answered 404 (not found, or not visible to github-token)'
  if (status !== undefined && status >= 500) return `GitHub kept failing (HTTP ${status}); try again later`
  const message = (error as { message?: unknown } | null)?.message
  return `GitHub could not be reached (${typeof message === 'string' ? message : String(error)}); try again later`
}
