import { createRateLimiter } from './rate-limiter'

afterEach(() => vi.useRealTimers())

test('lets a burst through, then paces requests at the refill rate', async () => {
  vi.useFakeTimers()
  const limiter = createRateLimiter(3, 10, () => Date.now())
  const start = Date.now()
  const granted: number[] = []
  const all = Promise.all(
    Array.from({ length: 5 }, () => limiter.acquire().then(() => granted.push(Date.now() - start))),
  )
  await vi.advanceTimersByTimeAsync(1000)
  await all
  expect(granted).toEqual([0, 0, 0, 100, 200])
})

test('no 3-second window ever holds more than 55 requests with the CMA settings', async () => {
  vi.useFakeTimers()
  const limiter = createRateLimiter(undefined, undefined, () => Date.now())
  const start = Date.now()
  const granted: number[] = []
  const all = Promise.all(
    Array.from({ length: 200 }, () =>
      limiter.acquire().then(() => granted.push(Date.now() - start)),
    ),
  )
  await vi.advanceTimersByTimeAsync(20_000)
  await all
  const busiest = Math.max(
    ...granted.map((at) => granted.filter((other) => other >= at && other < at + 3000).length),
  )
  expect(busiest).toBeLessThanOrEqual(55)
})

test('a 429 blocks every request until the reset time', async () => {
  vi.useFakeTimers()
  const limiter = createRateLimiter(10, 15, () => Date.now())
  const start = Date.now()
  limiter.blockUntil(start + 2000)
  let grantedAt = -1
  const pending = limiter.acquire().then(() => (grantedAt = Date.now() - start))
  await vi.advanceTimersByTimeAsync(2100)
  await pending
  expect(grantedAt).toBe(2000)
})
