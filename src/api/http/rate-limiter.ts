import { abortableSleep } from '@/lib/abortable-sleep'

/**
 * The CMA allows 60 requests per 3 s per token. We pace ourselves with a token bucket: bursts of
 * at most 10, refilled at 15 per second, so any 3 s holds at most 55 of our requests even when
 * the server sees them bunched up; the slack covers other tabs and clock skew.
 */
export const CMA_BURST = 10
export const CMA_REFILL_PER_SECOND = 15

export interface RateLimiter {
  /** Resolves when a request may be sent now (and counts it). */
  acquire(signal?: AbortSignal): Promise<void>
  /** The server said wait (429 with X-RateLimit-Reset): nobody sends before `untilMs`. */
  blockUntil(untilMs: number): void
}

export function createRateLimiter(
  burst: number = CMA_BURST,
  refillPerSecond: number = CMA_REFILL_PER_SECOND,
  now: () => number = Date.now,
): RateLimiter {
  let tokens = burst
  let refilledAt = now()
  let blockedUntil = 0

  function refill(current: number) {
    tokens = Math.min(burst, tokens + ((current - refilledAt) / 1000) * refillPerSecond)
    refilledAt = current
  }

  async function acquire(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const current = now()
      refill(current)
      const waitForBlock = blockedUntil - current
      const waitForToken = tokens >= 1 ? 0 : ((1 - tokens) / refillPerSecond) * 1000
      const waitMs = Math.max(waitForBlock, waitForToken)
      if (waitMs <= 0) {
        tokens -= 1
        return
      }
      await abortableSleep(Math.ceil(waitMs), signal)
    }
  }

  return {
    acquire,
    blockUntil(untilMs: number) {
      blockedUntil = Math.max(blockedUntil, untilMs)
    },
  }
}
