import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { connect } from 'node:net'
import { listen } from '../support/http-server.js'
import { GitHubServer, primaryRateLimit, secondaryRateLimit, tooManyRequests } from '../support/github-server.js'
import { PR_HEAD } from '../support/payloads.js'

// GITHUB_API_URL says where GitHub is, as on a runner.
const server = await GitHubServer.start()
process.env.GITHUB_API_URL = server.url
const { createGitHubClients } = await import('../../src/github/client.js')
const { completePullRequest } = await import('../../src/github/pull-request.js')
const { describeGitHubFailure } = await import('../../src/github/errors.js')

/** One client, as a run creates it (no proxy configured unless `env` says so). */
const createGitHubClient = (token: string, options: Parameters<typeof createGitHubClients>[0] = {}) =>
  createGitHubClients({ env: { GITHUB_API_URL: server.url }, ...options }).create(token)

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const fast = { requestTimeoutMs: 300, retryBaseMs: 10 }

beforeEach(() => {
  server.reset()
})

afterAll(() => server.close())

describe('createGitHubClient', () => {
  it('calls GITHUB_API_URL with the token', async () => {
    const { data } = await createGitHubClient('ghs_test_token').rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' })
    expect(data.role_name).toBe('admin')
    expect(server.calls).toEqual([
      {
        method: 'GET',
        path: '/repos/Codertocat/Hello-World/collaborators/Codertocat/permission',
        authorization: 'token ghs_test_token',
        status: 200
      }
    ])
  })

  it('retries 5xx with backoff', async () => {
    server.inject({ route: /permission$/, status: 502, times: 2 })
    await createGitHubClient('ghs_test_token', fast).rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' })
    expect(server.calls.map((call) => call.status)).toEqual([502, 502, 200])
  })

  it('times out a request that never answers, and retries it', async () => {
    server.inject({ route: /permission$/, hang: true, times: 1 })
    const { data } = await createGitHubClient('ghs_test_token', fast).rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' })
    expect(data.role_name).toBe('admin')
    expect(server.calls.map((call) => call.status)).toEqual(['hang', 200])
  })

  it('gives up after three attempts when every one hangs', async () => {
    server.inject({ route: /permission$/, hang: true, times: 5 })
    await expect(
      createGitHubClient('ghs_test_token', fast).rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' })
    ).rejects.toMatchObject({ status: 500 })
    expect(server.calls).toHaveLength(3)
  })

  it('does not retry a refusal', async () => {
    await expect(createGitHubClient('wrong', fast).rest.pulls.get({ ...repo, pull_number: 2 })).rejects.toMatchObject({ status: 401 })
    expect(server.calls).toHaveLength(1)
  })
})

