import {
  DEFAULT_FAULT_SETTINGS,
  normalizeFaultSettings,
  parseFaultSettingsFromSearch,
  type FaultSettings,
} from './faults'

/** localStorage key of the fault settings chosen in the demo's settings panel. */
export const FAULTS_STORAGE_KEY = 'coc.mock.faults'

function readSaved(storage: Pick<Storage, 'getItem'>): Partial<FaultSettings> {
  try {
    const raw = storage.getItem(FAULTS_STORAGE_KEY)
    const parsed: unknown = raw === null ? null : JSON.parse(raw)
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Partial<FaultSettings>)
      : {}
  } catch {
    // Unreadable or blocked storage: the calm defaults are the right fallback.
    return {}
  }
}

/**
 * The demo's fault settings at start: the URL (`?mock.latency=…`) beats what the settings panel
 * saved, which beats the calm defaults. Out-of-range values are clamped.
 */
export function loadDemoFaults(search: string, storage: Pick<Storage, 'getItem'>): FaultSettings {
  return normalizeFaultSettings(
    { ...readSaved(storage), ...parseFaultSettingsFromSearch(search) },
    DEFAULT_FAULT_SETTINGS,
  )
}

export function saveDemoFaults(storage: Pick<Storage, 'setItem'>, settings: FaultSettings): void {
  try {
    storage.setItem(FAULTS_STORAGE_KEY, JSON.stringify(settings))
  } catch (error) {
    console.warn('Mock API: could not save the fault settings', error)
  }
}
