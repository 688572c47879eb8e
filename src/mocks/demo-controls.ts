import type { FaultSettings } from './faults'

/** What the app can do with the running demo (the mock API in the browser). */
export interface DemoControls {
  /** Stops intercepting requests (the app switched to a real connection). */
  stop(): void
  /** Restores the seed in IndexedDB and in every open tab of the demo. */
  resetDemoData(): Promise<void>
  getFaults(): FaultSettings
  /** Applies and persists (localStorage) the network conditions. */
  setFaults(next: Partial<FaultSettings>): void
  /** The calm defaults, for "Back to calm". */
  defaultFaults(): FaultSettings
}
