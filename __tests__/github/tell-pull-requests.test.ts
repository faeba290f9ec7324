import { describe, expect, it } from '@jest/globals'
import { listComments, noticeMarker, type NoticeKey } from '../../src/github/approval-notice.js'
import { tellPullRequests, type TellClient, type Telling } from '../../src/github/tell-pull-requests.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const key: NoticeKey = { pipelineName: 'shop-pipeline', stageName: 'Deploy', actionName: 'Approve', pipelineExecutionId: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b' }
const A = 'a'.repeat(40)
const B = 'b'.repeat(40)

type Comment = { id: number; body: string; user: { login: string; type: string } }

interface Fault {
  list?: Record<number, unknown>
  create?: Record<number, unknown>
  update?: Record<number, unknown>
  status?: Record<string, unknown>
}

/** Comments per pull request and statuses per commit; `fault` fails chosen calls. */
function client(comments: Record<number, Comment[]> = {}, fault: Fault = {}) {
  const calls: string[] = []
  let nextId = 900
  const github: TellClient & { calls: string[]; comments: Record<number, Comment[]> } = {
    calls,
    comments,
    rest: {
      issues: {
        listComments: async ({ issue_number, page, per_page }) => {
          calls.push(`list #${issue_number} page=${page}`)
          if (fault.list?.[issue_number] !== undefined) throw fault.list[issue_number]
          return { data: (comments[issue_number] ?? []).slice((page - 1) * per_page, page * per_page) }
        },
        createComment: async ({ issue_number, body }) => {
          calls.push(`create #${issue_number}`)
          if (fault.create?.[issue_number] !== undefined) throw fault.create[issue_number]
          const id = nextId++
          ;(comments[issue_number] ??= []).push({ id, body, user: { login: 'github-actions[bot]', type: 'Bot' } })
          return { data: { id } }
        },
        updateComment: async ({ comment_id, body }) => {
          const [number, comment] = Object.entries(comments)
            .flatMap(([issue, list]) => list.map((candidate) => [Number(issue), candidate] as const))
            .find(([, candidate]) => candidate.id === comment_id) ?? [0, undefined]
          calls.push(`update #${number} ${comment_id}`)
          if (fault.update?.[number] !== undefined) throw fault.update[number]
          if (comment) comment.body = body
          return {}
        }
      },
      repos: {
        createCommitStatus: async ({ sha, state, context, description, target_url }) => {
          calls.push(`status ${sha.slice(0, 1)} ${state} ${context} ${description} ${target_url ?? '-'}`)
          if (fault.status?.[sha] !== undefined) throw fault.status[sha]
          return {}
        }
      }
    }
  }
  return github
}

const filler = (count: number): Comment[] => Array.from({ length: count }, (_, i) => ({ id: 10_000 + i, body: 'lgtm', user: { login: 'alice', type: 'User' } }))
const FAR = 'Could not find the notice on pull request #7 among its first 1000 comments, so no new one was posted: it may be further down'

const notice = (id: number, text: string): Comment => ({ id, body: `${text}\n\n${noticeMarker(key)}`, user: { login: 'github-actions[bot]', type: 'Bot' } })

function telling(overrides: Partial<Telling> = {}): Telling & { warnings: string[] } {
  const warnings: string[] = []
  return {
    repo,
    key,
    notices: [
      { number: 7, text: '⏳ waits' },
      { number: 9, text: '⏳ waits too' }
    ],
    mode: 'post',
    commits: [A],
    status: { state: 'pending', description: 'Waiting for approval', targetUrl: 'https://console.example/x' },
    notify: true,
    commitStatus: true,
    warn: (message) => warnings.push(message),
    warnings,
    ...overrides
  }
}

