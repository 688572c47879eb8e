import type { FieldType, FieldValue, StoredField, StoredRecord } from '../store/types'
import { QueryError } from './query-error'
import { normalizeText, valueInLocale } from './record-text'

/** Operators the CMA accepts per field type (`filter[fields][<api_key>][<op>]`). */
export const OPERATORS_BY_FIELD_TYPE: Record<FieldType, readonly string[]> = {
  string: [
    'eq',
    'neq',
    'matches',
    'not_matches',
    'in',
    'not_in',
    'is_blank',
    'is_present',
    'exists',
  ],
  text: ['eq', 'neq', 'matches', 'not_matches', 'in', 'not_in', 'is_blank', 'is_present', 'exists'],
  slug: ['eq', 'neq', 'in', 'not_in'],
  integer: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'],
  float: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'],
  date: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'],
  date_time: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'],
  boolean: ['eq'],
  link: ['eq', 'in', 'exists'],
  links: ['eq', 'any_in', 'all_in', 'not_in', 'exists'],
  file: ['exists'],
  json: ['exists'],
}

/** Meta columns that can be filtered like fields. */
type MetaKind = 'datetime' | 'status' | 'parent' | 'position' | 'id' | 'boolean'
const META_FILTERS: Record<string, { kind: MetaKind; operators: readonly string[] }> = {
  id: { kind: 'id', operators: ['eq', 'neq', 'in', 'not_in'] },
  parent: { kind: 'parent', operators: ['eq', 'exists'] },
  position: { kind: 'position', operators: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'] },
  _status: { kind: 'status', operators: ['eq', 'neq', 'in', 'not_in'] },
  _is_valid: { kind: 'boolean', operators: ['eq'] },
  _created_at: { kind: 'datetime', operators: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'] },
  _updated_at: { kind: 'datetime', operators: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'] },
  _published_at: { kind: 'datetime', operators: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'] },
  _first_published_at: {
    kind: 'datetime',
    operators: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'exists'],
  },
}

export type RecordPredicate = (
  record: StoredRecord,
  attributes: StoredRecord['attributes'],
) => boolean

function refuse(field: string, operator: string, reason: string): QueryError {
  return new QueryError('INVALID_FILTER_FIELDS_PARAM', { field, operator, message: reason })
}

function asString(field: string, operator: string, value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  throw refuse(field, operator, 'expected a single value')
}

function asList(field: string, operator: string, value: unknown): string[] {
  if (Array.isArray(value)) return value.map((entry) => asString(field, operator, entry))
  if (typeof value === 'string')
    return value
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
  throw refuse(field, operator, 'expected a list of values')
}

function asBoolean(field: string, operator: string, value: unknown): boolean {
  if (value === true || value === 'true') return true
  if (value === false || value === 'false') return false
  throw refuse(field, operator, 'expected true or false')
}

function asNumber(field: string, operator: string, value: unknown): number {
  const text = asString(field, operator, value)
  const number = Number(text)
  if (text.trim() === '' || !Number.isFinite(number))
    throw refuse(field, operator, 'expected a number')
  return number
}

/** Dates compare as `YYYY-MM-DD` strings; date-times as epoch ms (minute precision, like the CMA). */
function asComparable(
  type: 'date' | 'datetime' | 'number',
  field: string,
  operator: string,
  value: unknown,
): number | string {
  if (type === 'number') return asNumber(field, operator, value)
  const text = asString(field, operator, value)
  if (type === 'date') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(text))) {
      throw refuse(field, operator, 'expected a date (YYYY-MM-DD)')
    }
    return text
  }
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) throw refuse(field, operator, 'expected an ISO 8601 date-time')
  return Math.floor(ms / 60_000)
}

function compare(operator: string, left: number | string | null, right: number | string): boolean {
  if (left === null) return operator === 'neq'
  switch (operator) {
    case 'eq':
      return left === right
    case 'neq':
      return left !== right
    case 'gt':
      return left > right
    case 'gte':
      return left >= right
    case 'lt':
      return left < right
    case 'lte':
      return left <= right
    default:
      return false
  }
}

function isBlank(value: FieldValue): boolean {
  return value === null || (typeof value === 'string' && value.trim() === '')
}

