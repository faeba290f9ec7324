import { describe, expect, it } from '@jest/globals'
import {
  chooseNotice,
  commentsComplete,
  findNotice,
  listComments,
  listCommentsChecked,
  noticeMarker,
  pickNotice,
  upsertNotice,
  type NoticeClient,
  type NoticeKey
} from '../../src/github/approval-notice.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const key: NoticeKey = {
  pipelineName: 'shop-pipeline',
  stageName: 'Deploy',
  actionName: 'Approve',
  pipelineExecutionId: '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b'
}
const MARKER = '<!-- codepipeline-approval-action notice: shop-pipeline/Deploy/Approve execution 3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b -->'

type Comment = { id: number; body?: string | null; user?: { login: string; type?: string } | null }

const human = { login: 'alice', type: 'User' }
const bot = { login: 'github-actions[bot]', type: 'Bot' }

/** Filler comments without the marker, numbered from `from`. */
const filler = (count: number, from = 1000): Comment[] => Array.from({ length: count }, (_, i) => ({ id: from + i, body: 'lgtm', user: human }))

function client(comments: Comment[]) {
  const calls: string[] = []
  let nextId = 5000
  const github: NoticeClient & { calls: string[]; comments: Comment[] } = {
    calls,
    comments,
    rest: {
      issues: {
        listComments: async ({ owner, repo: name, issue_number, per_page, page }) => {
          calls.push(`list ${owner}/${name}#${issue_number} page=${page} per_page=${per_page}`)
          return { data: comments.slice((page - 1) * per_page, page * per_page) }
        },
        createComment: async ({ owner, repo: name, issue_number, body }) => {
          calls.push(`create ${owner}/${name}#${issue_number}`)
          const id = nextId++
          comments.push({ id, body, user: bot })
          return { data: { id } }
        },
        updateComment: async ({ owner, repo: name, comment_id, body }) => {
          calls.push(`update ${owner}/${name} ${comment_id}`)
          const comment = comments.find((candidate) => candidate.id === comment_id)
          if (comment) comment.body = body
          return {}
        }
      }
    }
  }
  return github
}

describe('noticeMarker', () => {
  it('names the pipeline, stage, action and execution in a hidden HTML comment', () => {
    expect(noticeMarker(key)).toBe(MARKER)
  })

  it('differs for another execution, stage or action', () => {
    const markers = new Set([
      noticeMarker(key),
      noticeMarker({ ...key, pipelineExecutionId: '00000000-0000-4000-8000-000000000000' }),
      noticeMarker({ ...key, stageName: 'Prod' }),
      noticeMarker({ ...key, actionName: 'Second' }),
      noticeMarker({ ...key, pipelineName: 'other' })
    ])
    expect(markers.size).toBe(5)
  })
})

describe('findNotice', () => {
  it('finds nothing on an empty pull request after one request', async () => {
    const github = client([])
    expect(await findNotice(github, repo, 7, key)).toBeUndefined()
    expect(github.calls).toEqual(['list Codertocat/Hello-World#7 page=1 per_page=100'])
  })

  it('reads 100 per page and stops at a short page', async () => {
    const github = client([...filler(150), { id: 1, body: `⏳ waits\n\n${MARKER}`, user: bot }])
    expect(await findNotice(github, repo, 7, key)).toEqual({ id: 1, body: `⏳ waits\n\n${MARKER}` })
    expect(github.calls).toEqual(['list Codertocat/Hello-World#7 page=1 per_page=100', 'list Codertocat/Hello-World#7 page=2 per_page=100'])
  })

  it('asks for one more page after a full last page', async () => {
    const github = client(filler(200))
    expect(await findNotice(github, repo, 7, key)).toBeUndefined()
    expect(github.calls).toHaveLength(3)
  })

  it('reads at most 10 pages', async () => {
    const github = client([...filler(1000), { id: 1, body: MARKER, user: bot }])
    expect(await findNotice(github, repo, 7, key)).toBeUndefined()
    expect(github.calls).toHaveLength(10)
    expect(github.calls.at(-1)).toBe('list Codertocat/Hello-World#7 page=10 per_page=100')
  })

  it('finds a notice on the tenth page', async () => {
    const github = client([...filler(950), { id: 1, body: MARKER, user: bot }])
    expect(await findNotice(github, repo, 7, key)).toEqual({ id: 1, body: MARKER })
  })

  it('prefers the oldest comment a bot posted over an older copy by a person', async () => {
    const github = client([
      { id: 10, body: `copied: ${MARKER}`, user: human },
      { id: 11, body: `first ${MARKER}`, user: bot },
      { id: 12, body: `second ${MARKER}`, user: bot }
    ])
    expect(await findNotice(github, repo, 7, key)).toEqual({ id: 11, body: `first ${MARKER}` })
  })

  it('prefers a bot comment on a later page', async () => {
    const github = client([{ id: 10, body: MARKER, user: human }, ...filler(120), { id: 11, body: MARKER, user: bot }])
    expect((await findNotice(github, repo, 7, key))?.id).toBe(11)
  })

  it('never adopts a copy of the marker by a person, even with no bot comment beside it', async () => {
    const github = client([
      { id: 9, body: 'lgtm', user: bot },
      { id: 10, body: `a ${MARKER}`, user: human },
      { id: 11, body: `b ${MARKER}`, user: null }
    ])
    expect(await findNotice(github, repo, 7, key)).toBeUndefined()
  })

  it('counts a comment whose user has no type as a person’s, and takes the bot’s after it', async () => {
    const comments = [
      { id: 10, body: MARKER, user: { login: 'someone' } },
      { id: 11, body: MARKER, user: human },
      { id: 12, body: MARKER, user: { login: 'my-app[bot]', type: 'Bot' } }
    ]
    expect(pickNotice(comments.slice(0, 2), key)).toBeUndefined()
    expect(pickNotice(comments, key)?.id).toBe(12)
  })

  it('does not take a login that only looks like a bot’s', () => {
    expect(pickNotice([{ id: 10, body: MARKER, user: { login: 'github-actions[bot]', type: 'User' } }], key)).toBeUndefined()
  })

  it('does not find the marker of another execution, or a comment without a body', async () => {
    const other = noticeMarker({ ...key, pipelineExecutionId: '00000000-0000-4000-8000-000000000000' })
    const github = client([
      { id: 10, body: other, user: bot },
      { id: 11, body: null, user: bot },
      { id: 12, user: bot }
    ])
    expect(await findNotice(github, repo, 7, key)).toBeUndefined()
  })
})

