import { useSyncExternalStore } from 'react'
import type { DemoControls } from '@/mocks/demo-controls'

export type DemoStatus =
  | { state: 'off' }
  | { state: 'starting' }
  | { state: 'running'; controls: DemoControls }
  | { state: 'unsupported'; reason: string }
  | { state: 'failed'; message: string }

let status: DemoStatus = { state: 'off' }
let starting: Promise<DemoStatus> | undefined
const listeners = new Set<() => void>()

function setStatus(next: DemoStatus) {
  status = next
  for (const listener of listeners) listener()
}

/**
 * The demo's API runs in a service worker, which browsers only allow in a secure context
 * (https, or localhost). Returns why it cannot run here, or undefined when it can.
 */
export function demoUnsupportedReason(): string | undefined {
  if (!window.isSecureContext) {
    return `This page is served over plain http from ${location.host}. The demo runs its API inside your browser with a service worker, and browsers allow that only on https:// pages or on localhost. Open the console over https (or on localhost), or connect to a real DatoCMS project in Settings.`
  }
  if (!('serviceWorker' in navigator)) {
    return 'This browser does not offer service workers (private mode in some browsers turns them off), so the demo API cannot start. Use another browser window, or connect to a real DatoCMS project in Settings.'
  }
  return undefined
}

/** Starts the mock API (loaded on demand: a real connection never downloads it). */
export function startDemoRuntime(): Promise<DemoStatus> {
  if (status.state === 'running') return Promise.resolve(status)
  if (starting) return starting
  const reason = demoUnsupportedReason()
  if (reason) {
    setStatus({ state: 'unsupported', reason })
    return Promise.resolve(status)
  }
  setStatus({ state: 'starting' })
  starting = import('@/mocks/browser')
    .then(({ startDemo }) =>
      startDemo({
        serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
        search: location.search,
      }),
    )
    .then(
      (controls): DemoStatus => ({ state: 'running', controls }),
      (error: unknown): DemoStatus => ({
        state: 'failed',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .then((next) => {
      starting = undefined
      setStatus(next)
      return next
    })
  return starting
}

export function stopDemoRuntime(): void {
  if (status.state === 'running') status.controls.stop()
  setStatus({ state: 'off' })
}

export function getDemoStatus(): DemoStatus {
  return status
}

export function useDemoStatus(): DemoStatus {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getDemoStatus,
    getDemoStatus,
  )
}
