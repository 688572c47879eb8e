import { applyTheme, readThemePreference, resolveTheme, writeThemePreference } from './theme'

test('system follows the OS, explicit choices win', () => {
  expect(resolveTheme('system', true)).toBe('dark')
  expect(resolveTheme('system', false)).toBe('light')
  expect(resolveTheme('light', true)).toBe('light')
  expect(resolveTheme('dark', false)).toBe('dark')
})

test('the preference round-trips through storage; system is the absence of a choice', () => {
  expect(readThemePreference()).toBe('system')
  writeThemePreference('dark')
  expect(readThemePreference()).toBe('dark')
  writeThemePreference('system')
  expect(localStorage.getItem('coc.theme')).toBeNull()
  localStorage.setItem('coc.theme', 'sepia')
  expect(readThemePreference()).toBe('system')
})

test('applyTheme toggles the dark class and color-scheme', () => {
  const root = document.createElement('html')
  applyTheme('dark', root)
  expect(root.classList.contains('dark')).toBe(true)
  expect(root.style.colorScheme).toBe('dark')
  applyTheme('light', root)
  expect(root.classList.contains('dark')).toBe(false)
})
