import { estimateRemainingMs, formatDuration, progressPercent } from './job-progress'

test('percent of a known total', () => {
  expect(progressPercent({ total: 120, remaining: 30 })).toBe(75)
  expect(progressPercent({ total: 0, remaining: 0 })).toBeUndefined()
  expect(progressPercent(undefined)).toBeUndefined()
})

test('time left extrapolates the rate so far', () => {
  expect(estimateRemainingMs({ total: 100, remaining: 75 }, 0, 10_000)).toBe(30_000)
  expect(estimateRemainingMs({ total: 100, remaining: 100 }, 0, 10_000)).toBeUndefined()
})

test('durations read naturally', () => {
  expect(formatDuration(4200)).toBe('4 s')
  expect(formatDuration(125_000)).toBe('2 min 05 s')
  expect(formatDuration(3_780_000)).toBe('1 h 03 min')
})
