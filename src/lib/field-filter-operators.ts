import type { FieldFilter } from './records-view'

/** How an operator reads in the filter builder and what it sends to each dialect. */
export interface FilterOperator {
  id: string
  label: string
  /** False for operators like "is empty" that take no value. */
  needsValue: boolean
}

type ValueKind = 'text' | 'number' | 'date' | 'date_time' | 'boolean' | 'record'

const TEXT: FilterOperator[] = [
  { id: 'matches', label: 'contains', needsValue: true },
  { id: 'eq', label: 'is', needsValue: true },
  { id: 'neq', label: 'is not', needsValue: true },
  { id: 'is_present', label: 'is not empty', needsValue: false },
  { id: 'is_blank', label: 'is empty', needsValue: false },
]
const SLUG: FilterOperator[] = [
  { id: 'eq', label: 'is', needsValue: true },
  { id: 'neq', label: 'is not', needsValue: true },
]
const NUMBER: FilterOperator[] = [
  { id: 'eq', label: '=', needsValue: true },
  { id: 'neq', label: '≠', needsValue: true },
  { id: 'gt', label: '>', needsValue: true },
  { id: 'gte', label: '≥', needsValue: true },
  { id: 'lt', label: '<', needsValue: true },
  { id: 'lte', label: '≤', needsValue: true },
  { id: 'exists', label: 'is set', needsValue: false },
  { id: 'not_exists', label: 'is not set', needsValue: false },
]
const DATE: FilterOperator[] = [
  { id: 'eq', label: 'is on', needsValue: true },
  { id: 'gt', label: 'is after', needsValue: true },
  { id: 'gte', label: 'is on or after', needsValue: true },
  { id: 'lt', label: 'is before', needsValue: true },
  { id: 'lte', label: 'is on or before', needsValue: true },
  { id: 'exists', label: 'is set', needsValue: false },
  { id: 'not_exists', label: 'is not set', needsValue: false },
]
const BOOLEAN: FilterOperator[] = [
  { id: 'is_true', label: 'is yes', needsValue: false },
  { id: 'is_false', label: 'is no', needsValue: false },
]
const LINK: FilterOperator[] = [
  { id: 'eq', label: 'is record id', needsValue: true },
  { id: 'exists', label: 'is set', needsValue: false },
  { id: 'not_exists', label: 'is not set', needsValue: false },
]
const PRESENCE: FilterOperator[] = [
  { id: 'exists', label: 'is set', needsValue: false },
  { id: 'not_exists', label: 'is not set', needsValue: false },
]

/** The operators the CMA accepts for each field type, in the order editors expect them. */
export function operatorsForFieldType(fieldType: string): FilterOperator[] {
  switch (fieldType) {
    case 'string':
    case 'text':
      return TEXT
    case 'slug':
      return SLUG
    case 'integer':
    case 'float':
      return NUMBER
    case 'date':
    case 'date_time':
      return DATE
    case 'boolean':
      return BOOLEAN
    case 'link':
      return LINK
    case 'links':
    case 'file':
    case 'json':
      return PRESENCE
    default:
      return []
  }
}

export function valueKindOf(fieldType: string): ValueKind {
  switch (fieldType) {
    case 'integer':
    case 'float':
      return 'number'
    case 'date':
      return 'date'
    case 'date_time':
      return 'date_time'
    case 'boolean':
      return 'boolean'
    case 'link':
    case 'links':
      return 'record'
    default:
      return 'text'
  }
}

/** Why a filter cannot be sent yet, or undefined when it can. */
export function filterProblem(
  filter: FieldFilter,
  fieldType: string | undefined,
): string | undefined {
  if (!fieldType) return `There is no field "${filter.field}" in this model.`
  const operator = operatorsForFieldType(fieldType).find((entry) => entry.id === filter.operator)
  if (!operator) return `"${filter.operator}" does not apply to this field.`
  if (!operator.needsValue) return undefined
  const value = filter.value.trim()
  if (value === '') return 'Enter a value.'
  const kind = valueKindOf(fieldType)
  if (kind === 'number' && !Number.isFinite(Number(value))) return 'Enter a number, like 12 or 4.5.'
  if (fieldType === 'integer' && !Number.isInteger(Number(value)))
    return 'Enter a whole number, like 12.'
  if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'Enter a date as YYYY-MM-DD.'
  if (kind === 'date_time' && Number.isNaN(Date.parse(value)))
    return 'Enter a date and time, like 2024-05-01T09:00.'
  return undefined
}

/** The CMA query parameters of one filter: `filter[fields][<api_key>][<op>]…`. */
export function cmaFilterParams(filter: FieldFilter): Record<string, string> {
  const base = `filter[fields][${filter.field}]`
  switch (filter.operator) {
    case 'matches':
      return { [`${base}[matches][pattern]`]: filter.value }
    case 'is_blank':
    case 'is_present':
      return { [`${base}[${filter.operator}]`]: 'true' }
    case 'exists':
      return { [`${base}[exists]`]: 'true' }
    case 'not_exists':
      return { [`${base}[exists]`]: 'false' }
    case 'is_true':
      return { [`${base}[eq]`]: 'true' }
    case 'is_false':
      return { [`${base}[eq]`]: 'false' }
    default:
      return { [`${base}[${filter.operator}]`]: filter.value.trim() }
  }
}

/** A Project API filter triplet (or combination) equivalent to one CMA field filter. */
export type ProjectFilter = [string, string, unknown]

export function projectFilterOf(filter: FieldFilter, fieldType: string): ProjectFilter {
  const property = `fields.${filter.field}`
  const operand: string | number =
    valueKindOf(fieldType) === 'number' ? Number(filter.value) : filter.value.trim()
  switch (filter.operator) {
    case 'matches':
      return [property, 'contains', filter.value]
    case 'eq':
      return [property, 'is', operand]
    case 'neq':
      return [property, 'is_not', operand]
    case 'gt':
      return [property, '>', operand]
    case 'lt':
      return [property, '<', operand]
    case 'gte':
      return [
        'or',
        '',
        [
          [property, '>', operand],
          [property, 'is', operand],
        ],
      ]
    case 'lte':
      return [
        'or',
        '',
        [
          [property, '<', operand],
          [property, 'is', operand],
        ],
      ]
    case 'is_blank':
    case 'not_exists':
      return [property, 'is_empty', null]
    case 'is_present':
    case 'exists':
      return ['not', '', [property, 'is_empty', null]]
    case 'is_true':
      return [property, 'is_true', null]
    case 'is_false':
      return [property, 'is_false', null]
    default:
      throw new Error(`No Project API equivalent for operator "${filter.operator}"`)
  }
}
