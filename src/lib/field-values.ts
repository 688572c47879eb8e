/**
 * Editing a record's field values: what the form holds while the editor types (raw text for
 * numbers and JSON, so nothing typed is ever lost), how it becomes a CMA value again, and the
 * checks we can make before asking the server.
 */

import { colorToHex, isColor, type ColorValue } from './field-display'

export { colorToHex, formatValue, type ColorValue } from './field-display'

export interface FieldSpec {
  apiKey: string
  label: string
  fieldType: string
  localized: boolean
  validators: Record<string, unknown>
}

/** What an input holds: text for most types, a flag for booleans, ids for links. */
export type DraftValue = string | boolean | string[] | null

export type ParseResult = { ok: true; value: unknown } | { ok: false; message: string }

export const EDITABLE_FIELD_TYPES = new Set([
  'string',
  'text',
  'slug',
  'boolean',
  'integer',
  'float',
  'date',
  'date_time',
  'json',
  'color',
  'link',
  'links',
])

export function isEditableFieldType(fieldType: string): boolean {
  return EDITABLE_FIELD_TYPES.has(fieldType)
}

/** A stored value as the form shows it. */
export function toDraft(fieldType: string, value: unknown): DraftValue {
  switch (fieldType) {
    case 'boolean':
      return value === true
    case 'integer':
    case 'float':
      return typeof value === 'number' ? String(value) : ''
    case 'json':
      if (value === null || value === undefined) return ''
      if (typeof value === 'string') {
        // The CMA stores JSON fields as a JSON-encoded string.
        try {
          return JSON.stringify(JSON.parse(value), null, 2)
        } catch {
          return value
        }
      }
      return JSON.stringify(value, null, 2)
    case 'color':
      return isColor(value) ? colorToHex(value) : ''
    case 'links':
      return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []
    case 'link':
      return typeof value === 'string' ? value : null
    case 'date_time':
      // `<input type="datetime-local">` wants `YYYY-MM-DDTHH:mm` in local time.
      return typeof value === 'string' ? toLocalDateTimeInput(value) : ''
    default:
      return typeof value === 'string'
        ? value
        : value === null || value === undefined
          ? ''
          : String(value)
  }
}

function toLocalDateTimeInput(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

function lengthProblem(text: string, validators: Record<string, unknown>): string | undefined {
  const length = validators.length as { min?: number; max?: number; eq?: number } | undefined
  if (!length || text === '') return undefined
  const size = [...text].length
  if (length.max !== undefined && size > length.max)
    return `Too long: ${size} characters, at most ${length.max} allowed. Shorten it by ${size - length.max}.`
  if (length.min !== undefined && size < length.min)
    return `Too short: ${size} characters, at least ${length.min} needed.`
  if (length.eq !== undefined && size !== length.eq)
    return `Must be exactly ${length.eq} characters (now ${size}).`
  return undefined
}

function rangeProblem(value: number, validators: Record<string, unknown>): string | undefined {
  const range = validators.number_range as { min?: number; max?: number } | undefined
  if (!range) return undefined
  if (range.min !== undefined && value < range.min)
    return range.max !== undefined
      ? `Must be between ${range.min} and ${range.max}.`
      : `Must be ${range.min} or more.`
  if (range.max !== undefined && value > range.max)
    return range.min !== undefined
      ? `Must be between ${range.min} and ${range.max}.`
      : `Must be ${range.max} or less.`
  return undefined
}

function hexToColor(hex: string): ColorValue | undefined {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!match) return undefined
  const [, r, g, b] = match as unknown as [string, string, string, string]
  return { red: parseInt(r, 16), green: parseInt(g, 16), blue: parseInt(b, 16), alpha: 255 }
}

/**
 * The CMA value of what the editor typed, or a message for the field. Empty input is null
 * (required-ness is the server's call, since it depends on the record's locales).
 */
