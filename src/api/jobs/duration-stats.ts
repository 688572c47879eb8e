import type { ExpectedWindow } from './poll-schedule'
import type { JobKind } from './job-types'

const STORAGE_KEY = 'coc.job-durations.v1'
const SAMPLES_KEPT = 40
const MIN_SAMPLES = 4

/** Before we have learned anything: single-record jobs end in 0.5–3 s; bulk ones scale with size. */
const DEFAULT_PER_JOB: ExpectedWindow = { earliestMs: 500, latestMs: 3000 }
const DEFAULT_PER_ITEM_MS = { earliestMs: 20, latestMs: 80 }

type Samples = Partial<Record<JobKind, number[]>>

/**
 * Learns how long each kind of job takes, per record for bulk jobs, so polls land around the
 * expected end. Samples are estimates: the midpoint between the last "still running" and the
 * first "done" answer.
 */
export class DurationStats {
  private samples: Samples

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    this.samples = this.read()
  }

  expectedWindow(kind: JobKind, size: number): ExpectedWindow {
    const perUnit = this.samples[kind] ?? []
    const units = Math.max(1, size)
    if (perUnit.length < MIN_SAMPLES) {
      if (size <= 1) return DEFAULT_PER_JOB
      return {
        earliestMs: DEFAULT_PER_JOB.earliestMs + units * DEFAULT_PER_ITEM_MS.earliestMs,
        latestMs: DEFAULT_PER_JOB.latestMs + units * DEFAULT_PER_ITEM_MS.latestMs,
      }
    }
    const sorted = [...perUnit].sort((a, b) => a - b)
    const quantile = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
    return { earliestMs: quantile(0.05) * units, latestMs: quantile(0.95) * units }
  }

  record(kind: JobKind, size: number, durationMs: number): void {
    const list = (this.samples[kind] ??= [])
    list.push(durationMs / Math.max(1, size))
    if (list.length > SAMPLES_KEPT) list.splice(0, list.length - SAMPLES_KEPT)
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.samples))
    } catch {
      // Learning is an optimisation; losing it only costs a few extra polls.
    }
  }

  private read(): Samples {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(STORAGE_KEY) ?? '{}')
      return parsed && typeof parsed === 'object' ? (parsed as Samples) : {}
    } catch {
      return {}
    }
  }
}
