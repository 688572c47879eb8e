/**
 * DatoCMS field validators (`{ required: {}, length: { min: 3, max: 80 } }`) in words an editor
 * reads at a glance: "required, 3–80 characters".
 */

export interface DescribeValidatorsOptions {
  /** For number grouping ("10,000"); the runtime's locale by default. */
  locale?: string
  /** Names linked models in `item_item_type` and `items_item_type` (id → name). */
  modelName?: (id: string) => string | undefined
  /** Names the title field a slug is generated from (id → label). */
  fieldLabel?: (id: string) => string | undefined
}

type Params = Record<string, unknown>

const PREDEFINED_FORMATS: Record<string, string> = {
  email: 'an email address',
  url: 'a URL',
}

const PREDEFINED_SLUG_FORMATS: Record<string, string> = {
  webpage_slug: 'a web page slug',
}

// Presence first, then the rest in the order the CMA lists them.
const FIRST = ['required', 'unique']

/** Each validator as a short phrase, presence first. */
export function describeValidatorList(
  validators: Record<string, unknown> | null | undefined,
  options: DescribeValidatorsOptions = {},
): string[] {
  if (!validators) return []
  const keys = Object.keys(validators).sort((left, right) => rank(left) - rank(right))
  return keys
    .map((key) => describeOne(key, asParams(validators[key]), options))
    .filter((phrase): phrase is string => Boolean(phrase))
}

/** All validators as one phrase: "required, unique, 3–80 characters"; "" when there are none. */
export function describeValidators(
  validators: Record<string, unknown> | null | undefined,
  options: DescribeValidatorsOptions = {},
): string {
  return describeValidatorList(validators, options).join(', ')
}

function rank(key: string): number {
  const index = FIRST.indexOf(key)
  return index === -1 ? FIRST.length : index
}

function asParams(value: unknown): Params {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Params)
    : {}
}

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

function describeOne(key: string, params: Params, options: DescribeValidatorsOptions): string {
  const format = (value: number) => new Intl.NumberFormat(options.locale).format(value)
  switch (key) {
    case 'required':
      return 'required'
    case 'unique':
      return 'unique'
    case 'length':
      return range(params, format, 'character', 'characters')
    case 'size':
      return range(params, format, 'item', 'items')
    case 'title_length':
      return `title ${range(params, format, 'character', 'characters')}`
    case 'description_length':
      return `description ${range(params, format, 'character', 'characters')}`
    case 'number_range':
      return numberRange(params, format)
    case 'date_range':
    case 'date_time_range':
      return dateRange(params)
    case 'format':
      return describeFormat(params, PREDEFINED_FORMATS)
    case 'slug_format':
      return describeFormat(params, PREDEFINED_SLUG_FORMATS)
    case 'enum': {
      const values = Array.isArray(params.values) ? params.values.map(String) : []
      return values.length ? `one of ${values.join(', ')}` : 'one of a fixed list'
    }
    case 'item_item_type':
    case 'items_item_type': {
      const ids = Array.isArray(params.item_types) ? params.item_types.map(String) : []
      const names = ids.map((id) => options.modelName?.(id) ?? id)
      return names.length ? `links to ${names.join(' or ')}` : 'links to records'
    }
    case 'slug_title_field': {
      const id = typeof params.title_field_id === 'string' ? params.title_field_id : undefined
      const label = id ? options.fieldLabel?.(id) : undefined
      return label ? `generated from ${label}` : 'generated from the title'
    }
    case 'extension': {
      const list = Array.isArray(params.extensions) ? params.extensions.map(String) : []
      const predefined =
        typeof params.predefined_list === 'string' ? params.predefined_list : undefined
      return list.length ? `file types ${list.join(', ')}` : `${predefined ?? 'some'} files only`
    }
    case 'file_size':
      return fileSize(params, format)
    case 'required_alt_title':
      return 'alt text and title required'
    case 'sanitized_html':
      return 'sanitized HTML'
    default:
      return key.replaceAll('_', ' ')
  }
}

function range(
  params: Params,
  format: (value: number) => string,
  one: string,
  many: string,
): string {
  const min = num(params.min)
  const max = num(params.max)
  const eq = num(params.eq)
  const unit = (value: number) => (value === 1 ? one : many)
  if (eq !== undefined) return `exactly ${format(eq)} ${unit(eq)}`
  if (min !== undefined && max !== undefined) return `${format(min)}–${format(max)} ${many}`
  if (min !== undefined) return `at least ${format(min)} ${unit(min)}`
  if (max !== undefined) return `at most ${format(max)} ${unit(max)}`
  return `any number of ${many}`
}

function numberRange(params: Params, format: (value: number) => string): string {
  const min = num(params.min)
  const max = num(params.max)
  if (min !== undefined && max !== undefined) return `between ${format(min)} and ${format(max)}`
  if (min !== undefined) return `at least ${format(min)}`
  if (max !== undefined) return `at most ${format(max)}`
  return 'any number'
}

function dateRange(params: Params): string {
  const min = typeof params.min === 'string' ? params.min : undefined
  const max = typeof params.max === 'string' ? params.max : undefined
  if (min && max) return `between ${min} and ${max}`
  if (min) return `on or after ${min}`
  if (max) return `on or before ${max}`
  return 'any date'
}

function describeFormat(params: Params, predefined: Record<string, string>): string {
  const named = typeof params.predefined_pattern === 'string' ? params.predefined_pattern : ''
  if (named) return predefined[named] ?? `format ${named.replaceAll('_', ' ')}`
  const pattern = typeof params.custom_pattern === 'string' ? params.custom_pattern : ''
  return pattern ? `matches ${pattern}` : 'a fixed format'
}

function fileSize(params: Params, format: (value: number) => string): string {
  const min = num(params.min_value)
  const max = num(params.max_value)
  const minUnit = typeof params.min_unit === 'string' ? params.min_unit : ''
  const maxUnit = typeof params.max_unit === 'string' ? params.max_unit : ''
  if (min !== undefined && max !== undefined)
    return `files of ${format(min)} ${minUnit}–${format(max)} ${maxUnit}`
  if (max !== undefined) return `files up to ${format(max)} ${maxUnit}`
  if (min !== undefined) return `files of at least ${format(min)} ${minUnit}`
  return 'any file size'
}
