import { getOctokit } from '@actions/github'
import { defaults } from '@actions/github/lib/utils'
import { retry } from '@octokit/plugin-retry'

/** Every GitHub request gives up after this long, so a hung API cannot hang the job. */
const GITHUB_REQUEST_TIMEOUT_MS = 10_000
/** plugin-retry retries 5xx, 429 and timeouts, after 1 s and then 4 s. */
const GITHUB_RETRIES = 2

export type GitHubClient = ReturnType<typeof getOctokit>

export interface GitHubClientOptions {
  /** Tests shorten these; users get the defaults. */
  requestTimeoutMs?: number
  retryBaseMs?: number
}

/**
 * Octokit from @actions/github (GITHUB_API_URL and the runner's proxy
 * settings apply), with a timeout on each request and retries with backoff.
 */
export function createGitHubClient(token: string, options: GitHubClientOptions = {}): GitHubClient {
  const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS
  // Keep @actions/github's proxy-aware fetch: passing `request` replaces its defaults.
  const proxyFetch = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch
  const fetchWithTimeout: typeof fetch = (url, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    return proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
  return getOctokit(
    token,
    {
      // Explicit, so a stubbed getOctokit (@github/local-action) also honours GITHUB_API_URL.
      baseUrl: defaults.baseUrl,
      request: { fetch: fetchWithTimeout },
      retry: { retries: GITHUB_RETRIES, ...(options.retryBaseMs !== undefined && { retryAfterBaseValue: options.retryBaseMs }) }
    },
    retry
  )
}
