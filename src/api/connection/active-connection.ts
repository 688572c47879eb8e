import { useSyncExternalStore } from 'react'
import { createCmaClient, type CmaClient } from '../http/cma-client'
import { createProjectClient, type ProjectClient } from '../http/project-client'
import { cmaConfigOf, resolveEndpoints, type Connection } from './connection'
import { connectionScopeOf } from './connection-scope'
import { loadConnection, saveConnection } from './connection-storage'

type Listener = () => void

let active: Connection | undefined
let client: CmaClient | undefined
let project: ProjectClient | null | undefined
const listeners = new Set<Listener>()

/** The connection the app talks through right now (read lazily from storage). */
export function getActiveConnection(): Connection {
  active ??= loadConnection()
  return active
}

/**
 * Switches the connection for the whole app and persists it. Callers (the connection
 * provider) also clear the query cache so no data of the old connection survives.
 */
export function setActiveConnection(next: Connection): void {
  saveConnection(next)
  active = next
  client = undefined
  project = undefined
  for (const listener of listeners) listener()
}

export function subscribeToConnection(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function useActiveConnection(): Connection {
  return useSyncExternalStore(subscribeToConnection, getActiveConnection, getActiveConnection)
}

/** The CMA client of the active connection; query factories call through this. */
export function cma(): CmaClient {
  client ??= createCmaClient(cmaConfigOf(getActiveConnection()))
  return client
}

/** The Project API client of the active connection, or undefined when it has none. */
export function projectApi(): ProjectClient | undefined {
  if (project === undefined) {
    const endpoints = resolveEndpoints(getActiveConnection())
    project =
      endpoints.projectApiBaseUrl && endpoints.projectGid
        ? createProjectClient({
            baseUrl: endpoints.projectApiBaseUrl,
            projectGid: endpoints.projectGid,
            apiKey: endpoints.token,
          })
        : null
  }
  return project ?? undefined
}

export function activeConnectionScope(): string {
  return connectionScopeOf(getActiveConnection())
}

/** Test hook: forget the in-memory connection so the next read comes from storage. */
export function resetActiveConnectionForTests(): void {
  active = undefined
  client = undefined
  project = undefined
}
