/** What the server last told us about our request budget. */
export interface RateLimitSnapshot {
  limit: number | undefined
  remaining: number | undefined
  /** Epoch ms before which we should not send again (set by a 429's `X-RateLimit-Reset`). */
  blockedUntilMs: number | undefined
  observedAtMs: number
}

function readInt(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name)
  if (raw === null) return undefined
  const value = Number.parseInt(raw, 10)
  return Number.isFinite(value) ? value : undefined
}

export function readRateLimit(headers: Headers, status: number, nowMs: number): RateLimitSnapshot {
  const resetSeconds = readInt(headers, 'X-RateLimit-Reset')
  return {
    limit: readInt(headers, 'X-RateLimit-Limit'),
    remaining: readInt(headers, 'X-RateLimit-Remaining'),
    blockedUntilMs:
      status === 429 && resetSeconds !== undefined ? nowMs + resetSeconds * 1000 : undefined,
    observedAtMs: nowMs,
  }
}
