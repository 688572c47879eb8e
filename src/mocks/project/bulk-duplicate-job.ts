import { JOB_RESULT_RETENTION_MS } from '../jobs/job-runner'
import type { ContentStore, JsonValue, StoredJob, StoredJobEvent } from '../store'

/** `data.job` of the sync events (Unicat names jobs after the operation). */
export const BULK_DUPLICATE_JOB = 'bulk_duplicate_records'

/** Selections larger than this are `rejected` (contract: "over 10,000 records"). */
export const BULK_SELECTION_MAX_RECORDS = 10_000

/** Demo timing at speed 1: a fixed start-up cost plus a cost per copied record. */
export const BULK_JOB_OVERHEAD_MS = 1_000
export const BULK_JOB_MS_PER_RECORD = 40

/**
 * Progress events come at least this often while a job processes (the contract asks for at
 * least once a second; a little more often, as a live server's timers drift early and late)...
 */
export const PROGRESS_HEARTBEAT_MS = 800
/** ...and at least once per this many twentieths (5%) of progress. */
const PROGRESS_STEPS = 20

/** Share of a failing job's records (its tail) that fail, so the done event shows a partial failure. */
const FAILING_SHARE = 0.4

/** Why one record could not be copied; listed in the done event's `data.result.errors`. */
export interface CopyError {
  record: string
  reason: string
}

/** What a bulk-duplicate job keeps in `StoredJob.input`: fixed when the job is created. */
export interface BulkDuplicateInput {
  projectGid: string
  recordIds: string[]
  /** Effective timing after the speed factor, so changing the factor later never rewinds progress. */
  overheadMs: number
  msPerRecord: number
  /** Set for selections over the limit: the job ends `rejected` right away. */
  rejectReason: string | null
}

/** Progress kept in `StoredJob.info` (all JSON) as events are materialized. */
interface BulkDuplicateProgress {
  total: number
  processed: number
  /** Mock-clock time of the last event emitted for this job. */
  lastEventAt: number
  copies: string[]
  errors: CopyError[]
}

export interface StartBulkDuplicateOptions {
  projectGid: string
  /** The API key whose JWT started the job (kept like the CMA keeps a job's token). */
  apiKey: string
  recordIds: string[]
  nowMs: number
  /** Job speed factor (2 = twice as fast). */
  speed: number
  /** Share of jobs that fail (fault injection), 0–1. */
  failureRate: number
}

/** A stable draw in [0, 1) from a job id, so whether a job fails is reproducible. */
function unitFromId(id: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0
  return hash / 0x1_0000_0000
}

function inputOf(job: StoredJob): BulkDuplicateInput {
  return job.input as unknown as BulkDuplicateInput
}

function progressOf(job: StoredJob): BulkDuplicateProgress {
  return job.info as unknown as BulkDuplicateProgress
}

function isBulkDuplicate(job: StoredJob): boolean {
  return job.dialect === 'project' && job.kind === BULK_DUPLICATE_JOB
}

function toSeconds(ms: number): number {
  return ms / 1000
}

function eventData(
  job: StoredJob,
  status: string,
  at: number,
  extra: Record<string, JsonValue> = {},
) {
  const input = inputOf(job)
  const progress = progressOf(job)
  const info: Record<string, JsonValue> = {
    total: progress.total,
    remaining: progress.total - progress.processed,
  }
  if (status === 'done') info.failed = progress.errors.length
  if (input.rejectReason !== null) info.reason = input.rejectReason
  return {
    project_gid: input.projectGid,
    job: BULK_DUPLICATE_JOB,
    status,
    info,
    created_on: toSeconds(job.createdAt),
    updated_on: toSeconds(at),
    ...extra,
  }
}

function emit(
  store: ContentStore,
  job: StoredJob,
  status: string,
  at: number,
  extra?: Record<string, JsonValue>,
): void {
  store.appendJobEvent({
    jobId: job.id,
    action: 'UPDATE',
    at,
    data: eventData(job, status, at, extra),
  })
}

