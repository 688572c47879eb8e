import type { ExpectedWindow } from './poll-schedule'
import type { JobKind } from './job-types'

const STORAGE_KEY = 'coc.job-durations.v2'
const SAMPLES_KEPT = 60
const MIN_SAMPLES = 4

/** Before we have learned anything: single-record jobs end in 0.5–3 s; bulk ones scale with size. */
const DEFAULT_WINDOW: ExpectedWindow = { earliestMs: 500, latestMs: 3000 }
const DEFAULT_PER_ITEM_MS = { earliestMs: 20, latestMs: 80 }

interface Sample {
  size: number
  durationMs: number
}

type Samples = Partial<Record<JobKind, Sample[]>>

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.floor(q * sorted.length)))] as number
}

/** Least squares `duration = overhead + perItem × size`, or a flat model when sizes don't vary. */
function fit(samples: Sample[]): { overheadMs: number; perItemMs: number } {
  const n = samples.length
  const meanSize = samples.reduce((sum, sample) => sum + sample.size, 0) / n
  const meanDuration = samples.reduce((sum, sample) => sum + sample.durationMs, 0) / n
  let covariance = 0
  let variance = 0
  for (const sample of samples) {
    covariance += (sample.size - meanSize) * (sample.durationMs - meanDuration)
    variance += (sample.size - meanSize) ** 2
  }
  const perItemMs = variance > 0 ? Math.max(0, covariance / variance) : 0
  return { overheadMs: meanDuration - perItemMs * meanSize, perItemMs }
}

/**
 * Learns how long each kind of job takes for its size, so polls land around the expected end.
 * Each sample is an estimate: the midpoint between the last "still running" and the first
 * "done" answer. The window is the fitted line plus the 2nd and 98th percentile of residuals.
 */
export class DurationStats {
  private samples: Samples

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    this.samples = this.read()
  }

  expectedWindow(kind: JobKind, size: number): ExpectedWindow {
    const samples = this.samples[kind] ?? []
    const units = Math.max(1, size)
    if (samples.length < MIN_SAMPLES) {
      if (units <= 1) return DEFAULT_WINDOW
      return {
        earliestMs: DEFAULT_WINDOW.earliestMs + units * DEFAULT_PER_ITEM_MS.earliestMs,
        latestMs: DEFAULT_WINDOW.latestMs + units * DEFAULT_PER_ITEM_MS.latestMs,
      }
    }
    const model = fit(samples)
    const predict = (sampleSize: number) => model.overheadMs + model.perItemMs * sampleSize
    const residuals = samples
      .map((sample) => sample.durationMs - predict(sample.size))
      .sort((a, b) => a - b)
    const expected = predict(units)
    return {
      earliestMs: Math.max(0, expected + quantile(residuals, 0.02)),
      latestMs: Math.max(0, expected + quantile(residuals, 0.98)),
    }
  }

  record(kind: JobKind, size: number, durationMs: number): void {
    const list = (this.samples[kind] ??= [])
    list.push({ size: Math.max(1, size), durationMs })
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