describe('createGitHubClient and rate limits', () => {
  const permission = (client: ReturnType<typeof createGitHubClient>) => client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' })
  const statuses = () => server.calls.map((call) => call.status)

  it('waits out a secondary limit as long as GitHub asks, twice at most per request', async () => {
    const log: string[] = []
    server.inject(secondaryRateLimit(/permission$/, 1, 3))
    await expect(permission(createGitHubClient('ghs_test_token', { ...fast, log: (message) => log.push(message) }))).rejects.toMatchObject({ status: 403 })
    expect(statuses()).toEqual([403, 403, 403])
    expect(log).toEqual([
      'GitHub rate limit on GET /repos/{owner}/{repo}/collaborators/{username}/permission: waiting 1 s, as GitHub asks, before trying again.',
      'GitHub rate limit on GET /repos/{owner}/{repo}/collaborators/{username}/permission: waiting 1 s, as GitHub asks, before trying again.'
    ])
  })

  it('waits out a 429 "Too many requests" with retry-after, which does not say "secondary rate"', async () => {
    const log: string[] = []
    server.inject(tooManyRequests(/permission$/, 1))
    const started = Date.now()
    const { data } = await permission(createGitHubClient('ghs_test_token', { ...fast, log: (message) => log.push(message) }))
    expect(data.role_name).toBe('admin')
    expect(statuses()).toEqual([429, 200])
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000)
    expect(log).toEqual(['GitHub rate limit on GET /repos/{owner}/{repo}/collaborators/{username}/permission: waiting 1 s, as GitHub asks, before trying again.'])
  })

  it('waits out a 403 "Forbidden" with retry-after, twice at most per request', async () => {
    server.inject(tooManyRequests(/permission$/, 1, 3, 403))
    await expect(permission(createGitHubClient('ghs_test_token', fast))).rejects.toMatchObject({ status: 403 })
    expect(statuses()).toEqual([403, 403, 403])
  })

  it('shares one budget between requests, then fails at once saying "rate limit" and when it lifts', async () => {
    const client = createGitHubClient('ghs_test_token', fast)
    server.inject(tooManyRequests(/permission$/, 1))
    await permission(client)
    server.calls.length = 0
    // 59 s would fit in a fresh budget of 60 s; 1 s of it is spent.
    server.inject(tooManyRequests(/permission$/, 60))
    const started = Date.now()
    const error = await permission(client).then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(statuses()).toEqual([429])
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(describeGitHubFailure(error)).toMatch(/^GitHub's secondary rate limit for the token is spent until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(HTTP 429\); run the job again after that$/)
  })

  it('waits a minute for a 429 without retry-after, as GitHub advises, so a spent budget fails it at once', async () => {
    const client = createGitHubClient('ghs_test_token', fast)
    server.inject(tooManyRequests(/permission$/, 1))
    await permission(client)
    server.calls.length = 0
    server.inject(tooManyRequests(/permission$/, undefined))
    await expect(permission(client)).rejects.toMatchObject({ status: 429 })
    expect(statuses()).toEqual([429])
  })

  it('never makes a cosmetic call wait for a 429', async () => {
    server.inject(tooManyRequests(/reactions$/, 1))
    await expect(
      createGitHubClient('ghs_test_token', fast).rest.reactions.createForIssueComment({ ...repo, comment_id: 1, content: 'eyes', request: { retries: 0 } })
    ).rejects.toMatchObject({ status: 429 })
    expect(statuses()).toEqual([429])
  })

  it('does not retry a 403 that is a missing permission', async () => {
    server.inject({ route: /permission$/, status: 403, message: 'Resource not accessible by integration', times: 2 })
    await expect(permission(createGitHubClient('ghs_test_token', fast))).rejects.toMatchObject({ status: 403 })
    expect(statuses()).toEqual([403])
  })

  it('does not wait for a limit that outlasts what a run may wait, nor retry it as a failure', async () => {
    server.inject(primaryRateLimit(/permission$/, 3600, 5))
    const started = Date.now()
    await expect(permission(createGitHubClient('ghs_test_token', fast))).rejects.toMatchObject({ status: 403 })
    expect(statuses()).toEqual([403])
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('never makes a cosmetic call (tried once) wait', async () => {
    server.inject(secondaryRateLimit(/reactions$/, 1))
    await expect(
      createGitHubClient('ghs_test_token', fast).rest.reactions.createForIssueComment({ ...repo, comment_id: 1, content: 'eyes', request: { retries: 0 } })
    ).rejects.toMatchObject({ status: 403 })
    expect(statuses()).toEqual([403])
  })

  it('logs each request at debug level: method, path, status and duration, never the token', async () => {
    const debug: string[] = []
    await permission(createGitHubClient('ghs_test_token', { ...fast, debug: (message) => debug.push(message) }))
    expect(debug).toEqual([expect.stringMatching(/^GitHub GET \/repos\/Codertocat\/Hello-World\/collaborators\/Codertocat\/permission: HTTP 200 in \d+ ms$/)])
  })
})

describe('createGitHubClients and proxies', () => {
  it('goes straight over node:http when no proxy is configured, and says when its requests are on the wire, before GitHub answers', async () => {
    const slow = await GitHubServer.start(undefined, { latencyMs: 300 })
    try {
      const factory = createGitHubClients({ env: { GITHUB_API_URL: slow.url } })
      let answered = false
      const request = factory
        .create('ghs_test_token')
        .rest.pulls.get({ ...repo, pull_number: 2 })
        .then((response) => ((answered = true), response))
      await factory.sent()
      // Written: GitHub gets it without the client doing more, while its answer is still on the way.
      await new Promise((resolve) => setTimeout(resolve, 20))
      expect(slow.routes()).toEqual(['GET /repos/Codertocat/Hello-World/pulls/2'])
      expect(answered).toBe(false)
      expect((await request).data.head.sha).toBe(PR_HEAD)
    } finally {
      await slow.close()
    }
  })

  it("falls back to @actions/github's proxy-aware client when the runner sets a proxy, and its requests go through it", async () => {
    // A CONNECT proxy that knows one name: github.test, which is the stand-in.
    const tunnels: string[] = []
    const proxy = await listen((_request, response) => response.writeHead(405).end())
    proxy.server.on('connect', (request, client) => {
      tunnels.push(String(request.url))
      const upstream = connect(Number(new URL(server.url).port), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        upstream.pipe(client)
        client.pipe(upstream)
      })
    })
    const apiUrl = server.url.replace('127.0.0.1', 'github.test')
    // @actions/github reads both when it loads, as on a runner.
    const saved = { api: process.env.GITHUB_API_URL, proxy: process.env.HTTP_PROXY }
    Object.assign(process.env, { GITHUB_API_URL: apiUrl, HTTP_PROXY: proxy.url })
    try {
      const client = createGitHubClients({ env: { GITHUB_API_URL: apiUrl, HTTP_PROXY: proxy.url } }).create('ghs_test_token')
      const { data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'Codertocat' })
      expect(data.role_name).toBe('admin')
      expect(tunnels).toEqual([`github.test:${new URL(server.url).port}`])
    } finally {
      Object.assign(process.env, { GITHUB_API_URL: saved.api })
      if (saved.proxy === undefined) delete process.env.HTTP_PROXY
      else process.env.HTTP_PROXY = saved.proxy
      await proxy.close()
    }
  })
})