/** When the job's running (not yet finished) predecessors are all done: the queue is FIFO per project. */
function queueFreeAt(store: ContentStore, projectGid: string, nowMs: number): number {
  let freeAt = nowMs
  for (const job of store.listJobs()) {
    if (!isBulkDuplicate(job) || job.state === 'rejected') continue
    if (inputOf(job).projectGid !== projectGid) continue
    freeAt = Math.max(freeAt, job.startAt + job.durationMs)
  }
  return freeAt
}

/**
 * Creates a bulk-duplicate job and its first event (`queued`, or `rejected` for an oversized
 * selection). Call `settleBulkDuplicateJobs` first so earlier events keep their cursor order.
 */
export function startBulkDuplicateJob(
  store: ContentStore,
  options: StartBulkDuplicateOptions,
): StoredJob {
  const { projectGid, recordIds, nowMs } = options
  const speed = options.speed > 0 && Number.isFinite(options.speed) ? options.speed : 1
  const total = recordIds.length
  const rejectReason =
    total > BULK_SELECTION_MAX_RECORDS
      ? `The selection has ${total} records; bulk duplicate takes at most ${BULK_SELECTION_MAX_RECORDS}.`
      : null
  const overheadMs = Math.round(BULK_JOB_OVERHEAD_MS / speed)
  const msPerRecord = BULK_JOB_MS_PER_RECORD / speed
  const input: BulkDuplicateInput = {
    projectGid,
    // A rejected job never reads its records; don't persist 10,000+ ids for nothing.
    recordIds: rejectReason === null ? recordIds : [],
    overheadMs,
    msPerRecord,
    rejectReason,
  }
  const progress: BulkDuplicateProgress = {
    total,
    processed: 0,
    lastEventAt: nowMs,
    copies: [],
    errors: [],
  }
  const startAt = rejectReason === null ? queueFreeAt(store, projectGid, nowMs) : nowMs
  const id = store.nextUuid()
  const job: StoredJob = {
    id,
    dialect: 'project',
    kind: BULK_DUPLICATE_JOB,
    token: options.apiKey,
    input: input as unknown as JsonValue,
    createdAt: nowMs,
    startAt,
    durationMs: rejectReason === null ? Math.round(overheadMs + total * msPerRecord) : 0,
    willFail: rejectReason === null && unitFromId(id) < options.failureRate,
    state: rejectReason === null ? 'queued' : 'rejected',
    finishedAt: rejectReason === null ? null : nowMs,
    result: null,
    expiresAt: null,
    info: progress as unknown as Record<string, JsonValue>,
  }
  return store.batch(() => {
    store.insertJob(job)
    emit(store, job, job.state, nowMs)
    return job
  })
}

/** Records processed by `at` (the clock decides progress; polling never does). */
function processedAt(job: StoredJob, at: number): number {
  const input = inputOf(job)
  const total = progressOf(job).total
  if (at >= job.startAt + job.durationMs) return total
  const elapsed = at - job.startAt - input.overheadMs
  if (elapsed <= 0 || input.msPerRecord <= 0) return 0
  return Math.min(total, Math.floor(elapsed / input.msPerRecord))
}

/** When the processed count first reaches `count`. */
function timeProcessed(job: StoredJob, count: number): number {
  const input = inputOf(job)
  return Math.min(
    job.startAt + job.durationMs,
    job.startAt + input.overheadMs + Math.ceil(count * input.msPerRecord),
  )
}

