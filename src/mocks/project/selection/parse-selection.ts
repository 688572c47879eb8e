import type { FieldType } from '../../store/types'
import { parseTextQuery } from './text'
import {
  CHANNEL_KEYS,
  ORDERING_KEYS,
  SelectionEntryError,
  type ChannelKey,
  type FieldOperator,
  type FilterNode,
  type OrderingKey,
  type SelectionEntry,
  type StatusValue,
} from './types'

/** What the parser needs to know about the content schema to reject bad filters up front. */
export interface SelectionSchema {
  locales: readonly string[]
  /** Main locale: the default `language` of a search. */
  defaultLocale: string
  models: ReadonlyArray<{ id: string; apiKey: string }>
  /** Field api_key → the types it has across models. */
  fieldTypes: ReadonlyMap<string, ReadonlySet<FieldType>>
}

const FIELD_OPERATORS: ReadonlySet<string> = new Set<FieldOperator>([
  'is',
  'is_not',
  'contains',
  '<',
  '>',
  'is_empty',
  'is_true',
  'is_false',
])

const MAX_FILTER_DEPTH = 32

const STATUSES: ReadonlySet<string> = new Set<StatusValue>(['draft', 'updated', 'published'])

const TIME_UNITS_MS: Record<string, number> = {
  minutes: 60_000,
  hours: 3_600_000,
  days: 86_400_000,
  weeks: 7 * 86_400_000,
}

const ORDERED: ReadonlySet<FieldType> = new Set([
  'integer',
  'float',
  'date',
  'date_time',
  'string',
  'slug',
])
const CONTAINERS: ReadonlySet<FieldType> = new Set(['string', 'text', 'slug', 'links', 'json'])

/** Which field types each operator fits; an operator that fits none of a key's types is a bad filter. */
const OPERATOR_TYPES: Record<FieldOperator, ReadonlySet<FieldType> | null> = {
  is: null,
  is_not: null,
  is_empty: null,
  contains: CONTAINERS,
  '<': ORDERED,
  '>': ORDERED,
  is_true: new Set(['boolean']),
  is_false: new Set(['boolean']),
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value)
}

function parseExclude(value: unknown, fail: (reason: string) => never): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((gid) => typeof gid === 'string')) {
    fail('exclude must be a list of record gids')
  }
  return value as string[]
}

function checkKeys(
  entry: Record<string, unknown>,
  allowed: string[],
  fail: (reason: string) => never,
): void {
  for (const key of Object.keys(entry)) {
    if (!allowed.includes(key)) fail(`unknown key "${key}"`)
  }
}

function parseFilter(
  input: unknown,
  schema: SelectionSchema,
  fail: (reason: string) => never,
  path: string,
  depth = 0,
): FilterNode {
  // Deep enough for any real filter; deeper is an attack on the stack, not a search.
  if (depth > MAX_FILTER_DEPTH) fail(`filter${path}: nested more than ${MAX_FILTER_DEPTH} levels`)
  if (
    !Array.isArray(input) ||
    input.length < 2 ||
    input.length > 3 ||
    typeof input[0] !== 'string' ||
    typeof input[1] !== 'string'
  ) {
    fail(`filter${path} must be a triplet [property, operator, operand], got ${describe(input)}`)
  }
  const [property, operator, operand] = input as [string, string, unknown]
  const where = `filter${path}`

  if (property === 'and' || property === 'or') {
    if (!Array.isArray(operand) || operand.length === 0) {
      fail(`${where}: "${property}" needs a non-empty list of filters`)
    }
    const children = (operand as unknown[]).map((child, index) =>
      parseFilter(child, schema, fail, `${path}[2][${index}]`, depth + 1),
    )
    return { kind: property, children }
  }
  if (property === 'not') {
    return { kind: 'not', child: parseFilter(operand, schema, fail, `${path}[2]`, depth + 1) }
  }
  if (property === 'classes') {
    if (operator !== 'has') fail(`${where}: classes supports only "has", got "${operator}"`)
    if (typeof operand !== 'string') fail(`${where}: classes has needs a class name`)
    if (!schema.models.some((model) => model.apiKey === operand))
      fail(`${where}: unknown class "${operand}"`)
    return { kind: 'classes', modelApiKey: operand as string }
  }
  if (property === 'definition') {
    if (operator !== 'is' && operator !== 'is_not')
      fail(`${where}: definition supports "is" and "is_not", got "${operator}"`)
    const model = schema.models.find(
      (candidate) => candidate.id === operand || candidate.apiKey === operand,
    )
    if (model === undefined) fail(`${where}: unknown definition ${describe(operand)}`)
    return { kind: 'definition', negate: operator === 'is_not', model: model.id }
  }
  if (property === 'status') {
    if (operator !== 'is' && operator !== 'is_not')
      fail(`${where}: status supports "is" and "is_not", got "${operator}"`)
    if (typeof operand !== 'string' || !STATUSES.has(operand)) {
      fail(`${where}: status must be one of draft, updated, published, got ${describe(operand)}`)
    }
    return { kind: 'status', negate: operator === 'is_not', status: operand as StatusValue }
  }
  if (property === 'updated_on') {
    if (operator === '<' || operator === '>') {
      const [amount, unit] = Array.isArray(operand) ? operand : []
      const unitMs = typeof unit === 'string' ? TIME_UNITS_MS[unit] : undefined
      if (
        !Array.isArray(operand) ||
        operand.length !== 2 ||
        typeof amount !== 'number' ||
        !Number.isFinite(amount) ||
        unitMs === undefined
      ) {
        fail(`${where}: updated_on ${operator} needs [n, "days"], got ${describe(operand)}`)
      }
      return {
        kind: 'updated_relative',
        before: operator === '<',
        amount: amount as number,
        unitMs: unitMs as number,
      }
    }
    if (operator === 'between') {
      const [from, until] = Array.isArray(operand) ? operand : []
      if (
        !Array.isArray(operand) ||
        operand.length !== 2 ||
        typeof from !== 'number' ||
        typeof until !== 'number' ||
        !Number.isFinite(from) ||
        !Number.isFinite(until)
      ) {
        fail(
          `${where}: updated_on between needs [from, until] in UNIX seconds, got ${describe(operand)}`,
        )
      }
      return {
        kind: 'updated_between',
        fromMs: (from as number) * 1000,
        untilMs: (until as number) * 1000,
      }
    }
    fail(`${where}: updated_on supports "<", ">" and "between", got "${operator}"`)
  }
  if (property === 'validation') {
    if (operator !== 'is_empty' && operator !== 'not_translated' && operator !== 'any') {
      fail(
        `${where}: validation supports "is_empty", "not_translated" and "any", got "${operator}"`,
      )
    }
    return { kind: 'validation', operator }
  }
  if (property.startsWith('fields.')) {
    const apiKey = property.slice('fields.'.length)
    const types = schema.fieldTypes.get(apiKey)
    if (types === undefined) fail(`${where}: unknown field "${apiKey}"`)
    if (!FIELD_OPERATORS.has(operator)) fail(`${where}: unknown operator "${operator}" for fields`)
    const fieldOperator = operator as FieldOperator
    const fits = OPERATOR_TYPES[fieldOperator]
    if (fits !== null && ![...(types as ReadonlySet<FieldType>)].some((type) => fits.has(type))) {
      fail(
        `${where}: operator "${operator}" does not fit field "${apiKey}" (${[...(types as ReadonlySet<FieldType>)].join(', ')})`,
      )
    }
    const needsOperand =
      fieldOperator === 'is' ||
      fieldOperator === 'is_not' ||
      fieldOperator === 'contains' ||
      fieldOperator === '<' ||
      fieldOperator === '>'
    if (
      needsOperand &&
      (operand === undefined || (typeof operand === 'object' && operand !== null))
    ) {
      fail(`${where}: operator "${operator}" needs a string, number or boolean operand`)
    }
    if (
      (fieldOperator === '<' || fieldOperator === '>') &&
      typeof operand !== 'number' &&
      typeof operand !== 'string'
    ) {
      fail(`${where}: operator "${operator}" needs a number or a date string`)
    }
    if (fieldOperator === 'contains' && typeof operand !== 'string') {
      fail(`${where}: contains needs a string operand`)
    }
    return { kind: 'field', apiKey, operator: fieldOperator, operand }
  }
  return fail(`${where}: unknown property "${property}"`)
}

