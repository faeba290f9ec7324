// Octokit's transport over node:http and node:https. Node's own fetch loads
// its bundled undici on first use, which costs more than the requests this
// action makes; this implements only what @octokit/request's fetch-wrapper.js
// uses. It never touches the global fetch, Response, Headers or Request.

import type * as Http from 'node:http'
import * as https from 'node:https'
import { createRequire } from 'node:module'

// Required, not imported: an ES module namespace of node:http reads its lazy
// WebSocket, CloseEvent and MessageEvent exports, which load Node's undici.
const http = createRequire(import.meta.url)('node:http') as typeof Http

/** What @octokit/request passes to fetch. */
export interface NodeFetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string | ArrayBuffer | ArrayBufferView | null
  /** fetch's default, follow, is what Octokit relies on (it passes undefined). */
  redirect?: 'follow' | 'manual' | 'error'
  signal?: AbortSignal | null
  /** Sent with every body; meaningless for a body held in memory. */
  duplex?: 'half'
}

/** The parts of fetch's Headers that Octokit reads: iteration and get(). */
export interface NodeFetchHeaders extends Iterable<[string, string]> {
  get(name: string): string | null
  has(name: string): boolean
  entries(): IterableIterator<[string, string]>
}

/** The parts of fetch's Response that Octokit reads; the body is read in full before it resolves. */
export interface NodeFetchResponse {
  readonly status: number
  readonly statusText: string
  readonly ok: boolean
  /** The URL that answered, after redirects. */
  readonly url: string
  readonly redirected: boolean
  readonly headers: NodeFetchHeaders
  /** Octokit reads it only with parseSuccessResponseBody: false. */
  readonly body: ReadableStream<Uint8Array> | null
  text(): Promise<string>
  json(): Promise<unknown>
  arrayBuffer(): Promise<ArrayBuffer>
}

export type NodeFetch = (url: string | URL, init?: NodeFetchInit) => Promise<NodeFetchResponse>

export interface NodeFetchOptions {
  /** Each call gives up after this long: connecting, redirects and the whole answer. */
  timeoutMs: number
  /** Called as each request goes out, with a promise of its being written (or failing). */
  onSending?(written: Promise<void>): void
  /** For both agents; `ca` (tests) replaces Node's CA store rather than adding to it. */
  agentOptions?: https.AgentOptions
}

/**
 * Named like the error of AbortSignal.timeout(), which the fetch-based client
 * used: @octokit/request turns any rejection but an AbortError into a
 * RequestError with status 500, which plugin-retry retries.
 */
export class RequestTimeoutError extends Error {
  override name = 'TimeoutError'

  constructor(readonly timeoutMs: number) {
    super(`timed out after ${timeoutMs} ms`)
  }
}

const MAX_REDIRECTS = 20
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])
/** RFC 9110 §9.2.2: only these may be sent again without asking. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS'])
const BODY_HEADERS = new Set(['content-length', 'content-type', 'content-encoding', 'content-language', 'content-location'])
/** What fetch drops when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie'])
/** As http.globalAgent: an idle connection is closed after 5 s (sooner if the server says so). */
const IDLE_SOCKET_MS = 5_000

interface Outgoing {
  url: URL
  method: string
  headers: Record<string, string>
  body: Buffer | undefined
}

interface Agents {
  http: Http.Agent
  https: https.Agent
}

interface Answer {
  status: number
  statusText: string
  headers: NodeJS.Dict<string[]>
  bytes: Buffer
}

/**
 * A fetch for Octokit's `request.fetch` over node:http and node:https.
 * Connections are kept alive between calls (one TLS handshake per host) and,
 * once idle, do not keep the process alive: Node's agent unrefs free sockets.
 */
export function createNodeHttpFetch(options: NodeFetchOptions): NodeFetch {
  const agentOptions = { keepAlive: true, scheduling: 'lifo' as const, timeout: IDLE_SOCKET_MS, ...options.agentOptions }
  const agents: Agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) }

  return async (input, init = {}) => {
    const signal = init.signal ?? undefined
    signal?.throwIfAborted()
    const cancel = cancellation(options.timeoutMs, signal)
    try {
      return await Promise.race([follow(outgoing(input, init), init.redirect ?? 'follow', agents, cancel, options.onSending), cancel.cancelled])
    } finally {
      cancel.dispose()
    }
  }
}

interface Cancellation {
  /** Rejects with the timeout or the abort reason, whichever comes first. */
  cancelled: Promise<never>
  /** Cancelled, or disposed of once the call settled. */
  isOver(): boolean
  /** The request in flight, destroyed (with its socket) on cancellation. */
  track(request: Http.ClientRequest): void
  dispose(): void
}

function cancellation(timeoutMs: number, signal: AbortSignal | undefined): Cancellation {
  let current: Http.ClientRequest | undefined
  let over = false
  let reject!: (reason: unknown) => void
  const cancelled = new Promise<never>((_resolve, rejectWith) => {
    reject = rejectWith
  })
  const onAbort = () => cancel(signal?.reason)
  const timer = setTimeout(() => cancel(new RequestTimeoutError(timeoutMs)), timeoutMs)
  signal?.addEventListener('abort', onAbort, { once: true })

  function dispose(): void {
    over = true
    clearTimeout(timer)
    signal?.removeEventListener('abort', onAbort)
  }
  function cancel(reason: unknown): void {
    if (over) return
    dispose()
    reject(reason)
    current?.destroy()
  }
  return {
    cancelled,
    isOver: () => over,
    track: (request) => {
      current = request
      if (over) request.destroy()
    },
    dispose
  }
}

