import { ApiError } from '../http/api-error'
import type { CmaClient } from '../http/cma-client'
import type { ProjectClient } from '../http/project-client'
import { DurationStats } from './duration-stats'
import {
  jobErrorOf,
  outcomeOfCmaJobResult,
  type CmaJobResult,
  type JobOutcome,
} from './job-outcome'
import { JobStore } from './job-store'
import type {
  Job,
  JobDriver,
  JobError,
  JobKind,
  JobOperation,
  JobProgress,
  JobTarget,
} from './job-types'
import { isTerminal } from './job-types'
import { isTabAlive, TAB_GONE_AFTER_MS } from './tab-presence'

const START_ATTEMPTS = 3
/** A CMA job still "not found" after this long is taken as lost. */
export const JOB_LOST_AFTER_MS = 60 * 60 * 1000
const TAB_ID_KEY = 'coc.tab-id'
const SYNC_CURSOR_KEY = 'coc.sync-cursor.v1'

export interface JobRequest {
  kind: JobKind
  label: string
  targets: JobTarget[]
  /** Starting a job whose key is already running returns the running job instead. */
  dedupeKey: string
  expectedCount?: number
}

export interface ClientJobContext {
  signal: AbortSignal
  report(progress: JobProgress): void
}

export type ClientJobRun = (
  context: ClientJobContext,
) => Promise<{ result?: unknown; error?: JobError }>

export interface JobEngineDeps {
  cma: () => CmaClient
  /** Undefined when the connection has no Project API. */
  project: () => ProjectClient | undefined
  connectionScope: () => string
  storage?: Storage
  /** The app's registry, so screens can read jobs without loading the engine. */
  store?: JobStore
  session?: Storage
  now?: () => number
}

type SyncEvent = {
  type?: string
  cursor: number
  data_type?: string
  data_key?: string
  data?: {
    status?: string
    info?: { total?: number; remaining?: number; failed?: number; reason?: string }
    result?: { records?: string[]; errors?: unknown }
  }
}

function initialDriver(operation: JobOperation): JobDriver {
  if (operation.dialect === 'cma') return { type: 'cma', cmaJobId: '' }
  if (operation.dialect === 'project') return { type: 'project', jobToken: '' }
  return { type: 'client' }
}

function makeId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `job-${Date.now()}-${Math.random().toString(36).slice(2)}`
  )
}

/**
 * Starts jobs, follows them to their end through the right driver, and records everything in
 * the job store. React wiring (TanStack Query polling, leader election) lives in use-job-engine.
 */
export class JobEngine {
  readonly store: JobStore
  readonly stats: DurationStats
  readonly tabId: string
  private readonly starting = new Map<string, Promise<Job>>()
  private readonly clientRuns = new Map<string, AbortController>()
  private readonly now: () => number

  constructor(private readonly deps: JobEngineDeps) {
    this.store = deps.store ?? new JobStore(deps.storage)
    this.stats = new DurationStats(deps.storage)
    this.now = deps.now ?? Date.now
    const session = deps.session ?? globalThis.sessionStorage
    // Per tab, and kept across reloads of that tab (sessionStorage), so its notifications follow it.
    this.tabId = session?.getItem(TAB_ID_KEY) ?? makeId()
    session?.setItem(TAB_ID_KEY, this.tabId)
    this.failOrphans()
  }

  /** Starts a CMA job (`202 {data:{type:"job",id}}`), e.g. duplicate, destroy, restore. */
  startCmaJob(
    request: JobRequest & { operation: Extract<JobOperation, { dialect: 'cma' }> },
  ): Promise<Job> {
    return this.startOnce(request, request.operation, async (job) => {
      const response = await this.withStartRetries(() =>
        this.deps
          .cma()
          .request<{ data: { type: string; id: string } | unknown }>(
            request.operation.method,
            request.operation.path,
            request.operation.body === undefined ? {} : { body: request.operation.body },
          ),
      )
      const data = response.body.data as { type?: string; id?: string } | undefined
      if (response.status === 202 && data?.type === 'job' && typeof data.id === 'string') {
        this.store.update(job.id, {
          state: 'processing',
          driver: { type: 'cma', cmaJobId: data.id },
        })
      } else {
        // Some operations answer at once; the job is then already over.
        this.finish(job.id, { state: 'done', result: response.body })
      }
    })
  }

