import { describe, expect, it } from '@jest/globals'
import { removeLabels, type LabelsClient } from '../../src/github/remove-labels.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'Codertocat', repo: 'Hello-World' }

function client(failures: Record<string, unknown> = {}): LabelsClient & { removed: string[] } {
  const removed: string[] = []
  return {
    removed,
    rest: {
      issues: {
        removeLabel: async ({ owner, repo: name, issue_number, name: label }) => {
          if (label in failures) throw failures[label]
          removed.push(`${owner}/${name}#${issue_number} ${label}`)
          return {}
        }
      }
    }
  }
}

describe('removeLabels', () => {
  it('removes each label and returns what it removed', async () => {
    const github = client()
    expect(await removeLabels(github, repo, 7, ['approve-deploy', 'reject-deploy'])).toEqual(['approve-deploy', 'reject-deploy'])
    expect(github.removed.sort()).toEqual(['Codertocat/Hello-World#7 approve-deploy', 'Codertocat/Hello-World#7 reject-deploy'])
  })

  it('takes a label already gone (404) as no error, and leaves it out of what was removed', async () => {
    const github = client({ 'approve-deploy': httpError(404, 'Label does not exist') })
    expect(await removeLabels(github, repo, 7, ['approve-deploy', 'reject-deploy'])).toEqual(['reject-deploy'])
  })

  it.each([403, 422, 500])('throws an HTTP %i as it came', async (status) => {
    const error = httpError(status)
    await expect(removeLabels(client({ 'reject-deploy': error }), repo, 7, ['approve-deploy', 'reject-deploy'])).rejects.toBe(error)
  })

  it('throws an error without a status', async () => {
    await expect(removeLabels(client({ 'approve-deploy': new Error('socket hang up') }), repo, 7, ['approve-deploy'])).rejects.toThrow('socket hang up')
  })

  it('sends nothing for no labels', async () => {
    const github = client()
    expect(await removeLabels(github, repo, 7, [])).toEqual([])
    expect(github.removed).toEqual([])
  })
})
