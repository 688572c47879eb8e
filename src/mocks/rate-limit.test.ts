// @vitest-environment node
import './testing/node-storage-shim'
import { describe, expect, it } from 'vitest'
import { RateLimiter } from './rate-limit'

describe('RateLimiter', () => {
  it('allows 60 requests per 3 s per token, then says when to come back', () => {
    const limiter = new RateLimiter()
    for (let index = 0; index < 60; index++)
      expect(limiter.hit('a', 1000 + index).allowed).toBe(true)
    const refused = limiter.hit('a', 1100)
    expect(refused).toMatchObject({ allowed: false, remaining: 0, resetSeconds: 3 })
    expect(limiter.hit('b', 1100).allowed).toBe(true)
    expect(limiter.hit('a', 4001).allowed).toBe(true)
  })
})
