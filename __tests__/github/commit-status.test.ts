import { describe, expect, it } from '@jest/globals'
import { setCommitStatus, statusContext, type CommitStatusClient } from '../../src/github/commit-status.js'

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
