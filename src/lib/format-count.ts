/** Formats an integer with the locale's digit grouping ("12,345"). */
export function formatCount(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale).format(value)
}
