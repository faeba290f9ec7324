import { afterAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import { createGitHubClients } from '../../src/github/client.js'
import { setCommitStatus, statusContext, type CommitStatusClient } from '../../src/github/commit-status.js'
import { GitHubServer } from '../support/github-server.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }
const approval = { pipelineName: 'shop-pipeline', stageName: 'Deploy', actionName: 'Approve' }
const SHA = 'a'.repeat(40)

type StatusParams = Parameters<CommitStatusClient['rest']['repos']['createCommitStatus']>[0]

function client(failWith?: Error): CommitStatusClient & { sent: StatusParams[] } {
  const sent: StatusParams[] = []
  return {
    sent,
    rest: {
      repos: {
        createCommitStatus: async (params) => {
          sent.push(params)
          if (failWith) throw failWith
          return {}
        }
      }
    }
  }
}

describe('statusContext', () => {
  it('names the pipeline, stage and action, one context per approval', () => {
    expect(statusContext(approval)).toBe('codepipeline-approval/shop-pipeline/Deploy/Approve')
    expect(statusContext({ ...approval, actionName: 'Second' })).not.toBe(statusContext(approval))
  })

  // CodePipeline allows 100 characters for each name; GitHub 255 for the context.
  const long = { pipelineName: 'p'.repeat(100), stageName: 's'.repeat(100), actionName: 'a'.repeat(100) }
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

  it('keeps a context of exactly 255 characters whole', () => {
    // 'codepipeline-approval/' is 22 characters, and two more slashes: 231 left for the names.
    const fits = { pipelineName: 'p'.repeat(100), stageName: 's'.repeat(100), actionName: 'a'.repeat(31) }
    expect(statusContext(fits)).toBe(`codepipeline-approval/${'p'.repeat(100)}/${'s'.repeat(100)}/${'a'.repeat(31)}`)
    expect(statusContext(fits)).toHaveLength(255)
  })

  it('cuts a longer one to 255 characters, ending in the first 8 hex of the sha256 of the whole', () => {
    const whole = `codepipeline-approval/${long.pipelineName}/${long.stageName}/${long.actionName}`
    const context = statusContext(long)
    expect(context).toHaveLength(255)
    expect(context).toBe(`${whole.slice(0, 246)}~${sha256(whole).slice(0, 8)}`)
    expect(statusContext({ ...long, actionName: 'a'.repeat(32) })).toHaveLength(255)
  })

  it('gives two long names that differ only past the cut two contexts, each the same every time', () => {
    const other = { ...long, actionName: `${'a'.repeat(99)}b` }
    expect(statusContext(other)).not.toBe(statusContext(long))
    expect(statusContext(other).slice(0, 246)).toBe(statusContext(long).slice(0, 246))
    expect(statusContext({ ...long })).toBe(statusContext(long))
  })
})

describe('setCommitStatus', () => {
  it('sets the state, context, description and target URL on the commit', async () => {
    const github = client()
    await setCommitStatus(github, repo, SHA, approval, { state: 'pending', description: 'Waiting for approval', targetUrl: 'https://console.example/x' })
    expect(github.sent).toEqual([
      {
        owner: 'Codertocat',
        repo: 'Hello-World',
        sha: SHA,
        state: 'pending',
        context: 'codepipeline-approval/shop-pipeline/Deploy/Approve',
        description: 'Waiting for approval',
        target_url: 'https://console.example/x'
      }
    ])
  })

  it('sends no target_url without one', async () => {
    const github = client()
    await setCommitStatus(github, repo, SHA, approval, { state: 'success', description: 'Approved' })
    expect(github.sent[0]).not.toHaveProperty('target_url')
    expect(github.sent[0]).toMatchObject({ state: 'success', description: 'Approved' })
  })

  it('keeps a description of 140 characters, and cuts a longer one to 140', async () => {
    const github = client()
    await setCommitStatus(github, repo, SHA, approval, { state: 'failure', description: 'x'.repeat(140) })
    await setCommitStatus(github, repo, SHA, approval, { state: 'failure', description: 'y'.repeat(141) })
    expect(github.sent[0]?.description).toBe('x'.repeat(140))
    expect(github.sent[1]?.description).toHaveLength(140)
    expect(github.sent[1]?.description).toBe(`${'y'.repeat(139)}…`)
  })

  it('lets a failure through to the caller', async () => {
    await expect(setCommitStatus(client(new Error('boom')), repo, SHA, approval, { state: 'error', description: 'x' })).rejects.toThrow('boom')
  })
})

describe('setCommitStatus against the GitHub stand-in', () => {
  const servers: GitHubServer[] = []
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.close()))
  })

  it('is accepted with names of 100 characters, where GitHub refuses a context over 255', async () => {
    const server = await GitHubServer.start()
    servers.push(server)
    const github = createGitHubClients({ env: { GITHUB_API_URL: server.url }, retryBaseMs: 10 }).create('ghs_test_token')
    const long = { pipelineName: 'p'.repeat(100), stageName: 's'.repeat(100), actionName: 'a'.repeat(100) }
    await setCommitStatus(github, repo, SHA, long, { state: 'pending', description: 'Waiting for approval' })
    expect(server.statusesOf(SHA).map((status) => status.context)).toEqual([statusContext(long)])
    const refused = await github.rest.repos
      .createCommitStatus({ ...repo, sha: SHA, state: 'pending', context: 'c'.repeat(256) })
      .catch((error: unknown) => error as { status?: number })
    expect(refused).toMatchObject({ status: 422 })
  })
})