  /** Starts a Project API job (answers `job.token`), followed on the `/sync/get` feed. */
  startProjectJob(
    request: JobRequest & { operation: Extract<JobOperation, { dialect: 'project' }> },
  ): Promise<Job> {
    return this.startOnce(request, request.operation, async (job) => {
      const project = this.requireProject()
      // Take the cursor before starting, so none of this job's events can be missed.
      if (this.readSyncCursor() === undefined) {
        const cursors = await project.call<{ 'cc.cursor': number }>('sync/cursors', {})
        this.writeSyncCursor(cursors.result['cc.cursor'])
      }
      const started = await project.call<{ 'job.token': string }>(
        project.projectPath(request.operation.path),
        request.operation.body,
      )
      this.store.update(job.id, {
        state: 'queued',
        driver: { type: 'project', jobToken: started.result['job.token'] },
      })
    })
  }

  /** Runs a job orchestrated in this tab (bulk CMA calls), reporting progress like the others. */
  startClientJob(
    request: JobRequest & { operation: Extract<JobOperation, { dialect: 'client' }> },
    run: ClientJobRun,
  ): Promise<Job> {
    return this.startOnce(request, request.operation, async (job) => {
      const controller = new AbortController()
      this.clientRuns.set(job.id, controller)
      this.store.update(job.id, { state: 'processing', driver: { type: 'client' } })
      void run({
        signal: controller.signal,
        report: (progress) => this.store.update(job.id, { progress }),
      })
        .then(
          (outcome) => {
            this.finish(
              job.id,
              outcome.error
                ? { state: 'failed', error: outcome.error }
                : { state: 'done', result: outcome.result },
            )
            // A partial failure keeps its per-record outcomes (the copies made, what failed).
            if (outcome.error && outcome.result !== undefined)
              this.store.update(job.id, { result: outcome.result })
          },
          (error: unknown) =>
            this.finish(job.id, {
              state: 'failed',
              error: controller.signal.aborted
                ? { message: 'Cancelled.', codes: ['CANCELLED'] }
                : jobErrorOf(error),
            }),
        )
        .finally(() => this.clientRuns.delete(job.id))
    })
  }

  cancel(id: string): void {
    this.clientRuns.get(id)?.abort()
  }

  /** One poll of a CMA job: 404 means still running; 200 ends it. Returns true when it ended. */
  async pollCmaJob(id: string, signal?: AbortSignal): Promise<boolean> {
    const job = this.store.get(id)
    if (!job || isTerminal(job.state) || job.driver.type !== 'cma' || !job.driver.cmaJobId)
      return true
    const polledAt = this.now()
    try {
      const body = await this.deps
        .cma()
        .get<{ data: { attributes: CmaJobResult } }>(
          `/job-results/${encodeURIComponent(job.driver.cmaJobId)}`,
          {
            signal,
          },
        )
      const request =
        job.operation.dialect === 'cma'
          ? { method: job.operation.method, url: job.operation.path }
          : { method: 'POST', url: '' }
      this.finish(id, outcomeOfCmaJobResult(body.data.attributes, request), polledAt)
      return true
    } catch (error) {
      if (signal?.aborted) throw error
      const blockedUntil =
        error instanceof ApiError && error.status === 429 && error.retryAfterSeconds !== undefined
          ? this.now() + error.retryAfterSeconds * 1000
          : undefined
      const isRunning = error instanceof ApiError && error.status === 404
      if (!isRunning && !(error instanceof ApiError && error.isTransient)) {
        this.finish(id, { state: 'failed', error: jobErrorOf(error) }, polledAt)
        return true
      }
      // "Not found" means "still running", but not forever: a result that never comes was lost
      // (results are kept 24 h, so past that the job is simply gone). Say so instead of spinning.
      if (isRunning && polledAt - job.startedAt > JOB_LOST_AFTER_MS) {
        this.finish(
          id,
          {
            state: 'failed',
            error: {
              message:
                'The server never reported how this job ended. Check the content before retrying.',
              codes: ['JOB_LOST'],
            },
          },
          polledAt,
        )
        return true
      }
      this.store.update(id, (current) => ({
        lastPollAt: polledAt,
        requestCount: current.requestCount + 1,
        ...(blockedUntil ? { blockedUntil } : {}),
      }))
      return false
    }
  }

