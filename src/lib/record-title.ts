/** Picks the text to show for a (possibly localized) field value. */
export function displayText(
  value: unknown,
  locale: string,
  fallbackLocales: readonly string[] = [],
): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const localized = value as Record<string, unknown>
    for (const candidate of [locale, ...fallbackLocales, ...Object.keys(localized)]) {
      const text = localized[candidate]
      if (typeof text === 'string' && text.trim() !== '') return text
    }
  }
  return undefined
}