function buildMatcher(field: string, operator: string, value: unknown): (text: string) => boolean {
  const spec: Record<string, unknown> =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { pattern: value }
  if (typeof spec.pattern !== 'string' || spec.pattern === '') {
    throw refuse(field, operator, 'expected { pattern, case_sensitive?, regexp? }')
  }
  const caseSensitive = spec.case_sensitive === true || spec.case_sensitive === 'true'
  const isRegexp = !(spec.regexp === false || spec.regexp === 'false')
  if (!isRegexp) {
    const needle = caseSensitive ? spec.pattern : normalizeText(spec.pattern)
    return (text) => (caseSensitive ? text : normalizeText(text)).includes(needle)
  }
  let regexp: RegExp
  try {
    regexp = new RegExp(spec.pattern, caseSensitive ? 'u' : 'iu')
  } catch {
    throw refuse(field, operator, 'pattern is not a valid regular expression')
  }
  return (text) => regexp.test(text)
}

/** Compiles `filter[fields][<api_key>][<operator>]=<value>` for a model field. */
export function compileFieldFilter(
  field: StoredField,
  operator: string,
  value: unknown,
  locale: string,
): RecordPredicate {
  const allowed = OPERATORS_BY_FIELD_TYPE[field.fieldType]
  if (!allowed.includes(operator)) {
    throw new QueryError('INVALID_FILTER_FIELDS_PARAM', {
      field: field.apiKey,
      operator,
      field_type: field.fieldType,
      message: `"${operator}" is not a valid operator for ${field.fieldType} fields; use one of ${allowed.join(', ')}`,
    })
  }
  const key = field.apiKey
  const read = (attributes: StoredRecord['attributes']) =>
    valueInLocale(attributes[key], field.localized, locale)

  switch (field.fieldType) {
    case 'string':
    case 'text':
    case 'slug': {
      switch (operator) {
        case 'eq':
        case 'neq': {
          const target = asString(key, operator, value)
          return (_record, attributes) => (read(attributes) === target) === (operator === 'eq')
        }
        case 'in':
        case 'not_in': {
          const targets = new Set(asList(key, operator, value))
          return (_record, attributes) => {
            const current = read(attributes)
            return (typeof current === 'string' && targets.has(current)) === (operator === 'in')
          }
        }
        case 'matches':
        case 'not_matches': {
          const matcher = buildMatcher(key, operator, value)
          return (_record, attributes) => {
            const current = read(attributes)
            return (typeof current === 'string' && matcher(current)) === (operator === 'matches')
          }
        }
        case 'is_blank':
        case 'is_present':
        case 'exists': {
          const wanted = asBoolean(key, operator, value)
          const blankWanted = operator === 'is_blank' ? wanted : !wanted
          return (_record, attributes) => isBlank(read(attributes)) === blankWanted
        }
      }
      break
    }
    case 'integer':
    case 'float':
    case 'date':
    case 'date_time': {
      const type =
        field.fieldType === 'date'
          ? 'date'
          : field.fieldType === 'date_time'
            ? 'datetime'
            : 'number'
      if (operator === 'exists') {
        const wanted = asBoolean(key, operator, value)
        return (_record, attributes) => (read(attributes) !== null) === wanted
      }
      const target = asComparable(type, key, operator, value)
      return (_record, attributes) => {
        const current = read(attributes)
        let comparable: number | string | null = null
        if (type === 'number' && typeof current === 'number') comparable = current
        else if (type === 'date' && typeof current === 'string') comparable = current.slice(0, 10)
        else if (type === 'datetime' && typeof current === 'string') {
          const ms = Date.parse(current)
          comparable = Number.isNaN(ms) ? null : Math.floor(ms / 60_000)
        }
        return compare(operator, comparable, target)
      }
    }
    case 'boolean': {
      const wanted = asBoolean(key, operator, value)
      return (_record, attributes) => (read(attributes) === true) === wanted
    }
    case 'link': {
      if (operator === 'exists') {
        const wanted = asBoolean(key, operator, value)
        return (_record, attributes) => (read(attributes) !== null) === wanted
      }
      const targets = new Set(
        operator === 'eq' ? [asString(key, operator, value)] : asList(key, operator, value),
      )
      return (_record, attributes) => {
        const current = read(attributes)
        return typeof current === 'string' && targets.has(current)
      }
    }
    case 'links': {
      const linked = (attributes: StoredRecord['attributes']): string[] => {
        const current = read(attributes)
        return Array.isArray(current)
          ? current.filter((id): id is string => typeof id === 'string')
          : []
      }
      if (operator === 'exists') {
        const wanted = asBoolean(key, operator, value)
        return (_record, attributes) => linked(attributes).length > 0 === wanted
      }
      const targets = asList(key, operator, value)
      const targetSet = new Set(targets)
      switch (operator) {
        case 'eq':
          return (_record, attributes) => {
            const current = linked(attributes)
            return (
              current.length === targets.length &&
              current.every((id, index) => id === targets[index])
            )
          }
        case 'any_in':
          return (_record, attributes) => linked(attributes).some((id) => targetSet.has(id))
        case 'all_in':
          return (_record, attributes) => {
            const current = new Set(linked(attributes))
            return targets.every((id) => current.has(id))
          }
        case 'not_in':
          return (_record, attributes) => !linked(attributes).some((id) => targetSet.has(id))
      }
      break
    }
    case 'file':
    case 'json': {
      const wanted = asBoolean(key, operator, value)
      return (_record, attributes) => {
        const current = read(attributes)
        return (current !== null && !(Array.isArray(current) && current.length === 0)) === wanted
      }
    }
  }
  throw refuse(key, operator, 'unsupported operator')
}

