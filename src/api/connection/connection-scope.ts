import { resolveEndpoints, type Connection } from './connection'

/** Identifies whose data a job or cache entry belongs to: the demo, or one CMA environment. */
export function connectionScopeOf(connection: Connection): string {
  if (connection.kind === 'demo') return 'demo'
  const endpoints = resolveEndpoints(connection)
  return `${endpoints.cmaBaseUrl}|${endpoints.environment ?? ''}`
}