describe('chooseNotice: only the identity that posts notices', () => {
  const pat = { login: 'release-bot', type: 'User' }
  const otherApp = { login: 'quote-app[bot]', type: 'Bot' }

  /** A client whose token answers GET /user as `login`, or is refused (403) like an installation token. */
  function withToken(comments: Comment[], login?: string) {
    const github = client(comments)
    let asked = 0
    const users = {
      getAuthenticated: async () => {
        asked++
        if (!login) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
        return { data: { login } }
      }
    }
    return Object.assign(github, { rest: { ...github.rest, users }, asked: () => asked })
  }

  it('asks nothing when every marked comment is github-actions[bot]’s, and takes the oldest', async () => {
    const github = withToken([{ id: 11, body: `first ${MARKER}`, user: bot }, { id: 12, body: MARKER, user: bot }])
    expect((await chooseNotice(github, github.comments, key))?.id).toBe(11)
    expect(github.asked()).toBe(0)
  })

  it('finds the notices a personal access token posted, asking who it is once per client', async () => {
    const github = withToken([{ id: 10, body: `copied ${MARKER}`, user: human }, { id: 11, body: MARKER, user: pat }], 'Release-Bot')
    expect((await chooseNotice(github, github.comments, key))?.id).toBe(11)
    expect((await chooseNotice(github, github.comments, key))?.id).toBe(11)
    expect(github.asked()).toBe(1)
  })

  it('with a personal access token, never adopts another app’s quote of the notice, even an older one', async () => {
    const github = withToken([{ id: 10, body: `> ${MARKER}`, user: otherApp }, { id: 11, body: MARKER, user: pat }], 'release-bot')
    expect((await chooseNotice(github, github.comments, key))?.id).toBe(11)
    const alone = withToken([{ id: 10, body: `> ${MARKER}`, user: otherApp }, { id: 12, body: MARKER, user: bot }], 'release-bot')
    expect(await chooseNotice(alone, alone.comments, key)).toBeUndefined()
  })

  it('when GitHub will not say who the token is (an installation token), takes the oldest bot comment, as before', async () => {
    const github = withToken([{ id: 10, body: `copied ${MARKER}`, user: human }, { id: 11, body: MARKER, user: bot }, { id: 12, body: `> ${MARKER}`, user: otherApp }])
    expect((await chooseNotice(github, github.comments, key))?.id).toBe(11)
    expect(github.asked()).toBe(1)
  })

  it('without GET /user in the client, keeps the rule for bots', async () => {
    const github = client([{ id: 10, body: MARKER, user: pat }, { id: 11, body: MARKER, user: otherApp }])
    expect((await chooseNotice(github, github.comments, key))?.id).toBe(11)
  })

  it('finds nothing, and asks nothing, when no comment has the marker', async () => {
    const github = withToken(filler(3), 'release-bot')
    expect(await chooseNotice(github, github.comments, key)).toBeUndefined()
    expect(github.asked()).toBe(0)
  })

  it('upsertNotice edits a personal access token’s notice rather than post another', async () => {
    const github = withToken([{ id: 11, body: `⏳ waits\n\n${MARKER}`, user: pat }], 'release-bot')
    expect(await upsertNotice(github, repo, 7, key, '✅ approved')).toEqual({ id: 11, created: false, changed: true })
    expect(github.calls.filter((call) => call.startsWith('create'))).toEqual([])
  })
})