export function isMetaFilterKey(key: string): boolean {
  return key in META_FILTERS
}

const STATUSES = new Set(['draft', 'updated', 'published'])

/** Compiles a filter on a meta column (`_status`, `_updated_at`, `parent`, `id`, …). */
export function compileMetaFilter(key: string, operator: string, value: unknown): RecordPredicate {
  const meta = META_FILTERS[key]
  if (!meta) throw refuse(key, operator, 'unknown meta field')
  if (!meta.operators.includes(operator)) {
    throw new QueryError('INVALID_FILTER_FIELDS_PARAM', {
      field: key,
      operator,
      message: `"${operator}" is not a valid operator for ${key}; use one of ${meta.operators.join(', ')}`,
    })
  }
  switch (meta.kind) {
    case 'id': {
      const targets = new Set(
        operator === 'eq' || operator === 'neq'
          ? [asString(key, operator, value)]
          : asList(key, operator, value),
      )
      const positive = operator === 'eq' || operator === 'in'
      return (record) => targets.has(record.id) === positive
    }
    case 'status': {
      const targets =
        operator === 'eq' || operator === 'neq'
          ? [asString(key, operator, value)]
          : asList(key, operator, value)
      for (const target of targets)
        if (!STATUSES.has(target)) throw refuse(key, operator, `unknown status "${target}"`)
      const set = new Set(targets)
      const positive = operator === 'eq' || operator === 'in'
      return (record) => set.has(record.meta.status ?? '') === positive
    }
    case 'parent': {
      if (operator === 'exists') {
        const wanted = asBoolean(key, operator, value)
        return (record) => (record.parentId !== null) === wanted
      }
      const target = asString(key, operator, value)
      return (record) => record.parentId === target
    }
    case 'position': {
      const target = asNumber(key, operator, value)
      return (record) => compare(operator, record.position, target)
    }
    case 'boolean': {
      const wanted = asBoolean(key, operator, value)
      return (record) => record.meta.isValid === wanted
    }
    case 'datetime': {
      const read = (record: StoredRecord): number | null => {
        const ms =
          key === '_created_at'
            ? record.meta.createdAt
            : key === '_updated_at'
              ? record.meta.updatedAt
              : key === '_published_at'
                ? record.meta.publishedAt
                : record.meta.firstPublishedAt
        return ms === null ? null : Math.floor(ms / 60_000)
      }
      if (operator === 'exists') {
        const wanted = asBoolean(key, operator, value)
        return (record) => (read(record) !== null) === wanted
      }
      const target = asComparable('datetime', key, operator, value)
      return (record) => compare(operator, read(record), target)
    }
  }
}
