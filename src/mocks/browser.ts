/**
 * The demo's mock API in the browser: msw's service worker with both dialects' handlers over a
 * content store kept in IndexedDB and shared by every tab of the demo. Loaded with a dynamic
 * import, only in demo mode.
 */
import { http, type HttpHandler } from 'msw'
import { setupWorker } from 'msw/browser'
import { DEFAULT_CMA_BASE_URL, DEFAULT_PROJECT_API_BASE_URL } from '../api/demo-constants'
import { createMockContext } from './context'
import type { DemoControls } from './demo-controls'
import { loadDemoFaults, saveDemoFaults } from './demo-faults'
import { DEFAULT_FAULT_SETTINGS } from './faults'
import { createHandlers } from './handlers'
import { openSnapshotDb } from './persistence/snapshot-db'
import {
  createLocalLocks,
  createStorePersistence,
  STORE_CHANNEL_NAME,
  type LockLike,
} from './persistence/store-persistence'
import { warmTextIndex } from './project/selection'
import { createSeed } from './seed'

/** How often running jobs are brought forward when no request does, in ms. */
const JOB_TICK_MS = 1_000

export interface StartDemoOptions {
  /** Where the worker script is served, e.g. `${import.meta.env.BASE_URL}mockServiceWorker.js`. */
  serviceWorkerUrl: string
  /** `location.search`: `?mock.latency=…` overrides saved fault settings for this page load. */
  search: string
}

function browserLocks(): LockLike {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) return createLocalLocks()
  return { request: (name, callback) => locks.request(name, callback) }
}

/** Starts the demo's mock API and resolves once the service worker intercepts requests. */
export async function startDemo(options: StartDemoOptions): Promise<DemoControls> {
  const faults = loadDemoFaults(options.search, localStorage)

  const db = await openSnapshotDb()
  const locks = browserLocks()
  const persisted = await db.read()
  const context = createMockContext({ snapshot: persisted?.snapshot ?? createSeed(), faults })
  const channel =
    typeof BroadcastChannel === 'function' ? new BroadcastChannel(STORE_CHANNEL_NAME) : null
  const persistence = createStorePersistence({
    context,
    db,
    revision: persisted?.revision ?? 0,
    locks,
    channel,
    tickMs: JOB_TICK_MS,
  })
  context.setClock(persistence.clock)
  // Persist a fresh seed at once, so the next reload and other tabs start from this revision.
  // Two tabs seeding an empty database at once is harmless: the seed is deterministic.
  if (!persisted) await persistence.saveNow()

  // Runs before either dialect's handlers and falls through (returns nothing): it brings this
  // tab's store up to date with other tabs and settles due jobs under the cross-tab lock.
  const gate = (baseUrl: string): HttpHandler =>
    http.all(`${baseUrl}/*`, async () => {
      await persistence.beforeRequest()
    })
  // A change is on disk before its answer leaves: a reload right after can't lose it.
  context.setAfterMutation(() => persistence.flush())
  const worker = setupWorker(
    gate(DEFAULT_CMA_BASE_URL),
    gate(DEFAULT_PROJECT_API_BASE_URL),
    ...createHandlers(context),
  )
  await worker.start({
    serviceWorker: { url: options.serviceWorkerUrl },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })

  const onPageHide = () => persistence.flushOnExit()
  const onVisibilityChange = () => {
    if (document.visibilityState === 'hidden') void persistence.flush()
  }
  window.addEventListener('pagehide', onPageHide)
  document.addEventListener('visibilitychange', onVisibilityChange)

  // The first search builds the main locale's word index; do it while the editor reads.
  const warm = () => warmTextIndex(context.store, context.store.site.locales[0] ?? 'en')
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm)
  else setTimeout(warm, 0)

  let stopped = false
  return {
    stop() {
      if (stopped) return
      stopped = true
      worker.stop()
      window.removeEventListener('pagehide', onPageHide)
      document.removeEventListener('visibilitychange', onVisibilityChange)
      void persistence
        .flush()
        .catch((error: unknown) => console.warn('Mock API: could not save on stop', error))
        .finally(() => {
          persistence.dispose()
          channel?.close()
          db.close()
        })
    },
    resetDemoData: () => persistence.replaceAll(createSeed()),
    getFaults: () => context.getFaults(),
    setFaults(next) {
      context.setFaults(next)
      saveDemoFaults(localStorage, context.getFaults())
    },
    defaultFaults: () => ({ ...DEFAULT_FAULT_SETTINGS }),
  }
}
