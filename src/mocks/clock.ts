/** Time source of the mock. Jobs, rate limits and JWT expiry all read it, never `Date.now()`. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
}

export interface TestClock extends Clock {
  /** Moves time forward; the mock notices on the next request (jobs settle when observed). */
  advance(ms: number): void
  set(epochMs: number): void
}

export const realClock: Clock = { now: () => Date.now() }

/** The fixed epoch the seed's dates are relative to: 2026-06-01T00:00:00Z. */
export const SEED_EPOCH_MS = Date.UTC(2026, 5, 1)

/**
 * A clock that only moves when told to. Starts one day after the seed epoch so every seeded
 * date lies in the past.
 */
export function createTestClock(startMs: number = SEED_EPOCH_MS + 24 * 60 * 60 * 1000): TestClock {
  let current = startMs
  return {
    now: () => current,
    advance: (ms) => {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`advance(${ms}): ms must be ≥ 0`)
      current += ms
    },
    set: (epochMs) => {
      current = epochMs
    },
  }
}
