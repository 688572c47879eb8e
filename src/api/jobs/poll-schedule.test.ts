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
  window: { earliestMs: 500, latestMs: 3250 },
  isHidden: false,
}

test('the first poll comes one step into the window where the job is expected to end', () => {
  // 5.5 polls across the 2.75 s window: every 500 ms.
  expect(nextPollAt(base)).toBe(1000)
})

test('long jobs get an early first look, then wait for their window', () => {
  const long = { ...base, window: { earliestMs: 20_000, latestMs: 42_000 } }
  expect(nextPollAt(long)).toBe(1000)
  expect(nextPollAt({ ...long, now: 1000, lastPollAt: 1000 })).toBe(24_000)
})

test('inside the window polls are dense, after it they back off up to the cap', () => {
  expect(nextPollAt({ ...base, now: 1000, lastPollAt: 1000 })).toBe(1500)
  expect(nextPollAt({ ...base, now: 9250, lastPollAt: 9250 }) - 9250).toBe(3000)
  expect(nextPollAt({ ...base, now: 200_000, lastPollAt: 200_000 }) - 200_000).toBe(JOB_POLL_MAX_MS)
})

test('a job found running after a reload (no poll yet) is asked at once', () => {
  expect(nextPollAt({ ...base, now: 2000 })).toBe(2000)
  expect(nextPollAt({ ...base, now: 60_000 })).toBe(60_000)
})

test('waiting does not push the poll later: the answer depends on what we last heard', () => {
  const polled = { ...base, lastPollAt: 1000 }
  expect(nextPollAt({ ...polled, now: 1100 })).toBe(1500)
  expect(nextPollAt({ ...polled, now: 1400 })).toBe(1500)
  expect(nextPollAt({ ...polled, now: 1600 })).toBe(1600)
  expect(nextPollAt({ ...base, now: 100, isHidden: true })).toBe(
    nextPollAt({ ...base, now: 900, isHidden: true }),
  )
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
  expect(nextPollAt({ ...base, now: 0, rateLimitRemaining: 2 })).toBe(1000)
  expect(nextPollAt({ ...base, now: 1000, lastPollAt: 1000, rateLimitRemaining: 2 })).toBe(2000)
})

test('a hidden tab polls far less often', () => {
  expect(nextPollAt({ ...base, isHidden: true })).toBe(HIDDEN_TAB_MIN_MS)
})

test('a job never polled comes due once its first poll time has passed, however often re-checked', () => {
  // The poll loop re-asks "when is it due?" until that time has passed: the answer must not
  // move forward with the clock, or the first poll never happens.
  for (const now of [1000, 1200, 5000, 60_000])
    expect(nextPollAt({ ...base, now })).toBeLessThanOrEqual(now)
})
