/**
 * The mock API in Node (Vitest, scripts): `server` intercepts both dialects' real URLs.
 * Each test file imports a fresh module, so each starts from the seed.
 *
 * ```ts
 * beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
 * afterEach(() => server.resetHandlers())
 * afterAll(() => server.close())
 * beforeEach(() => resetMockApi({ clock: createTestClock() }))
 * ```
 */
import { setupServer } from 'msw/node'
import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID, DEMO_VIEWER_TOKEN } from '../api/demo-constants'
import { realClock, type Clock } from './clock'
import { createMockContext, type MockContext } from './context'
import { TEST_FAULT_SETTINGS, type FaultSettings } from './faults'
import { createHandlers } from './handlers'
import type { StoreSnapshot } from './store/types'

export const demoCredentials = {
  editorToken: DEMO_EDITOR_TOKEN,
  viewerToken: DEMO_VIEWER_TOKEN,
  projectGid: DEMO_PROJECT_GID,
} as const

/** The store, clock, jobs and faults behind `server` (for assertions and setup). */
export const mockContext: MockContext = createMockContext({
  clock: realClock,
  faults: TEST_FAULT_SETTINGS,
})

export const server = setupServer(...createHandlers(mockContext))

export interface ResetMockApiOptions {
  /** The clock jobs, rate limits and JWTs run on (default: the real clock). */
  clock?: Clock
  /** Laid over the test defaults (no latency, no failures, job speed 1). */
  faults?: Partial<FaultSettings>
  /** Content to start from; the demo seed when omitted. */
  snapshot?: StoreSnapshot
}

/** Back to the seed, the given clock and calm faults. Returns the context. */
export function resetMockApi(options: ResetMockApiOptions = {}): MockContext {
  mockContext.setClock(options.clock ?? realClock)
  mockContext.setFaults({ ...TEST_FAULT_SETTINGS, ...options.faults })
  mockContext.reset(options.snapshot)
  return mockContext
}
