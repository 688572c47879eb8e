// How stored field values read in one line: small enough for the records table's first load.

export interface ColorValue {
  red: number
  green: number
  blue: number
  alpha: number
}

function toHex(channel: number): string {
  return Math.max(0, Math.min(255, Math.round(channel)))
    .toString(16)
    .padStart(2, '0')
}

export function colorToHex(color: ColorValue): string {
  return `#${toHex(color.red)}${toHex(color.green)}${toHex(color.blue)}`
}

export function isColor(value: unknown): value is ColorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['red', 'green', 'blue'].every(
      (key) => typeof (value as Record<string, unknown>)[key] === 'number',
    )
  )
}

/** A stored value as one line of text, for tables and the side-by-side conflict view. */
export function formatValue(fieldType: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  switch (fieldType) {
    case 'boolean':
      return value === true ? 'Yes' : 'No'
    case 'color':
      return isColor(value) ? colorToHex(value) : JSON.stringify(value)
    case 'json':
      return typeof value === 'string' ? value : JSON.stringify(value)
    case 'links':
      return Array.isArray(value) ? `${value.length} linked` : String(value)
    default:
      return typeof value === 'string' || typeof value === 'number'
        ? String(value)
        : JSON.stringify(value)
  }
}
