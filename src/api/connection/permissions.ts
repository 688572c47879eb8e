import { useSyncExternalStore } from 'react'
import { isApiError } from '../http/api-error'
import { connectionScopeOf } from './connection-scope'
import { getActiveConnection, useActiveConnection } from './active-connection'

export interface MutationPermission {
  canMutate: boolean
  /** Why every change is disabled, in words for the editor (when `canMutate` is false). */
  reason: string | undefined
}

export const VIEWER_TOKEN_REASON =
  'You are connected with the demo viewer token, which can read but not change content. Switch to the editor in Settings to make changes.'
export const READ_ONLY_TOKEN_REASON =
  'This API token is read-only: the server refused a change with "insufficient permissions". Use a token with a role that can edit records.'

// Connection scopes whose token the server refused a mutation for (403), learned at run time.
const refusedScopes = new Set<string>()
const listeners = new Set<() => void>()
let version = 0

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/**
 * Call with any mutation error: a 403 INSUFFICIENT_PERMISSIONS marks the active connection
 * read-only so every other change is disabled up front instead of failing one by one.
 */
export function noteMutationError(error: unknown): void {
  if (isApiError(error) && error.status === 403) markConnectionReadOnly()
}

/** The server refused a change for lack of permissions (e.g. a job that failed to start). */
export function markConnectionReadOnly(): void {
  const scope = connectionScopeOf(getActiveConnection())
  if (refusedScopes.has(scope)) return
  refusedScopes.add(scope)
  version++
  for (const listener of listeners) listener()
}

/** Whether the active connection may change content, and if not, why. */
export function useMutationPermission(): MutationPermission {
  const connection = useActiveConnection()
  useSyncExternalStore(
    subscribe,
    () => version,
    () => version,
  )
  if (connection.kind === 'demo' && connection.role === 'viewer')
    return { canMutate: false, reason: VIEWER_TOKEN_REASON }
  if (refusedScopes.has(connectionScopeOf(connection)))
    return { canMutate: false, reason: READ_ONLY_TOKEN_REASON }
  return { canMutate: true, reason: undefined }
}
