import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { resetActiveConnectionForTests } from '@/api/connection/active-connection'
import { resetProjectApiForTests } from '@/api/connection/project-connection'
import { resetJobEngineForTests } from '@/api/jobs/jobs'

// Lazy-loaded screens (dialogs, drawers, panels) are transformed on first import under Vitest,
// which can take a few seconds on a busy CI machine; `findBy…` waits that long for them.
configure({ asyncUtilTimeout: 5000 })

// A console.error during a test is a bug we want to see, not noise: fail the test.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  // Suites marked `@vitest-environment node` have no DOM and no Web Storage.
  if (typeof document === 'undefined') return
  cleanup()
  localStorage.clear()
  sessionStorage.clear()
  // Module singletons re-read storage in the next test.
  resetActiveConnectionForTests()
  resetJobEngineForTests()
  resetProjectApiForTests()
})
