import { describe, expect, it } from '@jest/globals'
import { sequentialWaves } from './support/waves.js'

const request = (name: string, arrivedAt: number, answeredAt?: number) => ({ name, arrivedAt, answeredAt })
const names = (waves: { name: string }[][]) => waves.map((wave) => wave.map((item) => item.name))

describe('sequentialWaves', () => {
  it('has no waves without requests', () => {
    expect(sequentialWaves([])).toEqual([])
  })

  it('puts requests sent side by side in one wave', () => {
    expect(names(sequentialWaves([request('a', 0, 50), request('b', 1, 52), request('c', 2, 49)]))).toEqual([['a', 'b', 'c']])
  })

  it('starts a wave for each request that waited for an answer', () => {
    expect(names(sequentialWaves([request('a', 0, 50), request('b', 51, 101), request('c', 102, 152)]))).toEqual([['a'], ['b'], ['c']])
  })

  it('counts the longest chain, not the number of requests that waited', () => {
    // b and c both wait for a; d waits for c, which came later than b was answered.
    const waves = sequentialWaves([request('a', 0, 30), request('b', 31, 61), request('c', 35, 200), request('d', 201, 231)])
    expect(names(waves)).toEqual([['a'], ['b', 'c'], ['d']])
  })

  it('follows the longest chain, even through a quick answer beside a slow one', () => {
    // c waited for the quick a only; d waited for b and c, so it comes after c's wave.
    expect(names(sequentialWaves([request('a', 0, 30), request('b', 1, 300), request('c', 40, 70), request('d', 301, 331)]))).toEqual([
      ['a', 'b'],
      ['c'],
      ['d']
    ])
  })

  it('needs a request to arrive after the answer, not at the same instant', () => {
    expect(sequentialWaves([request('a', 0, 30), request('b', 30, 60)])).toHaveLength(1)
  })

  it('lets nothing wait for a request that was never answered', () => {
    expect(names(sequentialWaves([request('hang', 0), request('later', 500, 530)]))).toEqual([['hang', 'later']])
  })

  it('orders by arrival, whatever order the requests come in', () => {
    expect(names(sequentialWaves([request('c', 102, 152), request('a', 0, 50), request('b', 51, 101)]))).toEqual([['a'], ['b'], ['c']])
  })
})