describe('tellPullRequests', () => {
  it('post: posts a notice on each pull request and sets the status of each commit', async () => {
    const github = client()
    const tell = telling({ commits: [A, B] })
    expect(await tellPullRequests(github, tell)).toEqual([7, 9])
    expect(github.calls.sort()).toEqual([
      'create #7',
      'create #9',
      'list #7 page=1',
      'list #9 page=1',
      'status a pending codepipeline-approval/shop-pipeline/Deploy/Approve Waiting for approval https://console.example/x',
      'status b pending codepipeline-approval/shop-pipeline/Deploy/Approve Waiting for approval https://console.example/x'
    ])
    expect(github.comments[7]?.[0]?.body).toBe(`⏳ waits\n\n${noticeMarker(key)}`)
    expect(github.comments[9]?.[0]?.body).toBe(`⏳ waits too\n\n${noticeMarker(key)}`)
    expect(tell.warnings).toEqual([])
  })

  it('post: edits a notice that is there and says something else, and counts an unchanged one as told', async () => {
    const github = client({ 7: [notice(1, 'old')], 9: [notice(2, '⏳ waits too')] })
    expect(await tellPullRequests(github, telling({ commitStatus: false }))).toEqual([7, 9])
    expect(github.calls.sort()).toEqual(['list #7 page=1', 'list #9 page=1', 'update #7 1'])
  })

  it('edit: changes only notices that are there, and posts none', async () => {
    const github = client({ 7: [notice(1, '⏳ waits')] })
    const tell = telling({ mode: 'edit', notices: [{ number: 7, text: '✅ approved' }, { number: 9, text: '✅ approved' }], commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([7])
    expect(github.calls.sort()).toEqual(['list #7 page=1', 'list #9 page=1', 'update #7 1'])
    expect(github.comments[7]?.[0]?.body).toBe(`✅ approved\n\n${noticeMarker(key)}`)
    expect(github.comments[9]).toBeUndefined()
  })

  it('edit: leaves an identical notice alone, and still counts it', async () => {
    const github = client({ 7: [notice(1, '✅ approved')] })
    const tell = telling({ mode: 'edit', notices: [{ number: 7, text: '✅ approved' }], commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([7])
    expect(github.calls).toEqual(['list #7 page=1'])
  })

  it('notify: false posts and edits nothing, but still sets the status', async () => {
    const github = client({ 7: [notice(1, 'old')] })
    expect(await tellPullRequests(github, telling({ notify: false }))).toEqual([])
    expect(github.calls).toEqual([expect.stringMatching(/^status a pending /)])
  })

  it('commit-status: false sets no status, and neither does a telling without one', async () => {
    const off = client()
    await tellPullRequests(off, telling({ commitStatus: false }))
    expect(off.calls.some((call) => call.startsWith('status'))).toBe(false)
    const none = client()
    await tellPullRequests(none, telling({ status: undefined }))
    expect(none.calls.some((call) => call.startsWith('status'))).toBe(false)
  })

  it('both off: no request at all', async () => {
    const github = client()
    expect(await tellPullRequests(github, telling({ notify: false, commitStatus: false }))).toEqual([])
    expect(github.calls).toEqual([])
  })

  it('sends a status without a target URL when there is none', async () => {
    const github = client()
    await tellPullRequests(github, telling({ notify: false, status: { state: 'success', description: 'Approved' } }))
    expect(github.calls).toEqual(['status a success codepipeline-approval/shop-pipeline/Deploy/Approve Approved -'])
  })

  it('a notice that cannot be posted is a warning naming pull-requests: write and notify; the rest still happens', async () => {
    const github = client({}, { create: { 7: httpError(403) } })
    const tell = telling()
    expect(await tellPullRequests(github, tell)).toEqual([9])
    expect(tell.warnings).toEqual([
      'Could not update the notice on pull request #7 (HTTP 403): give the workflow pull-requests: write, or set notify to false; the outcome is unchanged.'
    ])
    expect(github.calls).toContain('create #9')
    expect(github.calls.some((call) => call.startsWith('status a'))).toBe(true)
  })

  it('a listing that fails is a warning too, with the message when there is no HTTP status', async () => {
    const github = client({}, { list: { 9: new Error('socket hang up') } })
    const tell = telling()
    expect(await tellPullRequests(github, tell)).toEqual([7])
    expect(tell.warnings).toEqual([
      'Could not update the notice on pull request #9 (socket hang up): give the workflow pull-requests: write, or set notify to false; the outcome is unchanged.'
    ])
  })

  it('an edit that fails is a warning in edit mode', async () => {
    const github = client({ 7: [notice(1, '⏳ waits')] }, { update: { 7: httpError(404) } })
    const tell = telling({ mode: 'edit', notices: [{ number: 7, text: '✅ approved' }], commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([])
    expect(tell.warnings).toEqual([expect.stringContaining('Could not update the notice on pull request #7 (HTTP 404)')])
  })

  it("a commit GitHub has no record of (422, another repository's source) gets no status, and no warning", async () => {
    const github = client({}, { status: { [B]: httpError(422, 'No commit found for SHA: bbbb') } })
    const tell = telling({ commits: [A, B] })
    expect(await tellPullRequests(github, tell)).toEqual([7, 9])
    expect(tell.warnings).toEqual([])
    expect(github.calls.filter((call) => call.startsWith('status'))).toHaveLength(2)
  })

  it('a status that cannot be set is a warning naming statuses: write and commit-status; the notices and other statuses still happen', async () => {
    const github = client({}, { status: { [A]: httpError(403) } })
    const tell = telling({ commits: [A, B] })
    expect(await tellPullRequests(github, tell)).toEqual([7, 9])
    expect(tell.warnings).toEqual([
      'Could not set the commit status of aaaaaaa (HTTP 403): give the workflow statuses: write, or set commit-status to false; the outcome is unchanged.'
    ])
    expect(github.calls.some((call) => call.startsWith('status b'))).toBe(true)
  })

  it('every failure at once: one warning each, nothing thrown', async () => {
    const github = client({}, { create: { 7: httpError(403), 9: httpError(403) }, status: { [A]: httpError(403) } })
    const tell = telling()
    await expect(tellPullRequests(github, tell)).resolves.toEqual([])
    expect(tell.warnings).toHaveLength(3)
  })

  it('post: a person’s copy of the marker is left alone, and the notice is posted', async () => {
    const copy: Comment = { id: 1, body: `me too ${noticeMarker(key)}`, user: { login: 'alice', type: 'User' } }
    const github = client({ 7: [copy] })
    expect(await tellPullRequests(github, telling({ notices: [{ number: 7, text: '⏳ waits' }], commitStatus: false }))).toEqual([7])
    expect(github.calls).toEqual(['list #7 page=1', 'create #7'])
    expect(copy.body).toBe(`me too ${noticeMarker(key)}`)
  })

  it('post: past 1000 comments without the notice, posts none and warns; the status is still set', async () => {
    const github = client({ 7: filler(1000) })
    const tell = telling({ notices: [{ number: 7, text: '⏳ waits' }] })
    expect(await tellPullRequests(github, tell)).toEqual([])
    expect(github.calls.filter((call) => call.startsWith('create'))).toEqual([])
    expect(github.calls.filter((call) => call.startsWith('list'))).toHaveLength(10)
    expect(github.calls.some((call) => call.startsWith('status a pending'))).toBe(true)
    expect(tell.warnings).toEqual([`${FAR}, and the commit status still shows the approval.`])
  })

  it('post: the warning leaves out the commit status when none is set', async () => {
    const tell = telling({ notices: [{ number: 7, text: '⏳ waits' }], commitStatus: false })
    await tellPullRequests(client({ 7: filler(1200) }), tell)
    expect(tell.warnings).toEqual([`${FAR}.`])
  })

  it('post: a notice within the first 1000 comments of a longer thread is still edited', async () => {
    const github = client({ 7: [...filler(250), notice(1, 'old'), ...filler(900)] })
    const tell = telling({ notices: [{ number: 7, text: '⏳ waits' }], commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([7])
    expect(github.calls.at(-1)).toBe('update #7 1')
    expect(tell.warnings).toEqual([])
  })

  it('post: exactly 999 comments is a complete listing, so the notice is posted', async () => {
    const github = client({ 7: filler(999) })
    expect(await tellPullRequests(github, telling({ notices: [{ number: 7, text: '⏳ waits' }], commitStatus: false }))).toEqual([7])
    expect(github.calls.at(-1)).toBe('create #7')
  })

  it('edit: past 1000 comments without the notice, changes nothing and says nothing', async () => {
    const github = client({ 7: filler(1000) })
    const tell = telling({ mode: 'edit', notices: [{ number: 7, text: '✅ approved' }], commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([])
    expect(github.calls.some((call) => call.startsWith('create') || call.startsWith('update'))).toBe(false)
    expect(tell.warnings).toEqual([])
  })

  it('prefetched comments from listComments carry whether they are complete', async () => {
    const github = client({ 7: filler(1000), 9: filler(5) })
    const comments = new Map([7, 9].map((number) => [number, listComments(github, repo, number)] as const))
    const tell = telling({ comments, commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([9])
    expect(github.calls.filter((call) => call.startsWith('create'))).toEqual(['create #9'])
    expect(tell.warnings).toEqual([`${FAR}.`])
  })

  it('prefetched comments as a plain array count as complete, as before', async () => {
    const github = client()
    const tell = telling({ notices: [{ number: 7, text: '⏳ waits' }], comments: new Map([[7, Promise.resolve(filler(1000))]]), commitStatus: false })
    expect(await tellPullRequests(github, tell)).toEqual([7])
    expect(github.calls).toEqual(['create #7'])
  })
})
