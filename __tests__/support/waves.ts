/** A request as a stand-in saw it: when it arrived and when its answer was sent (unset if never). */
export interface TimedRequest {
  arrivedAt: number
  answeredAt?: number
}

/**
 * Groups requests into sequential waves: a request's wave is one more than
 * the latest wave among the requests answered before it arrived (1 when
 * none was), so the number of waves is the length of the longest chain in
 * which each request arrived after the one before it was answered. Requests
 * sent side by side land in one wave. Times must come from one clock, and
 * answers need a latency well above loopback jitter for the order to mean
 * anything (the bench uses at least 30 ms).
 */
export function sequentialWaves<T extends TimedRequest>(requests: readonly T[]): T[][] {
  const byArrival = [...requests].sort((a, b) => a.arrivedAt - b.arrivedAt)
  const waveOf = new Map<T, number>()
  const waves: T[][] = []
  for (const request of byArrival) {
    const answeredBefore = [...waveOf].filter(([earlier]) => earlier.answeredAt !== undefined && earlier.answeredAt < request.arrivedAt)
    const wave = Math.max(0, ...answeredBefore.map(([, earlierWave]) => earlierWave + 1))
    waveOf.set(request, wave)
    waves[wave] = [...(waves[wave] ?? []), request]
  }
  return waves
}
