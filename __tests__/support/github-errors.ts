/** An error shaped like Octokit's RequestError, which carries the HTTP status. */
export function httpError(status: number, message = `HTTP ${status}`): Error & { status: number } {
  return Object.assign(new Error(message), { status })
}
