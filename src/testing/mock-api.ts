import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { ResetMockApiOptions } from '@/mocks/node'
import { mockContext, resetMockApi, server } from '@/mocks/node'

/**
 * Routes the test file's requests to the mock API: listen once, start every test from the
 * seed, and drop per-test `server.use(...)` overrides afterwards.
 */
export function useMockApi(options: ResetMockApiOptions = {}) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    resetMockApi(options)
  })
  afterEach(() => server.resetHandlers())
  afterAll(() => server.close())
  return { server, mockContext }
}