/** The time of the job's next event after its last one: a heartbeat, a 5% step or the end. */
function nextEventAt(job: StoredJob): number {
  const progress = progressOf(job)
  const endAt = job.startAt + job.durationMs
  if (job.state === 'queued') return job.startAt
  const heartbeat = progress.lastEventAt + PROGRESS_HEARTBEAT_MS
  const step = Math.floor((progress.processed * PROGRESS_STEPS) / Math.max(progress.total, 1)) + 1
  const stepAt =
    step >= PROGRESS_STEPS
      ? endAt
      : timeProcessed(job, Math.ceil((step * progress.total) / PROGRESS_STEPS))
  return Math.min(heartbeat, Math.max(stepAt, progress.lastEventAt), endAt)
}

function copyRecords(store: ContentStore, job: StoredJob, upTo: number): void {
  const input = inputOf(job)
  const progress = progressOf(job)
  const failFrom = job.willFail ? Math.floor(progress.total * (1 - FAILING_SHARE)) : Infinity
  for (let index = progress.processed; index < upTo; index++) {
    const recordId = input.recordIds[index]
    if (recordId === undefined) continue
    if (index >= failFrom) {
      progress.errors.push({
        record: recordId,
        reason: 'The copy could not be saved (injected job failure).',
      })
      continue
    }
    if (!store.getRecord(recordId)) {
      progress.errors.push({
        record: recordId,
        reason: 'The record was deleted before it could be copied.',
      })
      continue
    }
    try {
      progress.copies.push(store.duplicateRecord(recordId).id)
    } catch (error) {
      progress.errors.push({
        record: recordId,
        reason: error instanceof Error ? error.message : String(error),
      })
    }
  }
  progress.processed = upTo
}

/** Emits every event of `job` due by `nowMs`, applying the copies as progress passes them. */
function advanceJob(store: ContentStore, job: StoredJob, nowMs: number): boolean {
  let changed = false
  while (job.state === 'queued' || job.state === 'processing') {
    const at = nextEventAt(job)
    if (at > nowMs) break
    const progress = progressOf(job)
    changed = true
    if (job.state === 'queued') {
      job.state = 'processing'
      progress.lastEventAt = at
      emit(store, job, 'processing', at)
      continue
    }
    copyRecords(store, job, processedAt(job, at))
    progress.lastEventAt = at
    if (at >= job.startAt + job.durationMs) {
      job.state = 'done'
      job.finishedAt = at
      // Same retention as CMA job results; the sync events themselves stay.
      job.expiresAt = at + JOB_RESULT_RETENTION_MS
      const result = { records: progress.copies, errors: progress.errors } as unknown as JsonValue
      job.result = { status: 200, statusText: 'OK', payload: result }
      emit(store, job, 'done', at, { result })
    } else {
      emit(store, job, 'processing', at)
    }
  }
  if (changed) {
    // The job object was advanced in place; this records it through the store (listeners fire).
    store.updateJob(job.id, {
      state: job.state,
      finishedAt: job.finishedAt,
      expiresAt: job.expiresAt,
      result: job.result,
      info: job.info,
    })
  }
  return changed
}

/**
 * Brings every bulk-duplicate job up to `nowMs`: the events it would have produced by then, in
 * time order (one job processes at a time per project, so job order is time order), with their
 * copies made. Idempotent for a given time; returns whether anything changed (to persist).
 */
export function settleBulkDuplicateJobs(store: ContentStore, nowMs: number): boolean {
  const pending = store
    .listJobs()
    .filter((job) => isBulkDuplicate(job) && (job.state === 'queued' || job.state === 'processing'))
    .sort((a, b) => a.startAt - b.startAt || a.createdAt - b.createdAt)
  if (pending.length === 0) return false
  return store.batch(() => {
    let changed = false
    for (const job of pending) changed = advanceJob(store, job, nowMs) || changed
    return changed
  })
}

/** The sync feed's wire shape of a stored event. */
export function toSyncEvent(event: StoredJobEvent): Record<string, JsonValue> {
  return {
    type: 'cc',
    cursor: event.cursor,
    action: event.action,
    data_type: 'jobs',
    data_key: event.jobId,
    data: event.data,
  }
}
