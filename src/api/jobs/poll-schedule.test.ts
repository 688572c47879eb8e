import {
  HIDDEN_TAB_MIN_MS,
  JOB_POLL_MAX_MS,
  nextPollAt,
  type PollScheduleInput,
} from './poll-schedule'

const base: PollScheduleInput = {
  now: 0,
  startedAt: 0,
  lastPollAt: undefined,
  window: { earliestMs: 500, latestMs: 3000 },
  isHidden: false,
}

test('the first poll comes at the earliest plausible end', () => {
  expect(nextPollAt(base)).toBe(500)
})

test('long jobs get an early first look, then wait for their window', () => {
  const long = { ...base, window: { earliestMs: 20_000, latestMs: 40_000 } }
  expect(nextPollAt(long)).toBe(1000)
  expect(nextPollAt({ ...long, now: 1000, lastPollAt: 1000 })).toBe(20_000)
})

test('inside the window polls are dense, after it they back off up to the cap', () => {
  expect(nextPollAt({ ...base, now: 500, lastPollAt: 500 })).toBe(1000)
  const late = nextPollAt({ ...base, now: 9000, lastPollAt: 9000 })
  expect(late - 9000).toBe(3000)
  expect(nextPollAt({ ...base, now: 200_000, lastPollAt: 200_000 }) - 200_000).toBe(JOB_POLL_MAX_MS)
})

test('known progress predicts the end', () => {
  const withProgress = {
    ...base,
    window: { earliestMs: 20_000, latestMs: 60_000 },
    now: 4000,
    lastPollAt: 4000,
    progress: { total: 100, remaining: 90, observedAt: 1000 },
  }
  // 10 done in 1 s → 90 left ≈ 9 s, capped at a poll every 2 s.
  expect(nextPollAt(withProgress)).toBe(6000)
  expect(
    nextPollAt({ ...withProgress, progress: { total: 100, remaining: 1, observedAt: 3960 } }),
  ).toBeLessThan(4200)
})

test('a 429 and a low budget push the next poll back', () => {
  expect(nextPollAt({ ...base, blockedUntil: 2500 })).toBe(2500)
  expect(nextPollAt({ ...base, rateLimitRemaining: 2 })).toBe(1000)
})

test('a hidden tab polls far less often', () => {
  expect(nextPollAt({ ...base, isHidden: true })).toBe(HIDDEN_TAB_MIN_MS)
})