function outgoing(input: string | URL, init: NodeFetchInit): Outgoing {
  const url = new URL(String(input))
  url.hash = ''
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`Cannot fetch ${url.protocol} URLs`)
  const method = init.method ?? 'GET'
  const body = bytesOf(init.body)
  const headers = { ...init.headers }
  const named = new Set(Object.keys(headers).map((name) => name.toLowerCase()))
  // As fetch: a length for every body, and 0 for a bodyless write (GitHub asks for it on PUT).
  if (!named.has('content-length') && (body || ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()))) {
    headers['content-length'] = String(body?.length ?? 0)
  }
  return { url, method, headers, body }
}

function bytesOf(body: NodeFetchInit['body']): Buffer | undefined {
  if (body === undefined || body === null) return undefined
  if (typeof body === 'string') return Buffer.from(body, 'utf8')
  if (body instanceof ArrayBuffer) return Buffer.from(body)
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength)
  throw new TypeError('Only a string, an ArrayBuffer or a typed array can be sent as a body')
}

/** fetch's redirect handling (WHATWG fetch, HTTP-redirect fetch). */
async function follow(
  request: Outgoing,
  mode: 'follow' | 'manual' | 'error',
  agents: Agents,
  cancel: Cancellation,
  onSending: NodeFetchOptions['onSending']
): Promise<NodeFetchResponse> {
  for (let redirects = 0; ; redirects++) {
    const answer = await exchange(request, agents, cancel, onSending)
    const location = REDIRECT_STATUSES.has(answer.status) ? answer.headers.location?.[0] : undefined
    if (location === undefined || mode === 'manual') return response(answer, request, redirects > 0)
    if (mode === 'error') throw new TypeError(`${request.url.href} redirects to ${location}, and redirect is "error"`)
    if (redirects === MAX_REDIRECTS) throw new TypeError(`More than ${MAX_REDIRECTS} redirects from ${request.url.href}`)
    request = redirected(request, answer.status, new URL(location, request.url))
  }
}

function redirected(request: Outgoing, status: number, url: URL): Outgoing {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`${request.url.href} redirects to a ${url.protocol} URL`)
  url.hash = ''
  const toGet = (status === 303 && request.method !== 'GET' && request.method !== 'HEAD') || ((status === 301 || status === 302) && request.method === 'POST')
  const crossOrigin = url.origin !== request.url.origin
  const headers = Object.fromEntries(
    Object.entries(request.headers).filter(([name]) => !(toGet && BODY_HEADERS.has(name.toLowerCase())) && !(crossOrigin && CREDENTIAL_HEADERS.has(name.toLowerCase())))
  )
  return toGet ? { url, method: 'GET', headers, body: undefined } : { ...request, url, headers }
}

/** One request and its whole answer; once more on a fresh connection if a kept-alive one turns out closed. */
function exchange(request: Outgoing, agents: Agents, cancel: Cancellation, onSending: NodeFetchOptions['onSending'], retried = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const { url, method, headers, body } = request
    const client = url.protocol === 'https:' ? { request: https.request, agent: agents.https } : { request: http.request, agent: agents.http }
    const outgoing = client.request(url, { method, headers, agent: client.agent })
    cancel.track(outgoing)
    onSending?.(new Promise((written) => outgoing.once('finish', written).once('close', written)))
    let answered = false
    outgoing.on('error', (error: NodeJS.ErrnoException) => {
      // The server closed an idle connection as this request went out on it.
      const stale = !answered && !retried && outgoing.reusedSocket && error.code === 'ECONNRESET' && IDEMPOTENT_METHODS.has(method.toUpperCase())
      if (stale && !cancel.isOver()) resolve(exchange(request, agents, cancel, onSending, true))
      else reject(error)
    })
    outgoing.on('response', (incoming) => {
      answered = true
      const chunks: Buffer[] = []
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
      incoming.on('error', reject)
      incoming.on('close', () => {
        if (!incoming.complete) reject(new Error(`The connection to ${url.host} closed before the answer was complete`))
      })
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, statusText: incoming.statusMessage ?? '', headers: incoming.headersDistinct, bytes: Buffer.concat(chunks) })
      )
    })
    outgoing.end(body)
  })
}

function response(answer: Answer, request: Outgoing, redirected: boolean): NodeFetchResponse {
  const { status, bytes } = answer
  const nullBody = request.method.toUpperCase() === 'HEAD' || NULL_BODY_STATUSES.has(status)
  const text = async () => {
    const decoded = bytes.toString('utf8')
    // fetch's UTF-8 decode drops a byte order mark.
    return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded
  }
  return {
    status,
    statusText: answer.statusText,
    ok: status >= 200 && status <= 299,
    url: request.url.href,
    redirected,
    headers: responseHeaders(answer.headers),
    get body() {
      if (nullBody) return null
      return new ReadableStream<Uint8Array>({
        start(controller) {
          if (bytes.length > 0) controller.enqueue(new Uint8Array(bytes))
          controller.close()
        }
      })
    },
    text,
    json: async () => JSON.parse(await text()) as unknown,
    arrayBuffer: async () => new Uint8Array(bytes).buffer
  }
}

/** As fetch's Headers: lower-case names in order, repeated fields joined with ", ", set-cookie one by one. */
function responseHeaders(fields: NodeJS.Dict<string[]>): NodeFetchHeaders {
  const values = (name: string) => fields[name.toLowerCase()]
  function* entries(): IterableIterator<[string, string]> {
    for (const name of Object.keys(fields).sort()) {
      const all = fields[name] ?? []
      if (name === 'set-cookie') for (const value of all) yield [name, value]
      else yield [name, all.join(', ')]
    }
  }
  return {
    get: (name) => values(name)?.join(', ') ?? null,
    has: (name) => values(name) !== undefined,
    entries,
    [Symbol.iterator]: entries
  }
}
