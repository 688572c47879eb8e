/** DatoCMS's default CMA limit: 60 requests per 3 seconds (per token in this mock). */
export const RATE_LIMIT_MAX_REQUESTS = 60
export const RATE_LIMIT_WINDOW_MS = 3000

export interface RateLimitVerdict {
  allowed: boolean
  limit: number
  remaining: number
  /** Whole seconds until a request will be accepted again (≥ 1 when refused). */
  resetSeconds: number
}

/** A sliding-window limiter on the mock's clock. */
export class RateLimiter {
  private hits = new Map<string, number[]>()

  constructor(
    private readonly max = RATE_LIMIT_MAX_REQUESTS,
    private readonly windowMs = RATE_LIMIT_WINDOW_MS,
  ) {}

  /** Counts a request (when allowed) and says whether it may proceed. */
  hit(key: string, now: number): RateLimitVerdict {
    const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs)
    if (recent.length >= this.max) {
      this.hits.set(key, recent)
      const oldest = recent[0] ?? now
      return {
        allowed: false,
        limit: this.max,
        remaining: 0,
        resetSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)),
      }
    }
    recent.push(now)
    this.hits.set(key, recent)
    return {
      allowed: true,
      limit: this.max,
      remaining: this.max - recent.length,
      resetSeconds: 0,
    }
  }

  /** Remaining budget without counting a request. */
  peek(key: string, now: number): number {
    return this.max - (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs).length
  }

  reset(): void {
    this.hits.clear()
  }
}
