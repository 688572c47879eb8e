import { isThemePreference } from '@/lib/theme'
import { setThemePreference, useThemePreference } from '../theme-controller'

export function ThemeSelect() {
  const preference = useThemePreference()
  return (
    <label className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400">
      <span className="sr-only xl:not-sr-only">Theme</span>
      <select
        value={preference}
        onChange={(event) => {
          if (isThemePreference(event.target.value)) setThemePreference(event.target.value)
        }}
        className="h-8 rounded-md border border-zinc-300 bg-white px-1.5 text-xs text-zinc-800 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
      >
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  )
}
