import type { Clock } from '../../src/clock.js'

/** A clock whose sleep returns at once and moves time forward. */
export function fakeClock(start = 1_000_000): Clock & { sleeps: number[]; elapsed(): number } {
  let now = start
  const sleeps: number[] = []
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms)
      now += ms
    },
    elapsed: () => now - start
  }
}
