import { Octokit } from '@octokit/core'
import { restEndpointMethods, type Api } from '@octokit/plugin-rest-endpoint-methods'
import { retry } from '@octokit/plugin-retry'
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling'
import { needsProxyClient } from './needs-proxy-client.js'
import { createNodeHttpFetch } from './node-http-fetch.js'

/** Every GitHub request gives up after this long, so a hung API cannot hang the job. */
const GITHUB_REQUEST_TIMEOUT_MS = 10_000
/** plugin-retry retries 5xx and timeouts, after 1 s and then 4 s. */
const GITHUB_RETRIES = 2
/**
 * Rate limits are waited out only while GitHub says they lift within this
 * long, in all, for the whole run, and twice per request at most; a longer
 * one fails the step and says when it resets.
 */
const RATE_LIMIT_BUDGET_SECONDS = 60
const RATE_LIMIT_RETRIES = 2
/** What GitHub's docs say to wait for a 429 that has no retry-after: a minute. */
const UNSAID_RETRY_AFTER_SECONDS = 60
/** How long sent() waits for requests to reach the transport, at most. */
const SENT_WAIT_MS = 100

export type GitHubClient = Octokit & Api

export interface GitHubClientOptions {
  /** core.debug: one line per request, never a token. */
  debug?(message: string): void
  /** core.info: when a rate limit is waited out. */
  log?(message: string): void
  /** Tests shorten these; users get the defaults. */
  requestTimeoutMs?: number
  retryBaseMs?: number
  /** The variables that say whether a proxy is configured; default process.env. */
  env?: NodeJS.ProcessEnv
}

/** The clients of one run: they share connections, one rate-limit budget, and what has gone out. */
export interface GitHubClientFactory {
  create(token: string): GitHubClient
  /** Resolves once every request made so far is written (or failed); at once when none is. */
  sent(): Promise<void>
}

type Group = NonNullable<Extract<ThrottlingOptions, { onRateLimit: unknown }>['write']>

// plugin-throttling paces writes 1 s apart (3 s for comments), which would
// put seconds on every answer; this action makes a handful of requests, so
// the plugin's part is only to wait when GitHub says to.
const unpaced = { key: () => ({ schedule: (_options: unknown, task: (...args: unknown[]) => unknown, ...args: unknown[]) => task(...args) }) } as unknown as Group

const LightOctokit = Octokit.plugin(restEndpointMethods, retry, throttling)

/**
 * Octokit with a timeout on each request, retries with backoff, and rate
 * limits waited out within bounds. GITHUB_API_URL applies. Requests go over
 * node:http and node:https, which start far faster than fetch and its
 * undici; when the runner sets a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY),
 * @actions/github's proxy-aware fetch carries them instead.
 */
export function createGitHubClients(options: GitHubClientOptions = {}): GitHubClientFactory {
  const env = options.env ?? process.env
  const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS
  const debug = options.debug ?? (() => undefined)
  // What has gone out: requests made (counted as Octokit starts each) and
  // handed to the transport, which says when each is written.
  let made = 0
  const writes: Promise<void>[] = []
  const proxied = needsProxyClient(env)
  const transport = proxied ? proxyFetch(timeoutMs) : createNodeHttpFetch({ timeoutMs, onSending: (written) => writes.push(written) })
  const fetchWithLog = async (url: string, init?: { method?: string }): Promise<unknown> => {
    const started = performance.now()
    const what = `GitHub ${init?.method ?? 'GET'} ${new URL(String(url)).pathname}`
    try {
      const response = (await transport(url, init)) as { status: number }
      debug(`${what}: HTTP ${response.status} in ${Math.round(performance.now() - started)} ms`)
      return response
    } catch (error) {
      debug(`${what}: no answer after ${Math.round(performance.now() - started)} ms`)
      throw error
    }
  }
  let waited = 0
  const waitOut = (retryAfter: number, request: { method: string; url: string; request?: object }, retryCount: number): boolean => {
    // Cosmetic calls (reactions, replies) are tried once and never wait.
    const cosmetic = (request.request as { retries?: number } | undefined)?.retries === 0
    const wanted = !cosmetic && retryCount < RATE_LIMIT_RETRIES && waited + retryAfter <= RATE_LIMIT_BUDGET_SECONDS
    if (!wanted) return false
    waited += retryAfter
    options.log?.(`GitHub rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s, as GitHub asks, before trying again.`)
    return true
  }
  const create = (token: string): GitHubClient => {
    const octokit = new LightOctokit({
      auth: token,
      baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: 'codepipeline-approval-action',
      request: { fetch: fetchWithLog },
      // 429 is a rate limit: plugin-throttling waits as long as GitHub asks, plugin-retry would not.
      retry: {
        retries: GITHUB_RETRIES,
        doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
        ...(options.retryBaseMs !== undefined && { retryAfterBaseValue: options.retryBaseMs })
      },
      throttle: {
        onRateLimit: (retryAfter, request, _octokit, retryCount) => waitOut(retryAfter, request, retryCount),
        onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => waitOut(retryAfter, request, retryCount),
        // @ts-expect-error global is read from these options like the others, but not declared
        global: unpaced,
        write: unpaced,
        search: unpaced,
        notifications: unpaced
      }
    })
    octokit.hook.before('request', () => void made++)
    // plugin-throttling waits only when the message says "secondary rate" or
    // x-ratelimit-remaining is 0; GitHub also limits with a bare 429, or a 403
    // "Forbidden" with retry-after, which take the same budget here.
    octokit.hook.wrap('request', async (request, requestOptions) => {
      for (let retryCount = 0; ; retryCount++) {
        try {
          return await request(requestOptions)
        } catch (error) {
          const retryAfter = unhandledRateLimit(error)
          if (retryAfter === undefined || !waitOut(retryAfter, requestOptions, retryCount)) throw error
          await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000))
        }
      }
    })
    return octokit
  }
  return {
    create,
    async sent() {
      // Octokit's plugins queue a request for a few milliseconds before the
      // transport sees it; wait for those made so far, within bounds.
      const deadline = performance.now() + SENT_WAIT_MS
      do await new Promise((resolve) => setImmediate(resolve))
      while (!proxied && writes.length < made && performance.now() < deadline)
      await Promise.all(writes)
    }
  }
}

/**
 * The seconds to wait for a rate limit that plugin-throttling lets through:
 * a 403 or 429 with retry-after, or a 429 without it, whose message does not
 * say "secondary rate" and whose x-ratelimit-remaining is not 0.
 */
function unhandledRateLimit(error: unknown): number | undefined {
  const { status, message, response } = (error ?? {}) as { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown> } }
  if (status !== 403 && status !== 429) return undefined
  const headers = response?.headers ?? {}
  if (/\bsecondary rate\b/i.test(String(message)) || String(headers['x-ratelimit-remaining']) === '0') return undefined
  const retryAfter = Number(headers['retry-after'])
  if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter)) return Math.max(Math.ceil(retryAfter), 0)
  return status === 429 ? UNSAID_RETRY_AFTER_SECONDS : undefined
}

/**
 * @actions/github's fetch, which honours the runner's proxy settings, with
 * the action's timeout; it loads (with its undici) on the first request.
 */
function proxyFetch(timeoutMs: number): (url: string, init?: RequestInit) => Promise<Response> {
  let proxied: Promise<typeof fetch> | undefined
  return async (url, init) => {
    proxied ??= import('@actions/github/lib/utils').then(({ defaults }) => (defaults.request?.fetch as typeof fetch | undefined) ?? fetch)
    const timeout = AbortSignal.timeout(timeoutMs)
    return (await proxied)(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout })
  }
}
