import { useSyncExternalStore } from 'react'
import { isTerminal, type Job } from './job-types'

const STORAGE_KEY = 'coc.jobs.v1'
/** Finished jobs older than this leave the history. */
export const JOB_HISTORY_MAX_AGE_MS = 7 * 24 * 3600 * 1000
const JOB_HISTORY_MAX_COUNT = 500

export type JobChangeListener = (job: Job, previous: Job | undefined) => void

/**
 * The job registry: every job the console started, persisted in localStorage so a reload
 * resumes it, and shared with the other tabs (a write here fires `storage` events there).
 */
export class JobStore {
  private jobs = new Map<string, Job>()
  private snapshot: Job[] = []
  private readonly listeners = new Set<() => void>()
  private readonly changeListeners = new Set<JobChangeListener>()

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    this.jobs = this.read()
    this.refreshSnapshot()
  }

  /** Newest first. */
  list(): Job[] {
    return this.snapshot
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id)
  }

  findRunning(dedupeKey: string, connectionScope: string): Job | undefined {
    return this.snapshot.find(
      (job) =>
        job.dedupeKey === dedupeKey &&
        job.connectionScope === connectionScope &&
        !isTerminal(job.state),
    )
  }

  upsert(job: Job): void {
    const previous = this.jobs.get(job.id)
    this.jobs.set(job.id, job)
    this.commit()
    this.emitChange(job, previous)
  }

  update(id: string, patch: Partial<Job> | ((job: Job) => Partial<Job>)): Job | undefined {
    const previous = this.jobs.get(id)
    if (!previous) return undefined
    const next: Job = {
      ...previous,
      ...(typeof patch === 'function' ? patch(previous) : patch),
      updatedAt: Date.now(),
    }
    this.jobs.set(id, next)
    this.commit()
    this.emitChange(next, previous)
    return next
  }

  remove(ids: string[]): void {
    for (const id of ids) this.jobs.delete(id)
    this.commit()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Called for every change of a job, from this tab or another (with the state before). */
  onChange(listener: JobChangeListener): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** Re-reads storage after another tab wrote it, reporting what changed. */
  syncFromStorage(): void {
    const fresh = this.read()
    const changed: [Job, Job | undefined][] = []
    for (const [id, job] of fresh) {
      const previous = this.jobs.get(id)
      if (!previous || previous.updatedAt !== job.updatedAt || previous.state !== job.state)
        changed.push([job, previous])
    }
    this.jobs = fresh
    this.refreshSnapshot()
    for (const listener of this.listeners) listener()
    for (const [job, previous] of changed) this.emitChange(job, previous, false)
  }

  private emitChange(job: Job, previous: Job | undefined, notify = true) {
    if (notify) for (const listener of this.listeners) listener()
    for (const listener of this.changeListeners) listener(job, previous)
  }

  private commit() {
    this.prune()
    this.refreshSnapshot()
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(this.snapshot))
    } catch {
      // Storage full or unavailable: the jobs still run in this tab, only durability is lost.
    }
  }

  private prune() {
    const now = Date.now()
    const finished = [...this.jobs.values()]
      .filter((job) => isTerminal(job.state))
      .sort((a, b) => b.startedAt - a.startedAt)
    finished.forEach((job, index) => {
      if (
        index >= JOB_HISTORY_MAX_COUNT ||
        now - (job.finishedAt ?? job.startedAt) > JOB_HISTORY_MAX_AGE_MS
      ) {
        this.jobs.delete(job.id)
      }
    })
  }

  private refreshSnapshot() {
    this.snapshot = [...this.jobs.values()].sort((a, b) => b.startedAt - a.startedAt)
  }

  private read(): Map<string, Job> {
    try {
      const raw = this.storage?.getItem(STORAGE_KEY)
      const parsed: unknown = raw ? JSON.parse(raw) : []
      if (!Array.isArray(parsed)) return new Map()
      return new Map(
        (parsed as Job[])
          .filter((job) => job && typeof job.id === 'string' && typeof job.state === 'string')
          .map((job) => [job.id, job]),
      )
    } catch {
      return new Map()
    }
  }

  static readonly storageKey = STORAGE_KEY
}

export function useJobList(store: JobStore): Job[] {
  return useSyncExternalStore(
    store.subscribe,
    () => store.list(),
    () => store.list(),
  )
}
