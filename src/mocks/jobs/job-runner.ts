import type { ContentStore } from '../store/content-store'
import type { JobDialect, JsonValue, StoredJob, StoredJobResult } from '../store/types'

/** Job results stay readable this long after the job finished (demo time). */
export const JOB_RESULT_RETENTION_MS = 24 * 60 * 60 * 1000

export interface JobKindHandlers {
  /** Applies the job to the store and says what its result is (a 4xx/5xx result is fine). */
  run(job: StoredJob, store: ContentStore): StoredJobResult
  /** The result of a job the fault settings decided to fail (nothing is applied). */
  fail(job: StoredJob, store: ContentStore): StoredJobResult
}

export interface StartJobInput {
  kind: string
  dialect: JobDialect
  token: string
  input: JsonValue
  /** Duration at job speed 1; divided by the speed factor. */
  baseDurationMs: number
  /** Defaults to now; a queued job starts later. */
  startAt?: number
  id?: string
  info?: Record<string, JsonValue>
}

export interface JobRunnerOptions {
  store: ContentStore
  /** Read on every start, so fault changes apply to the next job. */
  getJobSettings: () => { jobSpeed: number; jobFailureRate: number }
  random: () => number
}

/**
 * Runs jobs on the store's clock. A job's end time is fixed when it starts; its outcome is
 * applied the first time anyone looks after that (`settle`), in end-time order, so polling
 * faster never makes a job finish sooner and a reload in the middle loses nothing.
 */
export class JobRunner {
  private kinds = new Map<string, JobKindHandlers>()

  constructor(private readonly options: JobRunnerOptions) {}

  register(kind: string, handlers: JobKindHandlers): void {
    this.kinds.set(kind, handlers)
  }

  private settlers = new Map<string, (now: number) => void>()

  /**
   * For kinds that run their own lifecycle on the clock (the Project API's bulk duplicate emits
   * progress events and copies as it goes): `settle` calls `settler` and never finishes those
   * jobs itself, so whichever dialect looks first brings them up to date.
   */
  registerSettler(kind: string, settler: (now: number) => void): void {
    this.settlers.set(kind, settler)
  }

  private get store(): ContentStore {
    return this.options.store
  }

  /** Point the runner at another store (used when the context swaps stores). */
  setStore(store: ContentStore): void {
    this.options.store = store
  }

  start(input: StartJobInput): StoredJob {
    if (!this.kinds.has(input.kind)) throw new Error(`No job handlers registered for ${input.kind}`)
    const settings = this.options.getJobSettings()
    const now = this.store.clock.now()
    const speed = settings.jobSpeed > 0 ? settings.jobSpeed : 1
    const startAt = input.startAt ?? now
    const job: StoredJob = {
      id: input.id ?? (input.dialect === 'cma' ? this.store.nextJobId() : this.store.nextUuid()),
      dialect: input.dialect,
      kind: input.kind,
      token: input.token,
      input: input.input,
      createdAt: now,
      startAt,
      durationMs: Math.max(0, Math.round(input.baseDurationMs / speed)),
      willFail: this.options.random() < settings.jobFailureRate,
      state: startAt > now ? 'queued' : 'processing',
      finishedAt: null,
      result: null,
      expiresAt: null,
      info: input.info ?? {},
    }
    return this.store.insertJob(job)
  }

  /** Applies every job that has ended by now, oldest end first; drops expired results. */
  settle(): void {
    const now = this.store.clock.now()
    for (const settler of this.settlers.values()) settler(now)
    const due = this.store
      .listJobs()
      .filter(
        (job) =>
          job.finishedAt === null &&
          job.startAt + job.durationMs <= now &&
          !this.settlers.has(job.kind),
      )
      .sort(
        (a, b) =>
          a.startAt + a.durationMs - (b.startAt + b.durationMs) || a.createdAt - b.createdAt,
      )
    for (const job of due) this.finish(job)
    const expired = this.store
      .listJobs()
      .filter((job) => job.expiresAt !== null && job.expiresAt <= now)
      .map((job) => job.id)
    this.store.removeJobs(expired)
  }

  private finish(job: StoredJob): void {
    const handlers = this.kinds.get(job.kind)
    const finishedAt = job.startAt + job.durationMs
    let result: StoredJobResult
    if (!handlers) {
      result = { status: 500, statusText: 'Internal Server Error', payload: null }
    } else if (job.willFail) {
      result = handlers.fail(job, this.store)
    } else {
      try {
        result = this.store.batch(() => handlers.run(job, this.store))
      } catch (error) {
        // An executor bug must not wedge the job forever: report it as the job's failure.
        result = {
          status: 500,
          statusText: 'Internal Server Error',
          payload: { message: error instanceof Error ? error.message : String(error) },
        }
      }
    }
    const failed = result.status >= 400
    this.store.updateJob(job.id, {
      state: failed ? 'failed' : 'done',
      finishedAt,
      result,
      expiresAt: finishedAt + JOB_RESULT_RETENTION_MS,
    })
  }

  /** The job as of now (settled first), or undefined if unknown or expired. */
  find(id: string): StoredJob | undefined {
    this.settle()
    return this.store.getJob(id)
  }

  /** 0–1 progress of a job as a function of elapsed time (for progress displays and events). */
  progress(job: StoredJob): number {
    if (job.finishedAt !== null) return 1
    const now = this.store.clock.now()
    if (now <= job.startAt) return 0
    if (job.durationMs === 0) return 1
    return Math.min(1, (now - job.startAt) / job.durationMs)
  }
}