  /** One read of the Project API's event feed, for every project job at once. */
  async pollSyncFeed(signal?: AbortSignal): Promise<{ hasMore: boolean }> {
    const project = this.requireProject()
    const cursor = this.readSyncCursor() ?? 0
    const response = await project.call<{ sync: SyncEvent[]; warning?: string }>(
      'sync/get',
      { cc_cursor: cursor },
      signal,
    )
    const events = response.result.sync ?? []
    const scope = this.deps.connectionScope()
    const byToken = new Map(
      this.store
        .list()
        .filter(
          (job) =>
            job.driver.type === 'project' &&
            job.connectionScope === scope &&
            !isTerminal(job.state),
        )
        .map((job) => [(job.driver as { jobToken: string }).jobToken, job]),
    )
    for (const job of byToken.values()) {
      this.store.update(job.id, { lastPollAt: this.now(), requestCount: job.requestCount + 1 })
    }
    for (const event of events) {
      const job =
        event.data_type === 'jobs' && event.data_key ? byToken.get(event.data_key) : undefined
      if (job) this.applySyncEvent(job.id, event)
    }
    const last = events.at(-1)
    if (last) this.writeSyncCursor(last.cursor)
    return { hasMore: Boolean(response.result.warning) }
  }

  retry(id: string): Promise<Job> | undefined {
    const job = this.store.get(id)
    if (!job || (job.state !== 'failed' && job.state !== 'rejected')) return undefined
    const request: JobRequest = {
      kind: job.kind,
      label: job.label,
      targets: job.targets,
      dedupeKey: job.dedupeKey,
      ...(job.expectedCount !== undefined ? { expectedCount: job.expectedCount } : {}),
    }
    if (job.operation.dialect === 'cma')
      return this.startCmaJob({ ...request, operation: job.operation })
    if (job.operation.dialect === 'project')
      return this.startProjectJob({ ...request, operation: job.operation })
    return undefined
  }

  dismiss(id: string): void {
    this.store.remove([id])
  }

  clearFinished(): void {
    const scope = this.deps.connectionScope()
    this.store.remove(
      this.store
        .list()
        .filter((job) => job.connectionScope === scope && isTerminal(job.state))
        .map((job) => job.id),
    )
  }

  private applySyncEvent(id: string, event: SyncEvent) {
    const data = event.data ?? {}
    const info = data.info ?? {}
    const progress: JobProgress | undefined =
      typeof info.total === 'number'
        ? {
            total: info.total,
            remaining: info.remaining ?? info.total,
            ...(info.failed ? { failed: info.failed } : {}),
          }
        : undefined
    switch (data.status) {
      case 'queued':
      case 'processing':
        this.store.update(id, { state: data.status, ...(progress ? { progress } : {}) })
        break
      case 'done': {
        const failed = info.failed ?? 0
        if (progress) this.store.update(id, { progress })
        this.finish(
          id,
          failed > 0 && failed === progress?.total
            ? {
                state: 'failed',
                error: { message: `None of the ${failed} records could be copied.`, codes: [] },
              }
            : { state: 'done', result: data.result ?? {} },
        )
        break
      }
      case 'rejected':
        this.finish(id, {
          state: 'rejected',
          error: { message: info.reason ?? 'The server rejected the job.', codes: ['REJECTED'] },
        })
        break
    }
  }

  private finish(
    id: string,
    outcome: JobOutcome | { state: 'rejected'; error: JobError },
    polledAt?: number,
  ) {
    const job = this.store.get(id)
    if (!job || isTerminal(job.state)) return
    const finishedAt = this.now()
    // The job ended between the last "still running" answer and this one: take the midpoint.
    const endedAround =
      job.lastPollAt !== undefined && polledAt !== undefined
        ? (job.lastPollAt + polledAt) / 2
        : finishedAt
    const size = job.progress?.total ?? job.expectedCount ?? job.targets.length
    if (outcome.state === 'done')
      this.stats.record(job.kind, size, Math.max(0, endedAround - job.startedAt))
    this.store.update(id, (current) => ({
      state: outcome.state,
      finishedAt,
      requestCount: current.requestCount + (polledAt !== undefined ? 1 : 0),
      ...(polledAt !== undefined ? { lastPollAt: polledAt } : {}),
      ...(outcome.state === 'done' ? { result: outcome.result } : { error: outcome.error }),
    }))
  }

