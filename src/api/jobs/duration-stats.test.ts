import { DurationStats } from './duration-stats'

test('without samples, single jobs expect 0.5–3 s and bulk jobs scale with size', () => {
  const stats = new DurationStats()
  expect(stats.expectedWindow('record-duplicate', 1)).toEqual({ earliestMs: 500, latestMs: 3000 })
  expect(stats.expectedWindow('bulk-publish', 100).latestMs).toBeGreaterThan(3000)
})

test('learns overhead and per-record time of bulk jobs', () => {
  const stats = new DurationStats()
  for (const size of [10, 50, 100, 200, 150, 20])
    stats.record('bulk-publish', size, 1500 + 40 * size)
  const window = stats.expectedWindow('bulk-publish', 1000)
  expect(window.earliestMs).toBeCloseTo(41_500, -1)
  expect(window.latestMs).toBeCloseTo(41_500, -1)
})

test('the spread of single-record jobs becomes the window, and survives a reload', () => {
  const stats = new DurationStats()
  for (const duration of [800, 1200, 2000, 2600, 1500, 900, 2900, 700])
    stats.record('record-duplicate', 1, duration)
  const window = new DurationStats().expectedWindow('record-duplicate', 1)
  expect(window.earliestMs).toBe(700)
  expect(window.latestMs).toBe(2900)
})
