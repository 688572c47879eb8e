import { useSyncExternalStore } from 'react'
import {
  applyTheme,
  readThemePreference,
  resolveTheme,
  systemPrefersDark,
  watchSystemTheme,
  writeThemePreference,
  type ThemePreference,
} from '@/lib/theme'

let preference: ThemePreference = 'system'
const listeners = new Set<() => void>()

function apply() {
  applyTheme(resolveTheme(preference, systemPrefersDark()))
}

/** Applies the saved theme before the first render and follows the system while on "system". */
export function initTheme(): void {
  preference = readThemePreference()
  apply()
  watchSystemTheme(() => {
    if (preference === 'system') apply()
  })
}

export function setThemePreference(next: ThemePreference): void {
  preference = next
  writeThemePreference(next)
  apply()
  for (const listener of listeners) listener()
}

export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => preference,
    () => preference,
  )
}
