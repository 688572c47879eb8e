import { useSyncExternalStore } from 'react'

const LOCK_NAME = 'content-ops-console:job-leader'

let isLeader = false
let started = false
const listeners = new Set<() => void>()

/**
 * One tab leads (polls the server for every job); the others follow through storage events.
 * Web Locks hand the lead to another tab the moment the leader closes. Without Web Locks
 * (old browsers, tests) every tab leads, which only costs duplicate polls.
 */
export function startLeaderElection(): void {
  if (started) return
  started = true
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined
  if (!locks) {
    setLeader(true)
    return
  }
  void locks.request(LOCK_NAME, () => {
    setLeader(true)
    // Held for the life of the tab.
    return new Promise<never>(() => {})
  })
}

function setLeader(next: boolean) {
  isLeader = next
  for (const listener of listeners) listener()
}

export function useIsJobLeader(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => isLeader,
    () => isLeader,
  )
}
