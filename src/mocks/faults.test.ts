// @vitest-environment node
import './testing/node-storage-shim'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_FAULT_SETTINGS,
  decideFault,
  normalizeFaultSettings,
  parseFaultSettingsFromSearch,
} from './faults'

describe('fault settings', () => {
  it('reads the URL, shares or percentages, and ignores junk', () => {
    expect(
      parseFaultSettingsFromSearch(
        '?mock.latency=400&mock.jitter=50&mock.errors=0.1&mock.drops=5%&mock.429=20&mock.jobFailures=0.5&mock.jobSpeed=10&other=1',
      ),
    ).toEqual({
      latencyMs: 400,
      latencyJitterMs: 50,
      transientErrorRate: 0.1,
      dropRate: 0.05,
      rateLimitRate: 0.2,
      jobFailureRate: 0.5,
      jobSpeed: 10,
    })
    expect(parseFaultSettingsFromSearch('mock.latency=abc&mock.errors=')).toEqual({})
    expect(parseFaultSettingsFromSearch('mock.errors=250')).toEqual({ transientErrorRate: 1 })
  })

  it('clamps values and keeps calm defaults', () => {
    expect(normalizeFaultSettings({ latencyMs: -5, jobSpeed: 0 })).toMatchObject({
      latencyMs: 0,
      jobSpeed: 0.01,
    })
    expect(DEFAULT_FAULT_SETTINGS).toMatchObject({
      transientErrorRate: 0,
      dropRate: 0,
      rateLimitRate: 0,
      jobFailureRate: 0,
      jobSpeed: 1,
    })
  })

  it('decides drops, errors and 429s by share', () => {
    const calm = { ...DEFAULT_FAULT_SETTINGS }
    expect(decideFault(calm, () => 0)).toEqual({ kind: 'none' })
    expect(decideFault({ ...calm, dropRate: 1 }, () => 0.5).kind).toBe('drop')
    expect(decideFault({ ...calm, transientErrorRate: 1 }, () => 0.5).kind).toBe('error')
    expect(decideFault({ ...calm, rateLimitRate: 1 }, () => 0.5).kind).toBe('rateLimit')
  })
})
