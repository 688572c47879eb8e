import { createRateLimiter } from './rate-limiter'

test('lets a burst up to the limit through, then waits for the window to slide', async () => {
  vi.useFakeTimers()
  const limiter = createRateLimiter(3, 1000, () => Date.now())
  const granted: number[] = []
  const start = Date.now()
  const all = Promise.all(
    Array.from({ length: 5 }, () => limiter.acquire().then(() => granted.push(Date.now() - start))),
  )
  await vi.advanceTimersByTimeAsync(2500)
  await all
  expect(granted).toEqual([0, 0, 0, 1000, 1000])
  vi.useRealTimers()
})

test('a 429 blocks every request until the reset time', async () => {
  vi.useFakeTimers()
  const limiter = createRateLimiter(10, 1000, () => Date.now())
  const start = Date.now()
  limiter.blockUntil(start + 2000)
  let grantedAt = -1
  const pending = limiter.acquire().then(() => (grantedAt = Date.now() - start))
  await vi.advanceTimersByTimeAsync(2100)
  await pending
  expect(grantedAt).toBe(2000)
  vi.useRealTimers()
})
