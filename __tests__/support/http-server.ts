import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { createServer as createSecureServer, type Server as SecureServer } from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import { fileURLToPath } from 'node:url'

/** The stand-ins' self-signed certificate for 127.0.0.1: a client trusts it through NODE_EXTRA_CA_CERTS (or AWS_CA_BUNDLE). */
export const STAND_IN_CA = fileURLToPath(new URL('../../__fixtures__/tls/stand-in.crt', import.meta.url))
const STAND_IN_KEY = fileURLToPath(new URL('../../__fixtures__/tls/stand-in.key', import.meta.url))

export interface ListenOptions {
  /** Sends each answer this many ms after the handler gives it, like a distant service; a request never answered stays so. */
  latencyMs?: number
  /** Serves HTTPS with STAND_IN_CA's certificate: the URL becomes https://127.0.0.1:<port>. */
  tls?: boolean
}

/** When a request arrived and when its answer was sent (performance.now()); answeredAt stays unset while it hangs. */
export interface Timing {
  arrivedAt: number
  answeredAt?: number
}

/** Starts a server on 127.0.0.1 at a free port; close() also drops requests left hanging. */
export async function listen(
  handler: (request: IncomingMessage, response: ServerResponse, timing: Timing) => void,
  options: ListenOptions = {}
): Promise<{ server: Server | SecureServer; url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>()
  const delayed = new Set<NodeJS.Timeout>()
  const latencyMs = options.latencyMs ?? 0
  const timed = (request: IncomingMessage, response: ServerResponse): void => {
    const timing: Timing = { arrivedAt: performance.now() }
    response.on('finish', () => (timing.answeredAt = performance.now()))
    if (latencyMs > 0) delayAnswer(response, latencyMs, delayed)
    handler(request, response, timing)
  }
  const server = options.tls ? createSecureServer({ cert: readFileSync(STAND_IN_CA), key: readFileSync(STAND_IN_KEY) }, timed) : createServer(timed)
  server.on('connection', (socket: Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    server,
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of delayed) clearTimeout(timer)
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      })
  }
}

/**
 * Holds back end(), which sends the answer (headers set by writeHead go out
 * with it), so a handler answers as it always does and the client sees it
 * `latencyMs` later; a handler that never calls end() still hangs.
 */
function delayAnswer(response: ServerResponse, latencyMs: number, delayed: Set<NodeJS.Timeout>): void {
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse
  response.end = ((...args: unknown[]) => {
    const due = performance.now() + latencyMs
    // Timers count whole milliseconds and may fire a fraction early: wait out the rest.
    const wait = (ms: number): void => {
      const timer = setTimeout(() => {
        delayed.delete(timer)
        const left = due - performance.now()
        if (left > 0) wait(Math.ceil(left))
        else end(...args)
      }, ms)
      delayed.add(timer)
    }
    wait(latencyMs)
    return response
  }) as ServerResponse['end']
}

/**
 * Attaches a request's timing to what a stand-in recorded of it, as a
 * property that is not enumerable, so tests comparing recorded requests with
 * toEqual see what they saw before.
 */
export function attachTiming<T extends object>(record: T, timing: Timing): T {
  Object.defineProperty(record, 'timing', { value: timing, enumerable: false })
  return record
}

export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}
