import { describe, expect, it } from '@jest/globals'
import { commitsLeftOut, describeCommitCount, LISTED_COMMITS_CAP, telling } from '../../src/github/pull-request-commits.js'

describe('commitsLeftOut', () => {
  it('takes a listing short of the cap as whole, unless a count says more', () => {
    expect(commitsLeftOut(3, undefined)).toBe(false)
    expect(commitsLeftOut(3, 3)).toBe(false)
    // Commits pushed between the two reads.
    expect(commitsLeftOut(249, 251)).toBe(true)
  })

  it('takes a listing at the cap as whole only when GitHub counts exactly that many', () => {
    expect(commitsLeftOut(LISTED_COMMITS_CAP, LISTED_COMMITS_CAP)).toBe(false)
    expect(commitsLeftOut(LISTED_COMMITS_CAP, undefined)).toBe(true)
    expect(commitsLeftOut(LISTED_COMMITS_CAP, 300)).toBe(true)
  })

  it('never lets an older, smaller count (an event payload from before a push) clear a listing at the cap', () => {
    expect(commitsLeftOut(LISTED_COMMITS_CAP, 240)).toBe(true)
  })
})

describe('describeCommitCount', () => {
  it('names the count when it says more than the listing, and the listing otherwise', () => {
    expect(describeCommitCount(250, 300)).toBe('300 commits')
    expect(describeCommitCount(250, undefined)).toBe('at least 250 commits')
    expect(describeCommitCount(250, 240)).toBe('at least 250 commits')
  })
})

describe('telling', () => {
  it('keeps a count from the cap on, where the listing cannot tell', () => {
    expect(telling(250)).toEqual({ commitCount: 250 })
    expect(telling(249)).toEqual({})
    expect(telling(undefined)).toEqual({})
    expect(telling('300')).toEqual({})
  })
})
