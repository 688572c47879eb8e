/** The CMA allows 60 requests per 3 s per token; we keep some headroom for other tabs and tools. */
export const CMA_REQUESTS_PER_WINDOW = 50
export const CMA_RATE_WINDOW_MS = 3000

export interface RateLimiter {
  /** Resolves when a request may be sent now (and counts it). */
  acquire(signal?: AbortSignal): Promise<void>
  /** The server said wait (429 with X-RateLimit-Reset): nobody sends before `untilMs`. */
  blockUntil(untilMs: number): void
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer)
        reject(signal.reason)
      },
      { once: true },
    )
  })
}

/** A sliding-window limiter: at most `maxRequests` sends in any `windowMs`. */
export function createRateLimiter(
  maxRequests: number = CMA_REQUESTS_PER_WINDOW,
  windowMs: number = CMA_RATE_WINDOW_MS,
  now: () => number = Date.now,
): RateLimiter {
  const sent: number[] = []
  let blockedUntil = 0

  async function acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const current = now()
      while (sent.length && (sent[0] as number) <= current - windowMs) sent.shift()
      const waitForBlock = blockedUntil - current
      const waitForWindow =
        sent.length >= maxRequests ? (sent[0] as number) + windowMs - current : 0
      const waitMs = Math.max(waitForBlock, waitForWindow)
      if (waitMs <= 0) {
        sent.push(current)
        return
      }
      await sleep(waitMs, signal)
    }
  }

  return {
    acquire,
    blockUntil(untilMs: number) {
      blockedUntil = Math.max(blockedUntil, untilMs)
    },
  }
}