export function parseDraft(
  spec: Pick<FieldSpec, 'fieldType' | 'validators'>,
  draft: DraftValue,
): ParseResult {
  const { fieldType, validators } = spec
  if (fieldType === 'boolean') return { ok: true, value: draft === true }
  if (fieldType === 'links') return { ok: true, value: Array.isArray(draft) ? draft : [] }
  if (fieldType === 'link')
    return { ok: true, value: typeof draft === 'string' && draft ? draft : null }
  const text = typeof draft === 'string' ? draft : ''
  const trimmed = text.trim()
  switch (fieldType) {
    case 'integer':
    case 'float': {
      if (trimmed === '') return { ok: true, value: null }
      const normalized = trimmed.replace(',', '.')
      const number = Number(normalized)
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normalized) || !Number.isFinite(number))
        return {
          ok: false,
          message:
            fieldType === 'integer'
              ? `“${trimmed}” is not a number. Enter a whole number, like 12.`
              : `“${trimmed}” is not a number. Enter a number, like 4.5.`,
        }
      if (fieldType === 'integer' && !Number.isInteger(number))
        return { ok: false, message: `Enter a whole number: ${trimmed} has decimals.` }
      const problem = rangeProblem(number, validators)
      return problem ? { ok: false, message: problem } : { ok: true, value: number }
    }
    case 'json': {
      if (trimmed === '') return { ok: true, value: null }
      try {
        return { ok: true, value: JSON.stringify(JSON.parse(text)) }
      } catch (error) {
        const detail = error instanceof Error ? error.message : ''
        return { ok: false, message: `This is not valid JSON${detail ? `: ${detail}` : ''}.` }
      }
    }
    case 'color': {
      if (trimmed === '') return { ok: true, value: null }
      const color = hexToColor(trimmed)
      return color
        ? { ok: true, value: color }
        : { ok: false, message: 'Enter a colour as #RRGGBB, like #3366ff.' }
    }
    case 'date':
      if (trimmed === '') return { ok: true, value: null }
      return /^\d{4}-\d{2}-\d{2}$/.test(trimmed) && !Number.isNaN(Date.parse(trimmed))
        ? { ok: true, value: trimmed }
        : { ok: false, message: 'Enter a date as YYYY-MM-DD.' }
    case 'date_time': {
      if (trimmed === '') return { ok: true, value: null }
      const date = new Date(trimmed)
      return Number.isNaN(date.getTime())
        ? { ok: false, message: 'Enter a date and time.' }
        : { ok: true, value: date.toISOString() }
    }
    default: {
      if (text === '') return { ok: true, value: null }
      const problem = lengthProblem(text, validators)
      return problem ? { ok: false, message: problem } : { ok: true, value: text }
    }
  }
}

/** Whether two CMA values are the same (for "what did the editor change"). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if ((a === null || a === undefined || a === '') && (b === null || b === undefined || b === ''))
    return true
  return JSON.stringify(a) === JSON.stringify(b)
}

/** A 422 validation error of one field, in words. */
export function describeFieldError(detail: Record<string, unknown>, code?: string): string {
  const validation = typeof detail.code === 'string' ? detail.code : code
  const num = (key: string) =>
    typeof detail[key] === 'number' ? (detail[key] as number) : undefined
  switch (validation) {
    case 'VALIDATION_REQUIRED':
      return 'Required: fill this in.'
    case 'VALIDATION_UNIQUENESS':
      return 'Another record already uses this value; it must be unique.'
    case 'VALIDATION_LENGTH': {
      const [min, max, eq, length] = [num('min'), num('max'), num('eq'), num('length')]
      const now = length !== undefined ? ` (now ${length})` : ''
      if (eq !== undefined) return `Must be exactly ${eq} characters${now}.`
      if (max !== undefined && (length === undefined || length > max))
        return `Too long: at most ${max} characters${now}.`
      if (min !== undefined) return `Too short: at least ${min} characters${now}.`
      return 'The length is not allowed.'
    }
    case 'VALIDATION_FORMAT':
      if (detail.predefined_pattern === 'email')
        return 'Enter an email address, like ada@example.com.'
      if (detail.predefined_pattern === 'url') return 'Enter a web address starting with https://.'
      if (typeof detail.custom_pattern === 'string')
        return `Does not have the required format (${detail.custom_pattern}).`
      return 'Does not have the required format.'
    case 'VALIDATION_NUMBER_RANGE': {
      const [min, max] = [num('min'), num('max')]
      if (min !== undefined && max !== undefined) return `Must be between ${min} and ${max}.`
      if (min !== undefined) return `Must be ${min} or more.`
      if (max !== undefined) return `Must be ${max} or less.`
      return 'The number is out of range.'
    }
    case 'INVALID_LINK':
      return 'Links to a record this field cannot point to.'
    case 'INVALID_FORMAT':
      return typeof detail.message === 'string'
        ? `${detail.message}.`.replace(/\.\.$/, '.')
        : 'The value has the wrong type.'
    default:
      return typeof detail.message === 'string'
        ? detail.message
        : 'The server did not accept this value.'
  }
}
