import type { IncomingMessage, ServerResponse } from 'node:http'
import { attachTiming, listen, readBody, type ListenOptions, type Timing } from './http-server.js'
import { example, PR_AUTHOR, PR_HEAD, PR_MERGE_COMMIT, PR_NUMBER } from './payloads.js'

/**
 * A GitHub REST stand-in for the endpoints the action calls: collaborator
 * permission, team membership, pull requests (their commits, timeline and
 * label events), the pull requests of a commit, reactions, comments, labels
 * and commit statuses. Comments, labels and statuses are kept as state, so a
 * test checks what a person would see. It checks the token, records every
 * call, pages lists like GitHub (`per_page`, `page`), and fails on demand.
 */

export interface LabelEvent {
  event: 'labeled' | 'unlabeled'
  label: string
  actor: string
  created_at: string
}

export interface PullRequestRecord {
  headSha: string
  merged: boolean
  mergeCommitSha: string | null
  author: string
  /** The pull request's commits, oldest first; default: the head alone. GitHub lists the first 250. */
  commits?: string[]
  /** Who wrote each commit, by SHA (GitHub's commit author login, null for an e-mail no account has); default: the pull request's author. */
  commitAuthors?: Record<string, string | null>
  /** Who committed each commit, by SHA; default: its author. */
  commitCommitters?: Record<string, string | null>
  /** When each commit was committed (the committer date Git records), by SHA; default: no date. */
  commitDates?: Record<string, string>
  /** Who merged it, once merged. */
  mergedBy?: string
  labels?: string[]
  /** The issue events API: who added and removed labels, and when. */
  labelEvents?: LabelEvent[]
  /** Other timeline events, such as head_ref_force_pushed. */
  timeline?: { event: string; created_at: string; actor?: string }[]
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  user: string
  createdAt: string
  updatedAt: string
}

export interface StatusRecord {
  sha: string
  state: string
  context: string
  description?: string
  target_url?: string
}

/** A custom repository role: its own name, and the base role whose flags it grants. */
export interface CustomRole {
  name: string
  base: 'read' | 'triage' | 'write' | 'maintain' | 'admin'
}

export interface GitHubState {
  token: string
  /** Tokens other than `token` that GitHub accepts, with what each may do. */
  otherTokens: Record<string, { teamsOnly?: boolean }>
  /** role_name per login, or a custom role; a login that is missing has no access (permission "none"). */
  roles: Record<string, string | CustomRole>
  /** Logins GitHub answers 404 for (as for a token that cannot see them). */
  unseen: string[]
  /** Members of "org/slug" teams and their state. */
  teams: Record<string, Record<string, 'active' | 'pending'>>
  pulls: Record<number, PullRequestRecord>
  comments: CommentRecord[]
  statuses: StatusRecord[]
  /** Who the token posts as. */
  tokenOwner: string
  /** Commits of other repositories (a pipeline's other sources): GitHub answers 422 for them here. */
  foreignCommits?: string[]
}

export interface ReceivedCall {
  method: string
  path: string
  query?: Record<string, string>
  body?: unknown
  authorization?: string
  status: number | 'hang'
  /** When it arrived and was answered; not enumerable, so toEqual on calls ignores it. */
  readonly timing?: Timing
}

export interface GitHubFault {
  /** Matched against "METHOD /path". */
  route: RegExp
  status?: number
  hang?: boolean
  /** Response headers, such as retry-after or x-ratelimit-remaining. */
  headers?: Record<string, string>
  /** The error body's message (GitHub's words decide how Octokit reads it). */
  message?: string
  times: number
}

const LEGACY: Record<string, string> = { admin: 'admin', maintain: 'write', write: 'write', triage: 'read', read: 'read' }
const GRANTS = new Map<string, string[]>([
  ['admin', ['admin', 'maintain', 'push', 'triage', 'pull']],
  ['maintain', ['maintain', 'push', 'triage', 'pull']],
  ['write', ['push', 'triage', 'pull']],
  ['triage', ['triage', 'pull']],
  ['read', ['pull']]
])
const BOT = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

/** GitHub's secondary rate limit, as it answers it. */
export function secondaryRateLimit(route: RegExp, retryAfterSeconds: number, times = 1): GitHubFault {
  return {
    route,
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    times
  }
}

/**
 * A rate limit in other words than "secondary rate": 429 "Too many requests"
 * (with retry-after, or without when `retryAfterSeconds` is undefined), or
 * 403 "Forbidden" with retry-after. GitHub answers both; GitHub's docs say
 * to wait retry-after, else at least a minute.
 */
