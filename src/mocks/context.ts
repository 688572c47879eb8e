import { realClock, type Clock } from './clock'
import { DEFAULT_FAULT_SETTINGS, normalizeFaultSettings, type FaultSettings } from './faults'
import { JobRunner } from './jobs/job-runner'
import { RateLimiter } from './rate-limit'
import { createPrng } from './seed/prng'
import { createSeed, type CreateSeedOptions } from './seed/create-seed'
import { ContentStore } from './store/content-store'
import type { StoreSnapshot } from './store/types'

/**
 * Everything the handlers of both dialects share: one store, one clock, one job runner, one
 * rate limiter and the fault settings. Handlers read these at request time, so a test can swap
 * the clock or the faults, or reset the store, without rebuilding handlers.
 */
export interface MockContext {
  readonly store: ContentStore
  readonly jobs: JobRunner
  readonly rateLimiter: RateLimiter
  /** The store's clock. */
  readonly clock: Clock
  setClock(clock: Clock): void
  getFaults(): FaultSettings
  /** Merges (and clamps) the given settings over the current ones. */
  setFaults(next: Partial<FaultSettings>): void
  /** Random numbers for fault injection (seeded, so a run is reproducible). */
  random(): number
  /** Replaces the content (seed or saved snapshot) and forgets rate-limit history. */
  reset(snapshot?: StoreSnapshot): void
  /**
   * Awaited after every request that may have changed the store, before its answer is sent:
   * in the browser it makes the change durable, so a client that got a job id can reload and
   * find the job still there.
   */
  afterMutation(): Promise<void>
  setAfterMutation(hook: () => Promise<void>): void
}

export interface CreateMockContextOptions {
  /** Initial content; a fresh demo seed when omitted. */
  snapshot?: StoreSnapshot
  seed?: CreateSeedOptions
  clock?: Clock
  faults?: Partial<FaultSettings>
  /** Seed of the fault-injection PRNG. */
  randomSeed?: number
}

export function createMockContext(options: CreateMockContextOptions = {}): MockContext {
  const seedOptions = options.seed ?? {}
  const store = ContentStore.fromSnapshot(options.snapshot ?? createSeed(seedOptions), {
    clock: options.clock ?? realClock,
  })
  let faults = normalizeFaultSettings(options.faults ?? {}, DEFAULT_FAULT_SETTINGS)
  const prng = createPrng(options.randomSeed ?? 0xfa17)
  const random = () => prng.next()
  const jobs = new JobRunner({ store, getJobSettings: () => faults, random })
  const rateLimiter = new RateLimiter()
  let afterMutation: () => Promise<void> = () => Promise.resolve()
  return {
    store,
    jobs,
    rateLimiter,
    get clock() {
      return store.clock
    },
    setClock(clock) {
      store.clock = clock
    },
    getFaults: () => faults,
    setFaults(next) {
      faults = normalizeFaultSettings(next, faults)
    },
    random,
    reset(snapshot) {
      store.replaceWith(snapshot ?? createSeed(seedOptions))
      rateLimiter.reset()
    },
    afterMutation: () => afterMutation(),
    setAfterMutation(hook) {
      afterMutation = hook
    },
  }
}
