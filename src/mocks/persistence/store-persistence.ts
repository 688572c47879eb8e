import type { Clock } from '../clock'
import type { MockContext } from '../context'
import type { StoreSnapshot } from '../store/types'
import type { SnapshotDb } from './snapshot-db'

/** Name of the Web Lock every tab takes to read-modify-write the persisted store. */
export const STORE_LOCK_NAME = 'coc-mock-store'
/** BroadcastChannel on which tabs announce a new persisted revision. */
export const STORE_CHANNEL_NAME = 'coc-mock-store'

/** The part of `navigator.locks` used here (an in-process stand-in works for tests). */
export interface LockLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>
}

/** The part of `BroadcastChannel` used here. */
export interface ChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

interface RevisionMessage {
  type: 'revision'
  revision: number
}

function isRevisionMessage(data: unknown): data is RevisionMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as RevisionMessage).type === 'revision' &&
    typeof (data as RevisionMessage).revision === 'number'
  )
}

/**
 * A mutex for one JavaScript realm: what `navigator.locks` gives across tabs, for places that
 * lack it (Node tests, or a browser without Web Locks, where there is only this tab to guard).
 */
export function createLocalLocks(): LockLike {
  const tails = new Map<string, Promise<unknown>>()
  return {
    request<T>(name: string, callback: () => Promise<T>): Promise<T> {
      const previous = tails.get(name) ?? Promise.resolve()
      const run = previous.then(callback, callback)
      tails.set(
        name,
        run.then(
          () => undefined,
          () => undefined,
        ),
      )
      return run
    },
  }
}

export interface StorePersistenceOptions {
  context: MockContext
  db: SnapshotDb
  /** Revision of the snapshot the context was loaded from (0 = not persisted yet). */
  revision: number
  locks: LockLike
  /** Null when BroadcastChannel is unavailable (only this tab then). */
  channel: ChannelLike | null
  /** Quiet time before a change is written. */
  debounceMs?: number
  /** How often to bring running jobs forward when no request does (0 = never). */
  tickMs?: number
  /** Wall-clock time (Date.now by default). */
  now?: () => number
}

export interface StorePersistence {
  /**
   * The clock to give the handlers: the instant up to which this tab has settled jobs under the
   * lock. Handlers settle jobs themselves too, but with this clock they never find a job due
   * that the locked path hasn't handled — so a job's effects are applied once across tabs.
   */
  readonly clock: Clock
  readonly revision: number
  /** Before each request: take in other tabs' writes, then settle due jobs exactly once. */
  beforeRequest(): Promise<void>
  /** Settles due jobs now (also runs on its own every `tickMs`). */
  tick(): Promise<void>
  /** Writes pending changes now (awaits the lock). */
  flush(): Promise<void>
  /** Writes the store now even without changes (e.g. a fresh seed). */
  saveNow(): Promise<void>
  /** Best-effort write without waiting for the lock, for `pagehide`. */
  flushOnExit(): void
  /** Replaces the content everywhere (this tab, IndexedDB, other tabs): "Reset demo data". */
  replaceAll(snapshot: StoreSnapshot): Promise<void>
  dispose(): void
}

/**
 * Keeps a mock context's store durable and shared across tabs: write-through to IndexedDB
 * (debounced), reload when another tab writes, and job completion effects applied exactly once
 * (Web Lock around re-read → settle → persist). Conflicting edits made in two tabs within one
 * debounce window resolve last-writer-wins.
 */