  private startOnce(
    request: JobRequest,
    operation: JobOperation,
    send: (job: Job) => Promise<void>,
  ): Promise<Job> {
    const scope = this.deps.connectionScope()
    const running = this.store.findRunning(request.dedupeKey, scope)
    if (running) return Promise.resolve(running)
    const key = `${scope}\n${request.dedupeKey}`
    const inFlight = this.starting.get(key)
    if (inFlight) return inFlight

    const now = this.now()
    const job: Job = {
      id: makeId(),
      kind: request.kind,
      label: request.label,
      targets: request.targets,
      dedupeKey: request.dedupeKey,
      driver: initialDriver(operation),
      connectionScope: scope,
      originTabId: this.tabId,
      state: 'queued',
      startedAt: now,
      updatedAt: now,
      operation,
      requestCount: 0,
      ...(request.expectedCount !== undefined ? { expectedCount: request.expectedCount } : {}),
    }
    this.store.upsert(job)
    const promise = send(job)
      .catch((error: unknown) => this.finish(job.id, { state: 'failed', error: jobErrorOf(error) }))
      .then(() => this.store.get(job.id) ?? job)
      .finally(() => this.starting.delete(key))
    this.starting.set(key, promise)
    return promise
  }

  /**
   * Retries a start only when the server certainly did not act: 429, or a transient 5xx it
   * answered. A dropped connection is ambiguous (the job may have started), so it fails
   * instead of risking the same operation twice.
   */
  private async withStartRetries<T>(send: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await send()
      } catch (error) {
        const canRetry =
          error instanceof ApiError &&
          error.kind === 'http' &&
          (error.status === 429 || (error.status >= 500 && error.isTransient)) &&
          attempt < START_ATTEMPTS
        if (!canRetry) throw error
        const waitMs =
          error.status === 429 && error.retryAfterSeconds !== undefined
            ? error.retryAfterSeconds * 1000
            : 500 * attempt
        await new Promise((resolve) => setTimeout(resolve, waitMs))
      }
    }
  }

  /** Jobs a reload cut off before the server confirmed them, or client runs that died with their tab. */
  private failOrphans() {
    for (const job of this.store.list()) {
      if (isTerminal(job.state)) continue
      const neverConfirmed =
        (job.driver.type === 'cma' && !job.driver.cmaJobId) ||
        (job.driver.type === 'project' && !job.driver.jobToken)
      // A job's own tab runs or starts it; another open tab may be doing so right now. Only
      // this tab's jobs (after a reload) and those of a tab that is gone are orphans.
      const isOrphan =
        job.originTabId === this.tabId ||
        (!isTabAlive(job.originTabId, this.deps.storage) &&
          this.now() - job.updatedAt > TAB_GONE_AFTER_MS)
      const orphanClientRun = job.driver.type === 'client' && isOrphan
      if ((neverConfirmed && isOrphan) || orphanClientRun) {
        this.finish(job.id, {
          state: 'failed',
          error: {
            message: neverConfirmed
              ? 'The page closed before the server confirmed this job. Check the content before retrying.'
              : 'The page running this job closed or reloaded, so it stopped part-way.',
            codes: ['INTERRUPTED'],
          },
        })
      }
    }
  }

  private requireProject(): ProjectClient {
    const project = this.deps.project()
    if (!project) throw new Error('This connection has no Project API.')
    return project
  }

  private readSyncCursor(): number | undefined {
    const raw = (this.deps.storage ?? globalThis.localStorage)?.getItem(
      `${SYNC_CURSOR_KEY}:${this.deps.connectionScope()}`,
    )
    const value = raw === null || raw === undefined ? NaN : Number(raw)
    return Number.isFinite(value) ? value : undefined
  }

  private writeSyncCursor(cursor: number) {
    ;(this.deps.storage ?? globalThis.localStorage)?.setItem(
      `${SYNC_CURSOR_KEY}:${this.deps.connectionScope()}`,
      String(cursor),
    )
  }
}
