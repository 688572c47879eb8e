const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

// Building an Intl formatter costs far more than formatting; tables format hundreds of times.
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()
const exactFormats = new Map<string, Intl.DateTimeFormat>()

function relativeFormat(locale: string | undefined): Intl.RelativeTimeFormat {
  const key = locale ?? ''
  let format = relativeFormats.get(key)
  if (!format) {
    format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'long' })
    relativeFormats.set(key, format)
  }
  return format
}

/** "3 minutes ago" / "in 2 hours", relative to `nowMs`. */
export function formatRelativeTime(
  isoOrMs: string | number,
  nowMs: number = Date.now(),
  locale?: string,
): string {
  const thenMs = typeof isoOrMs === 'number' ? isoOrMs : Date.parse(isoOrMs)
  const deltaSeconds = Math.round((thenMs - nowMs) / 1000)
  const format = relativeFormat(locale)
  for (const [unit, seconds] of UNITS) {
    if (Math.abs(deltaSeconds) >= seconds || unit === 'second') {
      return format.format(Math.round(deltaSeconds / seconds), unit)
    }
  }
  return format.format(0, 'second')
}

/** The exact time, for a tooltip beside a relative one. */
export function formatExactTime(isoOrMs: string | number, locale?: string): string {
  const key = locale ?? ''
  let format = exactFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' })
    exactFormats.set(key, format)
  }
  return format.format(new Date(isoOrMs))
}