export function tooManyRequests(route: RegExp, retryAfterSeconds: number | undefined, times = 1, status: 403 | 429 = 429): GitHubFault {
  return {
    route,
    status,
    ...(retryAfterSeconds !== undefined && { headers: { 'retry-after': String(retryAfterSeconds) } }),
    message: status === 429 ? 'Too many requests' : 'Forbidden',
    times
  }
}

/** A spent primary rate limit that resets `resetInSeconds` from now. */
export function primaryRateLimit(route: RegExp, resetInSeconds: number, times = 1): GitHubFault {
  return {
    route,
    status: 403,
    headers: {
      'x-ratelimit-limit': '1000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '1000',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + resetInSeconds)
    },
    message: 'API rate limit exceeded for installation ID 1234.',
    times
  }
}

export function defaultGitHubState(overrides: Partial<GitHubState> = {}): GitHubState {
  return {
    token: 'ghs_test_token',
    otherTokens: {},
    roles: { Codertocat: 'admin' },
    unseen: [],
    teams: {},
    pulls: { [PR_NUMBER]: { headSha: PR_HEAD, merged: false, mergeCommitSha: PR_MERGE_COMMIT, author: PR_AUTHOR } },
    comments: [],
    statuses: [],
    tokenOwner: BOT.login,
    ...overrides
  }
}

export class GitHubServer {
  readonly calls: ReceivedCall[] = []
  /** Called as each request arrives, before it is answered. */
  onCall?: (call: ReceivedCall) => void
  private readonly faults: GitHubFault[] = []
  private nextId = 1000

  /** http://127.0.0.1:<port> (https:// with tls), for GITHUB_API_URL. */
  url = ''
  private stop = async (): Promise<void> => {}

  private constructor(public state: GitHubState) {}

