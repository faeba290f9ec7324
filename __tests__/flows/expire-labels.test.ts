import { describe, expect, it } from '@jest/globals'
import type { EventPayload } from '../../src/event-context.js'
import { ActionError } from '../../src/errors.js'
import { expireLabels } from '../../src/flows/expire-labels.js'
import type { FlowContext, GitHubClients } from '../../src/flow-context.js'
import type { Inputs } from '../../src/inputs.js'
import { defaultInputs, eventContext } from '../support/events.js'
import { fakeClock } from '../support/fake-clock.js'
import { httpError } from '../support/github-errors.js'

const HEAD = 'f'.repeat(40)

interface Faults {
  remove?: Record<string, unknown>
  comment?: unknown
}

/** The two Octokit calls expireLabels makes, recorded. */
function github(faults: Faults = {}) {
  const calls: { removed: string[]; comments: { issue_number: number; body: string; retries?: number }[] } = { removed: [], comments: [] }
  const main = {
    rest: {
      issues: {
        removeLabel: async ({ owner, repo, issue_number, name }: { owner: string; repo: string; issue_number: number; name: string }) => {
          if (faults.remove && name in faults.remove) throw faults.remove[name]
          calls.removed.push(`${owner}/${repo}#${issue_number} ${name}`)
          return {}
        },
        createComment: async ({ issue_number, body, request }: { issue_number: number; body: string; request?: { retries?: number } }) => {
          if (faults.comment !== undefined) throw faults.comment
          calls.comments.push({ issue_number, body, retries: request?.retries })
          return { data: { id: 1 } }
        }
      }
    }
  }
  return { calls, main }
}

function context(payload: EventPayload, options: { inputs?: Partial<Inputs>; faults?: Faults; github?: () => Promise<GitHubClients> } = {}) {
  const { calls, main } = github(options.faults)
  const warnings: string[] = []
  const purposes: string[] = []
  const flow: FlowContext = {
    inputs: defaultInputs(options.inputs),
    event: eventContext('pull_request', payload),
    clock: fakeClock(),
    log: () => {},
    warn: (message) => warnings.push(message),
    githubSent: async () => undefined,
    github:
      options.github ??
      (async (purpose) => {
        purposes.push(purpose)
        return { main, teams: main } as unknown as GitHubClients
      }),
    codepipeline: () => Promise.reject(new Error('expireLabels must not ask CodePipeline'))
  }
  return { flow, calls, warnings, purposes }
}

const synchronize = (labels: string[], head = HEAD): EventPayload => ({
  action: 'synchronize',
  pull_request: {
    number: 7,
    html_url: 'https://github.com/Codertocat/Hello-World/pull/7',
    head: head ? { sha: head } : {},
    labels: labels.map((name) => ({ name }))
  }
})