function parseEntry(input: unknown, index: number, schema: SelectionSchema): SelectionEntry {
  const fail = (reason: string): never => {
    throw new SelectionEntryError(index, reason)
  }
  if (typeof input === 'string') {
    if (input === '') fail('a record gid must not be empty')
    return { kind: 'record', id: input }
  }
  if (!isRecord(input))
    return fail(`an entry is a gid, a children entry or a search entry, got ${describe(input)}`)

  if ('children' in input) {
    checkKeys(input, ['children', 'channel', 'ordering', 'exclude'], fail)
    if (typeof input.children !== 'string' || input.children === '')
      fail('children must be a record gid')
    const channel = input.channel ?? '__all__'
    if (typeof channel !== 'string' || !(CHANNEL_KEYS as readonly string[]).includes(channel)) {
      fail(`unknown channel ${describe(input.channel)} (channels: ${CHANNEL_KEYS.join(', ')})`)
    }
    const ordering = input.ordering ?? '__default__'
    if (typeof ordering !== 'string' || !(ORDERING_KEYS as readonly string[]).includes(ordering)) {
      fail(`unknown ordering ${describe(input.ordering)} (orderings: ${ORDERING_KEYS.join(', ')})`)
    }
    return {
      kind: 'children',
      parentId: input.children as string,
      channel: channel as ChannelKey,
      ordering: ordering as OrderingKey,
      exclude: parseExclude(input.exclude, fail),
    }
  }

  if ('search' in input) {
    checkKeys(input, ['search', 'exclude'], fail)
    const search = input.search
    if (!isRecord(search)) return fail('search must be an object with q and/or filter')
    checkKeys(search, ['language', 'q', 'filter'], fail)
    const language = search.language ?? schema.defaultLocale
    if (typeof language !== 'string' || !schema.locales.includes(language)) {
      fail(
        `unknown language ${describe(search.language)} (languages: ${schema.locales.join(', ')})`,
      )
    }
    if (search.q === undefined && search.filter === undefined)
      fail('search needs at least one of q and filter')
    if (search.q !== undefined && typeof search.q !== 'string') fail('q must be a string')
    const query = typeof search.q === 'string' ? parseTextQuery(search.q) : null
    const filter = search.filter === undefined ? null : parseFilter(search.filter, schema, fail, '')
    return {
      kind: 'search',
      language: language as string,
      query,
      filter,
      exclude: parseExclude(input.exclude, fail),
    }
  }

  return fail(
    `an entry object needs "children" or "search", got keys ${describe(Object.keys(input))}`,
  )
}

/**
 * Validates a selection's shape against the schema (classes, definitions, fields, operators,
 * languages, channels, orderings). Record existence is checked by the resolver.
 * @throws SelectionEntryError naming the first bad entry.
 */
export function parseSelection(
  input: readonly unknown[],
  schema: SelectionSchema,
): SelectionEntry[] {
  return input.map((entry, index) => parseEntry(entry, index, schema))
}
