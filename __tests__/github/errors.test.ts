import { describe, expect, it } from '@jest/globals'
import { describeGitHubFailure, rateLimit } from '../../src/github/errors.js'

/** An error shaped like Octokit's RequestError, with response headers when GitHub answered. */
function requestError(status: number, message: string, headers?: Record<string, string>): Error {
  return Object.assign(new Error(message), { status, ...(headers && { response: { headers } }) })
}

const NOW = Date.parse('2026-12-01T12:00:00Z')

describe('rateLimit', () => {
  it('reads a spent primary limit and when it resets', () => {
    const spent = requestError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 600) })
    expect(rateLimit(spent, NOW)).toEqual({ kind: 'primary', until: new Date(NOW + 600_000) })
  })

  it.each([
    [403, 'You have exceeded a secondary rate limit.', { 'retry-after': '30' }],
    [429, 'Too many requests', { 'retry-after': '30' }],
    [403, 'Forbidden', { 'retry-after': '30' }]
  ])('reads a secondary limit (HTTP %s, %j) and when it lifts', (status, message, headers) => {
    expect(rateLimit(requestError(status, message, headers), NOW)).toEqual({ kind: 'secondary', until: new Date(NOW + 30_000) })
  })

  it('is undefined for a 403 that is a missing permission, and for other statuses', () => {
    expect(rateLimit(requestError(403, 'Resource not accessible by integration', { 'x-ratelimit-remaining': '4999' }))).toBeUndefined()
    expect(rateLimit(requestError(404, 'Not Found', { 'x-ratelimit-remaining': '0' }))).toBeUndefined()
  })
})

describe('describeGitHubFailure', () => {
  it('says "rate limit" and when it resets, not a missing permission', () => {
    const spent = requestError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796126400' })
    expect(describeGitHubFailure(spent)).toBe("GitHub's API rate limit for the token is spent until 2026-12-01T12:00:00Z (HTTP 403); run the job again after that")
  })

  it('says "rate limit" and when it lifts for a 429 or a 403 "Forbidden" with retry-after', () => {
    const now = Date.now()
    for (const [status, message] of [
      [429, 'Too many requests'],
      [403, 'Forbidden']
    ] as const) {
      const limited = describeGitHubFailure(requestError(status, message, { 'retry-after': '120' }))
      const until = Date.parse(/until (\S+) /.exec(limited)?.[1] ?? '')
      expect(limited).toMatch(new RegExp(`^GitHub's secondary rate limit for the token is spent until \\S+ \\(HTTP ${status}\\); run the job again after that$`))
      expect(Math.abs(until - (now + 120_000))).toBeLessThan(5_000)
    }
  })

  it('says to wait a few minutes for a 429 that says not until when', () => {
    expect(describeGitHubFailure(requestError(429, 'Too many requests', {}))).toBe(
      "GitHub's secondary rate limit for the token is spent (HTTP 429); run the job again in a few minutes"
    )
  })

  it('names the input whose token failed', () => {
    expect(describeGitHubFailure(requestError(401, 'Bad credentials', {}), 'approvers-token')).toBe(
      'GitHub rejected approvers-token (HTTP 401); check the approvers-token input'
    )
    expect(describeGitHubFailure(requestError(404, 'Not Found', {}))).toBe('GitHub answered 404 (not found, or not visible to github-token)')
  })

  it('tells a request that got no answer from a 5xx that GitHub sent', () => {
    // Octokit reports a timeout or a network failure as status 500 with no response.
    expect(describeGitHubFailure(requestError(500, 'This operation was aborted'))).toBe(
      'GitHub did not answer (This operation was aborted) after three attempts of 10 s at most; try again later'
    )
    expect(describeGitHubFailure(requestError(502, 'Bad Gateway', {}))).toBe('GitHub kept failing (HTTP 502); try again later')
  })
})
