import type { IncomingMessage, ServerResponse } from 'node:http'
import { listen, readBody } from './http-server.js'
import { example, PR_AUTHOR, PR_HEAD, PR_MERGE_COMMIT, PR_NUMBER } from './payloads.js'

/**
 * A GitHub REST stand-in for the endpoints the action calls: collaborator
 * permission, team membership, pull requests, reactions and comments. It
 * checks the token, records every call, and fails on demand.
 */

export interface PullRequestRecord {
  headSha: string
  merged: boolean
  mergeCommitSha: string | null
  author: string
}

export interface GitHubState {
  token: string
  /** role_name per login; a login that is missing has no access (permission "none"). */
  roles: Record<string, string>
  /** Members of "org/slug" teams and their state. */
  teams: Record<string, Record<string, 'active' | 'pending'>>
  pulls: Record<number, PullRequestRecord>
}

export interface ReceivedCall {
  method: string
  path: string
  body?: unknown
  authorization?: string
  status: number | 'hang'
}

export interface GitHubFault {
  /** Matched against "METHOD /path". */
  route: RegExp
  status?: number
  hang?: boolean
  times: number
}

const LEGACY: Record<string, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' }
const GRANTS: Record<string, string[]> = {
  admin: ['admin', 'maintain', 'push', 'triage', 'pull'],
  maintain: ['maintain', 'push', 'triage', 'pull'],
  write: ['push', 'triage', 'pull'],
  triage: ['triage', 'pull'],
  read: ['pull']
}

export function defaultGitHubState(overrides: Partial<GitHubState> = {}): GitHubState {
  return {
    token: 'ghs_test_token',
    roles: { Codertocat: 'admin' },
    teams: {},
    pulls: { [PR_NUMBER]: { headSha: PR_HEAD, merged: false, mergeCommitSha: PR_MERGE_COMMIT, author: PR_AUTHOR } },
    ...overrides
  }
}

export class GitHubServer {
  readonly calls: ReceivedCall[] = []
  /** Called as each request arrives, before it is answered. */
  onCall?: (call: ReceivedCall) => void
  private readonly faults: GitHubFault[] = []
  private nextId = 1000

  /** http://127.0.0.1:<port>, for GITHUB_API_URL. */
  url = ''
  private stop = async (): Promise<void> => {}

  private constructor(public state: GitHubState) {}

  static async start(state = defaultGitHubState()): Promise<GitHubServer> {
    const instance = new GitHubServer(state)
    const { url, close } = await listen((request, response) => void instance.handle(request, response))
    instance.url = url
    instance.stop = close
    return instance
  }

  /** Starts over with another state: no calls, no faults. */
  reset(state = defaultGitHubState()): this {
    this.state = state
    this.calls.length = 0
    this.faults.length = 0
    this.onCall = undefined
    return this
  }

  inject(fault: GitHubFault): this {
    this.faults.push({ ...fault })
    return this
  }

  /** "METHOD /path" of every call, in order. */
  routes(): string[] {
    return this.calls.map((call) => `${call.method} ${call.path}`)
  }

  close(): Promise<void> {
    return this.stop()
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await readBody(request)
    const method = request.method ?? 'GET'
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    const call: ReceivedCall = { method, path, authorization: request.headers.authorization, status: 200 }
    if (text) call.body = JSON.parse(text)
    this.calls.push(call)
    this.onCall?.(call)

    const fault = this.faults.find((candidate) => candidate.times > 0 && candidate.route.test(`${method} ${path}`))
    if (fault) {
      fault.times -= 1
      if (fault.hang) {
        call.status = 'hang'
        return
      }
      return this.send(response, call, fault.status ?? 500, { message: 'Injected failure' })
    }

    const authorization = request.headers.authorization ?? ''
    if (authorization !== `token ${this.state.token}` && authorization !== `Bearer ${this.state.token}`) {
      return this.send(response, call, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    }
    const [status, body] = this.route(method, path, call.body)
    this.send(response, call, status, body)
  }

  private route(method: string, path: string, body: unknown): [number, unknown] {
    let match = /^\/repos\/([^/]+)\/([^/]+)\/collaborators\/([^/]+)\/permission$/.exec(path)
    if (method === 'GET' && match) {
      const login = match[3]!
      const role = this.state.roles[login]
      const granted = new Set(GRANTS[role ?? ''] ?? [])
      const permissions = Object.fromEntries(['admin', 'maintain', 'push', 'triage', 'pull'].map((name) => [name, granted.has(name)]))
      return [200, { permission: role ? (LEGACY[role] ?? 'read') : 'none', role_name: role ?? '', user: { login, type: 'User', permissions, role_name: role ?? '' } }]
    }
    match = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path)
    if (method === 'GET' && match) {
      const state = this.state.teams[`${match[1]}/${match[2]}`]?.[match[3]!]
      return state ? [200, { url: `https://api.github.com${path}`, role: 'member', state }] : notFound()
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path)
    if (method === 'GET' && match) {
      const record = this.state.pulls[Number(match[3])]
      if (!record) return notFound()
      const pull = (example('pull_request', 'opened') as { pull_request: Record<string, unknown> }).pull_request
      return [
        200,
        {
          ...pull,
          number: Number(match[3]),
          html_url: `https://github.com/${match[1]}/${match[2]}/pull/${match[3]}`,
          state: record.merged ? 'closed' : 'open',
          head: { ...(pull.head as object), sha: record.headSha },
          merged: record.merged,
          merge_commit_sha: record.mergeCommitSha,
          user: { ...(pull.user as object), login: record.author }
        }
      ]
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)\/reactions$/.exec(path)
    if (method === 'POST' && match) {
      const content = (body as { content?: string } | undefined)?.content
      return [201, { id: this.nextId++, content, user: { login: 'github-actions[bot]' } }]
    }
    match = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path)
    if (method === 'POST' && match) {
      const id = this.nextId++
      return [201, { id, body: (body as { body?: string } | undefined)?.body, html_url: `https://github.com/${match[1]}/${match[2]}/pull/${match[3]}#issuecomment-${id}` }]
    }
    return notFound()
  }

  private send(response: ServerResponse, call: ReceivedCall, status: number, body: unknown): void {
    call.status = status
    const text = JSON.stringify(body)
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
    response.end(text)
  }
}

function notFound(): [number, unknown] {
  return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }]
}
