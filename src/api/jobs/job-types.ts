/** Lifecycle of every server job, whatever dialect runs it. */
export type JobState = 'queued' | 'processing' | 'done' | 'failed' | 'rejected'

export const TERMINAL_JOB_STATES: readonly JobState[] = ['done', 'failed', 'rejected']

export function isTerminal(state: JobState): boolean {
  return TERMINAL_JOB_STATES.includes(state)
}

export type JobKind =
  | 'record-duplicate'
  | 'record-delete'
  | 'field-duplicate'
  | 'version-restore'
  | 'bulk-duplicate'
  | 'bulk-publish'
  | 'bulk-unpublish'
  | 'bulk-delete'

export interface JobTarget {
  type: 'record' | 'field' | 'version' | 'model' | 'selection'
  id: string
  /** How an editor recognises it: a record's title, a field's label. */
  label: string
  /** The record of a version, the model of a record or field (for invalidation and links). */
  parentId?: string
}

/** How the engine learns a job's fate. */
export type JobDriver =
  /** CMA: poll `GET /job-results/:id` (404 while running). */
  | { type: 'cma'; cmaJobId: string }
  /** Project API: follow the job token's events on the `/sync/get` feed. */
  | { type: 'project'; jobToken: string }
  /** Orchestrated in this browser from many CMA calls. */
  | { type: 'client' }

/** What started a job, kept so Retry sends exactly the same request again. */
export type JobOperation =
  | { dialect: 'cma'; method: 'POST' | 'PUT' | 'DELETE'; path: string; body?: unknown }
  | { dialect: 'project'; path: string; body: unknown }
  | { dialect: 'client'; recipe: string; params: unknown }

export interface JobProgress {
  total: number
  remaining: number
  failed?: number
}

export interface JobError {
  /** One sentence an editor can act on. */
  message: string
  codes: string[]
  /** Per-record failures of bulk jobs, when the server lists them. */
  items?: { id: string; message: string }[]
}

export interface Job {
  /** Local id (stable across reloads). */
  id: string
  kind: JobKind
  label: string
  targets: JobTarget[]
  /** While a job with this key is running, starting it again returns the running job. */
  dedupeKey: string
  driver: JobDriver
  /** The connection it belongs to, so the tray shows only the active connection's jobs. */
  connectionScope: string
  /** The browser tab that started it (notifications go there when it is open). */
  originTabId: string
  state: JobState
  startedAt: number
  updatedAt: number
  finishedAt?: number
  progress?: JobProgress
  /** The job result's payload (done) — e.g. the copy of a duplicated record. */
  result?: unknown
  error?: JobError
  /** The number the editor saw in the preview, for bulk jobs ("the server counted 118, not 120"). */
  expectedCount?: number
  operation: JobOperation
  /** Polls made for it, for the scheduler's statistics. */
  requestCount: number
  /** When we last asked the server about it. */
  lastPollAt?: number
  /** The server asked us to wait until then (429). */
  blockedUntil?: number
}