describe('completePullRequest', () => {
  it('reads the head of a pull request a comment was made on, once', async () => {
    const pr = await completePullRequest(createGitHubClient('ghs_test_token'), repo, { number: 2, url: 'u', merged: false })
    expect(pr).toEqual({
      number: 2,
      url: 'https://github.com/Codertocat/Hello-World/pull/2',
      author: 'Codertocat',
      headSha: PR_HEAD,
      merged: false,
      mergeCommitSha: undefined
    })
    expect(server.routes()).toEqual(['GET /repos/Codertocat/Hello-World/pulls/2'])
  })

  it('carries the count of a pull request with 250 commits or more, which its listing of commits cannot show', async () => {
    const commits = Array.from({ length: 300 }, (_, index) => index.toString(16).padStart(40, '0'))
    server.state.pulls[4] = { headSha: commits.at(-1)!, merged: false, mergeCommitSha: null, author: 'alice', commits }
    expect(await completePullRequest(createGitHubClient('ghs_test_token'), repo, { number: 4, url: 'u', merged: false })).toMatchObject({ commitCount: 300 })
    server.state.pulls[4].commits = commits.slice(0, 249)
    expect(await completePullRequest(createGitHubClient('ghs_test_token'), repo, { number: 4, url: 'u', merged: false })).not.toHaveProperty('commitCount')
  })

  it('takes the merge commit of a merged pull request', async () => {
    server.state.pulls[3] = { headSha: 'a'.repeat(40), merged: true, mergeCommitSha: 'B'.repeat(40), author: 'alice' }
    const pr = await completePullRequest(createGitHubClient('ghs_test_token'), repo, { number: 3, url: 'u', merged: false })
    expect(pr).toMatchObject({ merged: true, mergeCommitSha: 'b'.repeat(40), author: 'alice' })
  })

  it('does not read a pull request whose head is known', async () => {
    const known = { number: 2, url: 'u', headSha: PR_HEAD, merged: false }
    await expect(completePullRequest(createGitHubClient('ghs_test_token'), repo, known)).resolves.toBe(known)
    expect(server.calls).toEqual([])
  })

  it('says why a pull request could not be read', async () => {
    await expect(
      completePullRequest(createGitHubClient('ghs_test_token'), repo, { number: 99, url: 'u', merged: false })
    ).rejects.toThrow('Could not read pull request #99: GitHub answered 404 (not found, or not visible to github-token).')
  })
})