describe('expireLabels', () => {
  it('removes the approve label and posts one short comment, tried once', async () => {
    const { flow, calls, warnings, purposes } = context(synchronize(['bug', 'approve-deploy']))
    expect(await expireLabels(flow)).toEqual({
      outcome: 'labels-removed',
      message: 'Removed approve-deploy from pull request #7: new commits were pushed, and a label never vouches for code pushed after it.',
      pullRequest: 7
    })
    expect(calls.removed).toEqual(['Codertocat/Hello-World#7 approve-deploy'])
    expect(calls.comments).toEqual([
      {
        issue_number: 7,
        body: `🏷️ Removed \`approve-deploy\`: new commits were pushed (head now \`${HEAD}\`), and a label never vouches for code pushed after it. Add it again once the new commits are reviewed.`,
        retries: 0
      }
    ])
    expect(purposes).toEqual(['removing approve-deploy from pull request #7'])
    expect(warnings).toEqual([])
  })

  it('removes both labels, matched in any case, by the names the pull request shows', async () => {
    const { flow, calls } = context(synchronize(['Reject-Deploy', 'APPROVE-DEPLOY']))
    const outcome = await expireLabels(flow)
    expect(calls.removed.sort()).toEqual(['Codertocat/Hello-World#7 APPROVE-DEPLOY', 'Codertocat/Hello-World#7 Reject-Deploy'])
    expect(calls.comments).toHaveLength(1)
    expect(calls.comments[0]?.body).toContain('Removed `Reject-Deploy` and `APPROVE-DEPLOY`:')
    expect(outcome).toMatchObject({ outcome: 'labels-removed', message: expect.stringContaining('Removed Reject-Deploy and APPROVE-DEPLOY from pull request #7') })
  })

  it('uses the configured label names', async () => {
    const { flow, calls } = context(synchronize(['approve-deploy', 'ship-it']), { inputs: { approveLabel: 'ship-it', rejectLabel: 'hold' } })
    await expireLabels(flow)
    expect(calls.removed).toEqual(['Codertocat/Hello-World#7 ship-it'])
  })

  it('posts no comment with reply: false', async () => {
    const { flow, calls } = context(synchronize(['approve-deploy']), { inputs: { reply: false } })
    expect(await expireLabels(flow)).toMatchObject({ outcome: 'labels-removed', pullRequest: 7 })
    expect(calls.removed).toHaveLength(1)
    expect(calls.comments).toEqual([])
  })

  it('leaves the head out of the comment when the event has none', async () => {
    const { flow, calls } = context(synchronize(['approve-deploy'], ''))
    await expireLabels(flow)
    expect(calls.comments[0]?.body).toContain('new commits were pushed, and a label never vouches')
  })

  it('skips without any request when neither label is there', async () => {
    const { flow, calls, purposes } = context(synchronize(['bug', 'approve-deploy-later']))
    expect(await expireLabels(flow)).toEqual({
      outcome: 'skipped',
      reason: 'Skipped: new commits on pull request #7, which carries neither approve-deploy nor reject-deploy.'
    })
    expect(purposes).toEqual([])
    expect(calls).toEqual({ removed: [], comments: [] })
  })

  it('skips a pull request without labels, and an event without a pull request, asking GitHub nothing', async () => {
    const bare = context({ action: 'synchronize', pull_request: { number: 7, html_url: 'u' } })
    expect(await expireLabels(bare.flow)).toMatchObject({ outcome: 'skipped' })
    const none = context({ action: 'synchronize' })
    expect(await expireLabels(none.flow)).toEqual({ outcome: 'skipped', reason: 'Skipped: the event carries no pull request.' })
    expect([...bare.purposes, ...none.purposes]).toEqual([])
  })

  it('labels already gone (404) are no error and get no comment: nothing was removed, so it skipped', async () => {
    const { flow, calls } = context(synchronize(['approve-deploy']), { faults: { remove: { 'approve-deploy': httpError(404) } } })
    expect(await expireLabels(flow)).toEqual({
      outcome: 'skipped',
      reason: 'Skipped: approve-deploy had already gone from pull request #7.'
    })
    expect(calls.comments).toEqual([])
  })

  it('names only the label it removed when the other was already gone', async () => {
    const { flow, calls } = context(synchronize(['approve-deploy', 'reject-deploy']), { faults: { remove: { 'reject-deploy': httpError(404) } } })
    expect(await expireLabels(flow)).toMatchObject({ outcome: 'labels-removed', message: expect.stringMatching(/^Removed approve-deploy from pull request #7:/) })
    expect(calls.comments[0]?.body).toMatch(/^🏷️ Removed `approve-deploy`: /)
  })

  it.each([
    ['HTTP 403', httpError(403, 'Resource not accessible by integration')],
    ['socket hang up', new Error('socket hang up')]
  ])('a removal that fails (%s) throws an ActionError saying the label may still vouch, and posts nothing', async (shown, cause) => {
    const { flow, calls } = context(synchronize(['approve-deploy']), { faults: { remove: { 'approve-deploy': cause } } })
    const error = await expireLabels(flow).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(ActionError)
    expect((error as ActionError).message).toBe(
      `Could not remove approve-deploy from pull request #7 after new commits (${shown}), so it may still vouch for them: give the workflow pull-requests: write, or remove the label by hand.`
    )
    expect((error as ActionError).cause).toBe(cause)
    expect(calls.comments).toEqual([])
  })

  it('a comment that fails is only a warning: the labels are removed', async () => {
    const { flow, calls, warnings } = context(synchronize(['approve-deploy']), { faults: { comment: httpError(403) } })
    expect(await expireLabels(flow)).toMatchObject({ outcome: 'labels-removed', pullRequest: 7 })
    expect(calls.removed).toHaveLength(1)
    expect(warnings).toEqual([
      'Could not comment on pull request #7 (HTTP 403): give the workflow pull-requests: write, or set reply to false; the labels are removed.'
    ])
  })

  it('a comment that fails without an HTTP status warns with its message', async () => {
    const { flow, warnings } = context(synchronize(['approve-deploy']), { faults: { comment: new Error('timeout') } })
    await expireLabels(flow)
    expect(warnings).toEqual([expect.stringContaining('Could not comment on pull request #7 (timeout)')])
  })

  it('lets the failure to get a GitHub client through', async () => {
    const refusal = new ActionError('Input github-token is empty')
    const { flow } = context(synchronize(['approve-deploy']), { github: () => Promise.reject(refusal) })
    await expect(expireLabels(flow)).rejects.toBe(refusal)
  })

  it('defuses mentions in the comment', async () => {
    const { flow, calls } = context(synchronize(['approve-deploy@team']), { inputs: { approveLabel: 'approve-deploy@team' } })
    await expireLabels(flow)
    expect(calls.comments[0]?.body).toContain('`approve-deploy@\u200bteam`')
  })
})