export function createStorePersistence(options: StorePersistenceOptions): StorePersistence {
  const { context, db, locks, channel } = options
  const realNow = options.now ?? (() => Date.now())
  const debounceMs = options.debounceMs ?? 250
  let revision = options.revision
  let watermark = realNow()
  /** Bumped by every local change (not by loading another tab's snapshot). */
  let changeSeq = 0
  let savedSeq = 0
  let applyingRemote = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let reloading: Promise<void> = Promise.resolve()
  let disposed = false

  const isDirty = () => changeSeq !== savedSeq

  const unsubscribe = context.store.subscribe(() => {
    if (applyingRemote) return
    changeSeq++
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = undefined
      void flush()
    }, debounceMs)
  })

  /** Writes the store as the next revision. Call with the lock held. */
  async function writeLocked(): Promise<void> {
    const seq = changeSeq
    const next = Math.max(revision, await db.readRevision()) + 1
    // No copy here: IndexedDB clones the live content inside `put`, synchronously.
    await db.write({ revision: next, snapshot: context.store.peekSnapshot() })
    revision = next
    savedSeq = seq
    channel?.postMessage({ type: 'revision', revision: next } satisfies RevisionMessage)
  }

  /** Loads what another tab wrote, unless this tab has unsaved changes (those win). Lock held. */
  async function reloadLocked(): Promise<void> {
    if (isDirty()) return
    const persisted = await db.read()
    if (!persisted || persisted.revision <= revision) return
    applyingRemote = true
    try {
      context.store.replaceWith(persisted.snapshot)
    } finally {
      applyingRemote = false
    }
    revision = persisted.revision
  }

  function hasDueJobs(at: number): boolean {
    return context.store.listJobs().some((job) => job.finishedAt === null && job.startAt <= at)
  }

  async function settleExclusive(target: number): Promise<void> {
    await locks.request(STORE_LOCK_NAME, async () => {
      if ((await db.readRevision()) > revision) await reloadLocked()
      watermark = Math.max(watermark, target)
      const before = changeSeq
      context.jobs.settle()
      if (changeSeq !== before) await writeLocked()
    })
  }

  async function beforeRequest(): Promise<void> {
    await reloading
    const target = realNow()
    if (hasDueJobs(target)) await settleExclusive(target)
    else watermark = Math.max(watermark, target)
  }

  async function tick(): Promise<void> {
    const target = realNow()
    if (hasDueJobs(target)) await settleExclusive(target)
  }

  async function flush(): Promise<void> {
    if (timer !== undefined) {
      clearTimeout(timer)
      timer = undefined
    }
    if (!isDirty() || disposed) return
    await locks.request(STORE_LOCK_NAME, writeLocked)
  }

  function flushOnExit(): void {
    if (!isDirty()) return
    // No lock: the page is going away and may not get to run a callback after awaiting one.
    const next = revision + 1
    void db.write({ revision: next, snapshot: context.store.peekSnapshot() }).then(() => {
      channel?.postMessage({ type: 'revision', revision: next } satisfies RevisionMessage)
    })
    revision = next
    savedSeq = changeSeq
  }

  async function replaceAll(snapshot: StoreSnapshot): Promise<void> {
    await locks.request(STORE_LOCK_NAME, async () => {
      context.reset(snapshot)
      await writeLocked()
    })
  }

  const onMessage = (event: MessageEvent) => {
    if (!isRevisionMessage(event.data) || event.data.revision <= revision) return
    reloading = reloading
      .then(() => locks.request(STORE_LOCK_NAME, reloadLocked))
      .catch((error: unknown) => {
        console.warn('Mock API: could not load another tab’s changes', error)
      })
  }
  channel?.addEventListener('message', onMessage)

  const interval =
    options.tickMs !== undefined && options.tickMs > 0
      ? setInterval(() => {
          void tick().catch((error: unknown) => {
            console.warn('Mock API: could not advance jobs', error)
          })
        }, options.tickMs)
      : undefined

  return {
    clock: { now: () => watermark },
    get revision() {
      return revision
    },
    beforeRequest,
    tick,
    flush,
    saveNow: () => locks.request(STORE_LOCK_NAME, writeLocked),
    flushOnExit,
    replaceAll,
    dispose() {
      disposed = true
      if (timer !== undefined) clearTimeout(timer)
      if (interval !== undefined) clearInterval(interval)
      channel?.removeEventListener('message', onMessage)
      unsubscribe()
    },
  }
}
