import type { QueryClient } from '@tanstack/react-query'
import type { Connection } from './connection'
import { setActiveConnection } from './active-connection'
import { startDemoRuntime, stopDemoRuntime } from './demo-runtime'

/**
 * Moves the whole app to another connection: starts or stops the demo's mock API, persists
 * the choice, and drops every cached query so nothing of the old connection is shown.
 */
export async function switchConnection(next: Connection, queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries()
  if (next.kind === 'demo') await startDemoRuntime()
  else stopDemoRuntime()
  setActiveConnection(next)
  queryClient.clear()
}