describe('listCommentsChecked', () => {
  it('is complete when a page comes back short, even an empty one after full pages', async () => {
    expect(await listCommentsChecked(client(filler(3)), repo, 7)).toEqual({ comments: filler(3), complete: true })
    expect((await listCommentsChecked(client(filler(200)), repo, 7)).complete).toBe(true)
    expect((await listCommentsChecked(client(filler(999)), repo, 7)).complete).toBe(true)
  })

  it('is not complete when the tenth page is full: there may be more', async () => {
    for (const count of [1000, 1500]) {
      const listed = await listCommentsChecked(client(filler(count)), repo, 7)
      expect(listed.comments).toHaveLength(1000)
      expect(listed.complete).toBe(false)
    }
  })
})

describe('listComments', () => {
  it('returns a plain-looking array that carries whether it was complete', async () => {
    const short = await listComments(client(filler(2)), repo, 7)
    const long = await listComments(client(filler(1001)), repo, 7)
    expect(short).toEqual(filler(2))
    expect(Object.keys(short)).toEqual(['0', '1'])
    expect([commentsComplete(short), commentsComplete(long)]).toEqual([true, false])
    expect(long).toHaveLength(1000)
  })

  it('counts an array without the flag as complete', () => {
    expect(commentsComplete([])).toBe(true)
  })
})

describe('upsertNotice', () => {
  it('posts a notice of its own rather than edit a person’s copy of the marker', async () => {
    const copy = { id: 10, body: `see ${MARKER}`, user: human }
    const github = client([copy])
    expect(await upsertNotice(github, repo, 7, key, '⏳ waits')).toEqual({ id: 5000, created: true, changed: true })
    expect(github.calls).toEqual(['list Codertocat/Hello-World#7 page=1 per_page=100', 'create Codertocat/Hello-World#7'])
    expect(copy.body).toBe(`see ${MARKER}`)
  })

  it('posts the notice with its marker where none is', async () => {
    const github = client(filler(3))
    expect(await upsertNotice(github, repo, 7, key, '⏳ waits')).toEqual({ id: 5000, created: true, changed: true })
    expect(github.calls).toEqual(['list Codertocat/Hello-World#7 page=1 per_page=100', 'create Codertocat/Hello-World#7'])
    expect(github.comments.at(-1)?.body).toBe(`⏳ waits\n\n${MARKER}`)
  })

  it('edits the notice that is there when it says something else', async () => {
    const github = client([...filler(2), { id: 42, body: `⏳ waits\n\n${MARKER}`, user: bot }])
    expect(await upsertNotice(github, repo, 7, key, '✅ approved')).toEqual({ id: 42, created: false, changed: true })
    expect(github.calls).toEqual(['list Codertocat/Hello-World#7 page=1 per_page=100', 'update Codertocat/Hello-World 42'])
    expect(github.comments.find((comment) => comment.id === 42)?.body).toBe(`✅ approved\n\n${MARKER}`)
  })

  it('leaves an identical notice alone', async () => {
    const github = client([{ id: 42, body: `⏳ waits\n\n${MARKER}`, user: bot }])
    expect(await upsertNotice(github, repo, 7, key, '⏳ waits')).toEqual({ id: 42, created: false, changed: false })
    expect(github.calls).toEqual(['list Codertocat/Hello-World#7 page=1 per_page=100'])
  })

  it('uses the notice it is given without listing comments again', async () => {
    const github = client([])
    const existing = { id: 42, body: `⏳ waits\n\n${MARKER}` }
    expect(await upsertNotice(github, repo, 7, key, '⏳ waits', existing)).toEqual({ id: 42, created: false, changed: false })
    expect(await upsertNotice(github, repo, 7, key, '✅ approved', existing)).toEqual({ id: 42, created: false, changed: true })
    expect(github.calls).toEqual(['update Codertocat/Hello-World 42'])
  })

  it('posts once, then edits: a second run finds its own notice', async () => {
    const github = client([])
    const first = await upsertNotice(github, repo, 7, key, '⏳ waits')
    const again = await upsertNotice(github, repo, 7, key, '⏳ waits')
    const answered = await upsertNotice(github, repo, 7, key, '✅ approved')
    expect([first, again, answered]).toEqual([
      { id: 5000, created: true, changed: true },
      { id: 5000, created: false, changed: false },
      { id: 5000, created: false, changed: true }
    ])
    expect(github.calls.filter((call) => call.startsWith('create'))).toHaveLength(1)
  })
})
