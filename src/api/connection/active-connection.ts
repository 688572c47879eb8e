import { useSyncExternalStore } from 'react'
import { createCmaClient, type CmaClient } from '../http/cma-client'
import { cmaConfigOf, type Connection } from './connection'
import { connectionScopeOf } from './connection-scope'
import { loadConnection, saveConnection } from './connection-storage'

type Listener = () => void

let active: Connection | undefined
let client: CmaClient | undefined
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

export function activeConnectionScope(): string {
  return connectionScopeOf(getActiveConnection())
}

/** Test hook: forget the in-memory connection so the next read comes from storage. */
export function resetActiveConnectionForTests(): void {
  active = undefined
  client = undefined
}
