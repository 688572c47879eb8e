/**
 * Fault injection: how bad the demo's network and server are. Applied by `withFaults` around
 * every handler of both dialects; set from the demo's settings panel, from the URL
 * (`?mock.latency=…`) and from `resetMockApi({ faults })` in Node.
 */
import { delay, HttpResponse } from 'msw'

export interface FaultSettings {
  /** Added to every answer, in ms. */
  latencyMs: number
  /** Up to this many ms more, uniformly random. */
  latencyJitterMs: number
  /** Share (0–1) of requests answered 500/503 with `transient: true`. */
  transientErrorRate: number
  /** Share (0–1) of requests whose connection drops (a network error). */
  dropRate: number
  /** Share (0–1) of requests answered 429 (on top of the real 60 per 3 s limit). */
  rateLimitRate: number
  /** Share (0–1) of jobs that end with an error result. */
  jobFailureRate: number
  /** Job speed factor: 2 = twice as fast; 100 = practically instant. */
  jobSpeed: number
}

/** A calm, realistic demo: a little latency, nothing failing. */
export const DEFAULT_FAULT_SETTINGS: Readonly<FaultSettings> = Object.freeze({
  latencyMs: 120,
  latencyJitterMs: 180,
  transientErrorRate: 0,
  dropRate: 0,
  rateLimitRate: 0,
  jobFailureRate: 0,
  jobSpeed: 1,
})

/** No latency and no failures, for tests (jobs at normal speed: tests drive the clock). */
export const TEST_FAULT_SETTINGS: Readonly<FaultSettings> = Object.freeze({
  latencyMs: 0,
  latencyJitterMs: 0,
  transientErrorRate: 0,
  dropRate: 0,
  rateLimitRate: 0,
  jobFailureRate: 0,
  jobSpeed: 1,
})

const LIMITS: Record<keyof FaultSettings, [min: number, max: number]> = {
  latencyMs: [0, 60_000],
  latencyJitterMs: [0, 60_000],
  transientErrorRate: [0, 1],
  dropRate: [0, 1],
  rateLimitRate: [0, 1],
  jobFailureRate: [0, 1],
  jobSpeed: [0.01, 1000],
}

/** Clamps every value into its range; unknown keys are dropped, missing ones defaulted. */
export function normalizeFaultSettings(
  input: Partial<Record<keyof FaultSettings, unknown>>,
  base: FaultSettings = DEFAULT_FAULT_SETTINGS,
): FaultSettings {
  const out = { ...base }
  for (const key of Object.keys(LIMITS) as (keyof FaultSettings)[]) {
    const raw = input[key]
    const value = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN
    if (raw === undefined || !Number.isFinite(value)) continue
    const [min, max] = LIMITS[key]
    out[key] = Math.min(max, Math.max(min, value))
  }
  return out
}

/**
 * Reads `?mock.latency=400&mock.jitter=200&mock.errors=0.1&mock.drops=0.05&mock.429=0.1&
 * mock.jobFailures=0.2&mock.jobSpeed=5`. Rates accept a share (`0.1`) or a percentage
 * (`10%` or a number above 1, read as percent). Returns only the keys present, so it can be
 * laid over saved settings.
 */
export function parseFaultSettingsFromSearch(search: string): Partial<FaultSettings> {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
  const out: Partial<FaultSettings> = {}
  const read = (name: string, key: keyof FaultSettings, kind: 'ms' | 'rate' | 'factor') => {
    const raw = params.get(`mock.${name}`)
    if (raw === null || raw.trim() === '') return
    const isPercent = raw.trim().endsWith('%')
    let value = Number(isPercent ? raw.trim().slice(0, -1) : raw)
    if (!Number.isFinite(value)) return
    if (kind === 'rate' && (isPercent || value > 1)) value /= 100
    const [min, max] = LIMITS[key]
    out[key] = Math.min(max, Math.max(min, value))
  }
  read('latency', 'latencyMs', 'ms')
  read('jitter', 'latencyJitterMs', 'ms')
  read('errors', 'transientErrorRate', 'rate')
  read('drops', 'dropRate', 'rate')
  read('429', 'rateLimitRate', 'rate')
  read('jobFailures', 'jobFailureRate', 'rate')
  read('jobSpeed', 'jobSpeed', 'factor')
  return out
}

export type FaultDecision =
  { kind: 'none' } | { kind: 'drop' } | { kind: 'error'; status: 500 | 503 } | { kind: 'rateLimit' }

/** Decides the fate of one request. `random` is injectable so tests are reproducible. */
export function decideFault(settings: FaultSettings, random: () => number): FaultDecision {
  const roll = random()
  let threshold = settings.dropRate
  if (roll < threshold) return { kind: 'drop' }
  threshold += settings.transientErrorRate
  if (roll < threshold) return { kind: 'error', status: random() < 0.5 ? 500 : 503 }
  threshold += settings.rateLimitRate
  if (roll < threshold) return { kind: 'rateLimit' }
  return { kind: 'none' }
}

export function latencyFor(settings: FaultSettings, random: () => number): number {
  return settings.latencyMs + Math.round(random() * settings.latencyJitterMs)
}

export interface FaultHooks {
  getSettings(): FaultSettings
  random(): number
  /** The dialect's transient error body (CMA api_error or Project API envelope). */
  errorResponse(status: 500 | 503): Response
  /** The dialect's 429. */
  rateLimitResponse(): Response
}

/**
 * Wraps a resolver so that the configured latency, drops, transient errors and 429s happen
 * before it runs; a faulted request never reaches the store (nothing half-applied).
 */
export function withFaults<Args extends unknown[]>(
  hooks: FaultHooks,
  resolver: (...args: Args) => Response | Promise<Response>,
): (...args: Args) => Promise<Response> {
  return async (...args: Args) => {
    const settings = hooks.getSettings()
    const wait = latencyFor(settings, hooks.random)
    if (wait > 0) await delay(wait)
    const decision = decideFault(settings, hooks.random)
    switch (decision.kind) {
      case 'drop':
        return HttpResponse.error()
      case 'error':
        return hooks.errorResponse(decision.status)
      case 'rateLimit':
        return hooks.rateLimitResponse()
      case 'none':
        return resolver(...args)
    }
  }
}