  static async start(state = defaultGitHubState(), options: ListenOptions = {}): Promise<GitHubServer> {
    const instance = new GitHubServer(state)
    const { url, close } = await listen((request, response, timing) => void instance.handle(request, response, timing), options)
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

  /** The comments on an issue or pull request, oldest first. */
  commentsOn(issueNumber: number): CommentRecord[] {
    return this.state.comments.filter((comment) => comment.issueNumber === issueNumber)
  }

  /** The latest status of each context on a commit. */
  statusesOf(sha: string): StatusRecord[] {
    const latest = new Map<string, StatusRecord>()
    for (const status of this.state.statuses) if (status.sha === sha) latest.set(status.context, status)
    return [...latest.values()]
  }

  close(): Promise<void> {
    return this.stop()
  }

  private async handle(request: IncomingMessage, response: ServerResponse, timing: Timing): Promise<void> {
    const text = await readBody(request)
    const method = request.method ?? 'GET'
    const url = new URL(request.url ?? '/', 'http://localhost')
    const path = decodeURIComponent(url.pathname)
    const call: ReceivedCall = attachTiming({ method, path, authorization: request.headers.authorization, status: 200 }, timing)
    if (url.search) call.query = Object.fromEntries(url.searchParams)
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
      return this.send(response, call, fault.status ?? 500, { message: fault.message ?? 'Injected failure' }, fault.headers)
    }

    const authorization = request.headers.authorization ?? ''
    const token = /^(?:token|Bearer) (.+)$/.exec(authorization)?.[1] ?? ''
    const other = this.state.otherTokens[token]
    if (token !== this.state.token && !other) {
      return this.send(response, call, 401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' })
    }
    if (other?.teamsOnly && !path.startsWith('/orgs/')) {
      return this.send(response, call, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' })
    }
    const [status, body] = this.route(method, path, call.body, url.searchParams)
    this.send(response, call, status, body)
  }

  private route(method: string, path: string, body: unknown, query: URLSearchParams): [number, unknown] {
    const input = (body ?? {}) as Record<string, unknown>
    const repoPath = /^\/repos\/([^/]+)\/([^/]+)(\/.*)$/.exec(path)
    const teamPath = /^\/orgs\/([^/]+)\/teams\/([^/]+)\/memberships\/([^/]+)$/.exec(path)
    if (method === 'GET' && teamPath) {
      const state = this.state.teams[`${teamPath[1]}/${teamPath[2]}`]?.[teamPath[3]!]
      return state ? [200, { url: `https://api.github.com${path}`, role: 'member', state }] : notFound()
    }
    if (method === 'GET' && path === '/user') {
      // A user's token says who it is; an installation token (GITHUB_TOKEN, an app's) may not ask.
      const login = this.state.tokenOwner
      if (login.endsWith('[bot]')) return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' }]
      return [200, { login, id: 583231, type: 'User' }]
    }
    if (!repoPath) return notFound()
    const [, owner, repo, rest] = repoPath as unknown as [string, string, string, string]
    let match: RegExpExecArray | null

    if (method === 'GET' && (match = /^\/collaborators\/([^/]+)\/permission$/.exec(rest))) {
      const login = match[1]!
      if (this.state.unseen.includes(login)) return notFound()
      const assigned = Object.hasOwn(this.state.roles, login) ? this.state.roles[login] : undefined
      const custom = typeof assigned === 'object' ? assigned : undefined
      const roleName = custom?.name ?? (assigned as string | undefined) ?? ''
      const base = custom?.base ?? roleName
      const granted = new Set(GRANTS.get(base) ?? [])
      const permissions = Object.fromEntries(['admin', 'maintain', 'push', 'triage', 'pull'].map((name) => [name, granted.has(name)]))
      const legacy = Object.hasOwn(LEGACY, base) ? LEGACY[base] : assigned ? 'read' : 'none'
      return [200, { permission: legacy, role_name: roleName, user: { login, type: 'User', permissions, role_name: roleName } }]
    }

    if (method === 'GET' && (match = /^\/commits\/([0-9a-f]{7,40})\/pulls$/.exec(rest))) {
      const sha = match[1]!
      if (this.foreign(sha)) return [422, { message: `No commit found for SHA: ${sha}`, documentation_url: 'https://docs.github.com/rest', status: '422' }]
      const found = Object.entries(this.state.pulls).filter(
        ([, record]) => record.headSha.startsWith(sha) || (record.merged && record.mergeCommitSha?.startsWith(sha)) || (record.commits ?? []).some((commit) => commit.startsWith(sha))
      )
      // pull-request-simple: no merged, no merged_by.
      return [200, this.page(found.map(([number, record]) => this.pullRequest(owner, repo, Number(number), record, true)), query)]
    }

    match = /^\/pulls\/(\d+)(\/commits)?$/.exec(rest)
    if (method === 'GET' && match) {
      const number = Number(match[1])
      const record = this.state.pulls[number]
      if (!record) return notFound()
      if (match[2]) {
        const account = (login: string | null) => (login === null ? null : { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' })
        // GitHub lists at most 250 commits of a pull request, and says nothing of the rest.
        const commits = (record.commits ?? [record.headSha]).slice(0, 250).map((sha) => {
          const author = record.commitAuthors && Object.hasOwn(record.commitAuthors, sha) ? record.commitAuthors[sha]! : record.author
          const committer = record.commitCommitters && Object.hasOwn(record.commitCommitters, sha) ? record.commitCommitters[sha]! : author
          const date = record.commitDates?.[sha]
          return {
            sha,
            commit: { message: `Commit ${sha.slice(0, 7)}`, ...(date && { committer: { name: 'Someone', email: 'someone@example.com', date } }) },
            author: account(author),
            committer: account(committer)
          }
        })
        return [200, this.page(commits, query)]
      }
      return [200, this.pullRequest(owner, repo, number, record, false)]
    }

    if (method === 'GET' && (match = /^\/issues\/(\d+)\/(events|timeline)$/.exec(rest))) {
      const record = this.state.pulls[Number(match[1])]
      if (!record) return notFound()
      const labelEvents = (record.labelEvents ?? []).map((event, index) => ({
        id: 5000 + index,
        event: event.event,
        actor: { login: event.actor, type: event.actor.endsWith('[bot]') ? 'Bot' : 'User' },
        label: { name: event.label, color: 'ededed' },
        created_at: event.created_at
      }))
      // Both APIs list force-pushes and base changes; only the timeline also lists commits and comments, which no caller reads.
      const others = (record.timeline ?? []).map((event) => ({ event: event.event, actor: { login: event.actor ?? 'someone' }, created_at: event.created_at }))
      const all = [...labelEvents, ...others].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))
      return [200, this.page(all, query)]
    }

    if (method === 'POST' && /^\/issues\/comments\/\d+\/reactions$/.test(rest)) {
      return [201, { id: this.nextId++, content: input.content, user: BOT }]
    }

    if ((match = /^\/issues\/(\d+)\/comments$/.exec(rest))) {
      const issueNumber = Number(match[1])
      if (method === 'GET') return [200, this.page(this.commentsOn(issueNumber).map((comment) => this.comment(owner, repo, comment)), query)]
      if (method === 'POST') {
        const now = new Date().toISOString()
        const record: CommentRecord = { id: this.nextId++, issueNumber, body: String(input.body ?? ''), user: this.state.tokenOwner, createdAt: now, updatedAt: now }
        this.state.comments.push(record)
        return [201, this.comment(owner, repo, record)]
      }
    }

    if ((match = /^\/issues\/comments\/(\d+)$/.exec(rest))) {
      const record = this.state.comments.find((comment) => comment.id === Number(match![1]))
      if (!record) return notFound()
      if (method === 'PATCH') {
        record.body = String(input.body ?? record.body)
        record.updatedAt = new Date().toISOString()
      }
      if (method === 'PATCH' || method === 'GET') return [200, this.comment(owner, repo, record)]
    }

    if (method === 'DELETE' && (match = /^\/issues\/(\d+)\/labels\/(.+)$/.exec(rest))) {
      const record = this.state.pulls[Number(match[1])]
      const name = match[2]!
      if (!record?.labels?.some((label) => label.toLowerCase() === name.toLowerCase())) return notFound('Label does not exist')
      record.labels = record.labels.filter((label) => label.toLowerCase() !== name.toLowerCase())
      record.labelEvents = [...(record.labelEvents ?? []), { event: 'unlabeled', label: name, actor: this.state.tokenOwner, created_at: new Date().toISOString() }]
      return [200, record.labels.map((label) => ({ name: label }))]
    }

    if (method === 'POST' && (match = /^\/statuses\/([0-9a-f]{40})$/.exec(rest))) {
      if (this.foreign(match[1]!)) return unprocessable(`No commit found for SHA: ${match[1]}`)
      const state = String(input.state ?? '')
      if (!['error', 'failure', 'pending', 'success'].includes(state)) return unprocessable('state is not included in the list')
      if (typeof input.description === 'string' && input.description.length > 140) return unprocessable('description is too long (maximum is 140 characters)')
      if (typeof input.context === 'string' && input.context.length > 255) return unprocessable('context is too long (maximum is 255 characters)')
      const record: StatusRecord = {
        sha: match[1]!,
        state,
        context: String(input.context ?? 'default'),
        ...(typeof input.description === 'string' && { description: input.description }),
        ...(typeof input.target_url === 'string' && { target_url: input.target_url })
      }
      this.state.statuses.push(record)
      return [201, { id: this.nextId++, url: `https://api.github.com${path}`, ...record, creator: BOT }]
    }

    if (method === 'GET' && (match = /^\/commits\/([0-9a-f]{40})\/statuses$/.exec(rest))) {
      return [200, this.page(this.state.statuses.filter((status) => status.sha === match![1]).reverse(), query)]
    }

    return notFound()
  }

  private foreign(sha: string): boolean {
    return (this.state.foreignCommits ?? []).some((commit) => commit.startsWith(sha))
  }

  private pullRequest(owner: string, repo: string, number: number, record: PullRequestRecord, simple: boolean): Record<string, unknown> {
    const pull = (example('pull_request', 'opened') as { pull_request: Record<string, unknown> }).pull_request
    const full: Record<string, unknown> = {
      ...pull,
      number,
      url: `https://api.github.com/repos/${owner}/${repo}/pulls/${number}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${number}`,
      state: record.merged ? 'closed' : 'open',
      head: { ...(pull.head as object), sha: record.headSha },
      merged: record.merged,
      merge_commit_sha: record.mergeCommitSha,
      commits: (record.commits ?? [record.headSha]).length,
      merged_by: record.merged && record.mergedBy ? { login: record.mergedBy, type: record.mergedBy.endsWith('[bot]') ? 'Bot' : 'User' } : null,
      user: { ...(pull.user as object), login: record.author },
      labels: (record.labels ?? []).map((name) => ({ name, color: 'ededed' }))
    }
    if (simple) {
      delete full.merged
      delete full.merged_by
      delete full.mergeable
      delete full.comments
      delete full.commits
    }
    return full
  }

  private comment(owner: string, repo: string, record: CommentRecord): Record<string, unknown> {
    return {
      id: record.id,
      body: record.body,
      user: { login: record.user, type: record.user.endsWith('[bot]') ? 'Bot' : 'User' },
      html_url: `https://github.com/${owner}/${repo}/pull/${record.issueNumber}#issuecomment-${record.id}`,
      created_at: record.createdAt,
      updated_at: record.updatedAt
    }
  }

  /** GitHub's paging: per_page (default 30, at most 100) and page from 1. */
  private page<T>(items: T[], query: URLSearchParams): T[] {
    const perPage = Math.min(Number(query.get('per_page') ?? 30) || 30, 100)
    const page = Math.max(Number(query.get('page') ?? 1) || 1, 1)
    return items.slice((page - 1) * perPage, page * perPage)
  }

  private send(response: ServerResponse, call: ReceivedCall, status: number, body: unknown, headers: Record<string, string> = {}): void {
    call.status = status
    const text = JSON.stringify(body)
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers })
    response.end(text)
  }
}

function notFound(message = 'Not Found'): [number, unknown] {
  return [404, { message, documentation_url: 'https://docs.github.com/rest', status: '404' }]
}

function unprocessable(message: string): [number, unknown] {
  return [422, { message: 'Validation Failed', errors: [{ resource: 'Status', code: 'custom', message }], documentation_url: 'https://docs.github.com/rest' }]
}
