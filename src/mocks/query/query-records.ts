import type { ContentStore } from '../store/content-store'
import type { RecordAttributes, StoredField, StoredItemType, StoredRecord } from '../store/types'
import {
  compileFieldFilter,
  compileMetaFilter,
  isMetaFilterKey,
  type RecordPredicate,
} from './field-filters'
import { QueryError } from './query-error'
import { normalizeText, recordText, valueInLocale } from './record-text'

/** Records: default and maximum page size of the CMA. */
export const RECORDS_PAGE_DEFAULT = 30
export const RECORDS_PAGE_MAX = 500

export interface RecordQueryParams {
  /** Model ids or api_keys (`filter[type]`). */
  types?: readonly string[]
  /** Record ids (`filter[ids]`); must not be combined with `types` plus model-field filters. */
  ids?: readonly string[]
  /** Full text (`filter[query]`): every term must occur in the record's text in `locale`. */
  query?: string
  /** Locale for `query`, field filters and ordering of localized fields. Default `en`. */
  locale?: string
  /** `{ <api_key or meta>: { <operator>: value } }` (`filter[fields]`). */
  fields?: Readonly<Record<string, unknown>>
  /** `title_ASC,_updated_at_DESC`; needs exactly one type. */
  orderBy?: string
  /** `published` returns the published version of records that have one. */
  version?: 'current' | 'published'
  offset?: number
  limit?: number
}

/** A record as seen by a query: the record, plus the attributes of the requested version. */
export interface RecordView {
  record: StoredRecord
  attributes: RecordAttributes
}

export interface RecordQueryResult {
  views: RecordView[]
  totalCount: number
}

/** One ordering rule: a sort key per record view (precomputed once per sort) and a direction. */
interface SortRule {
  read: (view: RecordView) => Sortable
  sign: 1 | -1
}

const META_ORDER_KEYS = new Set([
  'id',
  '_updated_at',
  '_created_at',
  '_published_at',
  '_first_published_at',
  '_status',
  '_is_valid',
  'position',
])

const ORDERABLE_FIELD_TYPES = new Set([
  'string',
  'text',
  'slug',
  'integer',
  'float',
  'date',
  'date_time',
  'boolean',
])

const STATUS_RANK: Record<string, number> = { draft: 0, updated: 1, published: 2 }

type Sortable = string | number | boolean | null

/** Nulls sort last ascending and first descending, as in Postgres (the CMA's database). */
function compareWithNulls(a: Sortable, b: Sortable, sign: 1 | -1): number {
  if (a === b) return 0
  if (a === null) return sign
  if (b === null) return -sign
  return (a < b ? -1 : 1) * sign
}

function metaValue(record: StoredRecord, key: string): Sortable {
  switch (key) {
    case 'id':
      return record.id
    case '_updated_at':
      return record.meta.updatedAt
    case '_created_at':
      return record.meta.createdAt
    case '_published_at':
      return record.meta.publishedAt
    case '_first_published_at':
      return record.meta.firstPublishedAt
    case '_status':
      return STATUS_RANK[record.meta.status ?? ''] ?? null
    case '_is_valid':
      return record.meta.isValid
    case 'position':
      return record.position
    default:
      return null
  }
}

function compileOrdering(
  orderBy: string,
  itemType: StoredItemType | undefined,
  fields: StoredField[],
  locale: string,
): SortRule[] {
  const rules = orderBy.split(',').map((rule) => rule.trim())
  if (!itemType) {
    throw new QueryError('INVALID_ORDERING', {
      order_by: orderBy,
      message: 'order_by needs exactly one model in filter[type]',
    })
  }
  return rules.map((rule) => {
    const match = /^(.+)_(ASC|DESC)$/.exec(rule)
    if (!match?.[1] || !match[2]) {
      throw new QueryError('INVALID_ORDERING', {
        order_by: rule,
        message: 'expected <field>_ASC or <field>_DESC',
      })
    }
    const key = match[1]
    const sign = match[2] === 'ASC' ? 1 : -1
    if (META_ORDER_KEYS.has(key)) {
      if (key === 'position' && !itemType.sortable && !itemType.tree) {
        throw new QueryError('INVALID_ORDERING', {
          order_by: rule,
          message: `${itemType.apiKey} is not sortable`,
        })
      }
      return { read: (view: RecordView) => metaValue(view.record, key), sign }
    }
    const field = fields.find((candidate) => candidate.apiKey === key)
    if (!field || !ORDERABLE_FIELD_TYPES.has(field.fieldType)) {
      throw new QueryError('INVALID_ORDERING', {
        order_by: rule,
        message: field
          ? `${field.fieldType} fields cannot be ordered`
          : `unknown field "${key}" on ${itemType.apiKey}`,
      })
    }
    const read = (view: RecordView): Sortable => {
      const value = valueInLocale(view.attributes[field.apiKey], field.localized, locale)
      // Case- and accent-insensitive, like the database's collation, and cheap to compare.
      if (typeof value === 'string') return normalizeText(value)
      return typeof value === 'number' || typeof value === 'boolean' ? value : null
    }
    return { read, sign }
  })
}

/** Without `order_by`: newest-updated first. */
const DEFAULT_ORDER: SortRule[] = [{ read: (view) => view.record.meta.updatedAt, sign: -1 }]

/** Sorts by precomputed keys (each key read once, not once per comparison); ties by id. */
function sortViews(views: RecordView[], rules: SortRule[]): RecordView[] {
  const keys = views.map((view) => rules.map((rule) => rule.read(view)))
  const order = views.map((_view, index) => index)
  order.sort((left, right) => {
    const leftKeys = keys[left] ?? []
    const rightKeys = keys[right] ?? []
    for (let index = 0; index < rules.length; index++) {
      const result = compareWithNulls(
        leftKeys[index] ?? null,
        rightKeys[index] ?? null,
        rules[index]?.sign ?? 1,
      )
      if (result !== 0) return result
    }
    const leftId = views[left]?.record.id ?? ''
    const rightId = views[right]?.record.id ?? ''
    return leftId < rightId ? -1 : leftId > rightId ? 1 : 0
  })
  return order.map((index) => views[index] as RecordView)
}

interface SortedList {
  views: RecordView[]
  /** Searchable text per locale, index-aligned with `views` (built on first search). */
  texts: Map<string, string[]>
}

interface SortCache {
  revision: number
  lists: Map<string, SortedList>
}

/**
 * Sorted candidate lists per (models, order, locale), reused until the store changes: lists
 * of 50,000 records are filtered in order instead of sorted on every request.
 */
const sortCaches = new WeakMap<ContentStore, SortCache>()

function presorted(store: ContentStore, key: string, build: () => RecordView[]): SortedList {
  let cache = sortCaches.get(store)
  if (!cache || cache.revision !== store.revision) {
    cache = { revision: store.revision, lists: new Map() }
    sortCaches.set(store, cache)
  }
  let list = cache.lists.get(key)
  if (!list) {
    list = { views: build(), texts: new Map() }
    cache.lists.set(key, list)
  }
  return list
}

function textsOf(store: ContentStore, list: SortedList, locale: string): string[] {
  let texts = list.texts.get(locale)
  if (!texts) {
    texts = list.views.map((view) => recordText(store, view.record, locale))
    list.texts.set(locale, texts)
  }
  return texts
}

/**
 * The one query engine over the store: filters by model, ids, full text, field and meta
 * filters; orders; pages. Throws `QueryError` (never half-answers) on invalid input.
 */
export function queryRecords(store: ContentStore, params: RecordQueryParams): RecordQueryResult {
  const locale = params.locale ?? 'en'
  if (!store.site.locales.includes(locale as never)) {
    throw new QueryError('INVALID_FIELD', {
      field: 'locale',
      code: 'INVALID_LOCALE',
      message: `unknown locale "${locale}"`,
    })
  }
  const itemTypes: StoredItemType[] = []
  for (const key of params.types ?? []) {
    const itemType = store.getItemType(key)
    if (!itemType) {
      throw new QueryError('INVALID_FIELD', {
        field: 'filter[type]',
        code: 'NOT_FOUND',
        message: `unknown model "${key}"`,
      })
    }
    itemTypes.push(itemType)
  }
  const singleType = itemTypes.length === 1 ? itemTypes[0] : undefined
  const fields = singleType ? store.listFields(singleType.id) : []

  const predicates: RecordPredicate[] = []
  for (const [key, operators] of Object.entries(params.fields ?? {})) {
    if (!operators || typeof operators !== 'object' || Array.isArray(operators)) {
      throw new QueryError('INVALID_FILTER_FIELDS_PARAM', {
        field: key,
        message: 'expected filter[fields][<field>][<operator>]',
      })
    }
    const entries = Object.entries(operators as Record<string, unknown>)
    if (entries.length === 0) {
      throw new QueryError('INVALID_FILTER_FIELDS_PARAM', {
        field: key,
        message: 'missing operator',
      })
    }
    for (const [operator, value] of entries) {
      if (isMetaFilterKey(key)) {
        predicates.push(compileMetaFilter(key, operator, value))
        continue
      }
      if (!singleType) {
        throw new QueryError('INVALID_FILTER_FIELDS_PARAM', {
          field: key,
          message: 'filtering on model fields needs exactly one model in filter[type]',
        })
      }
      const field = fields.find((candidate) => candidate.apiKey === key)
      if (!field) {
        throw new QueryError('INVALID_FILTER_FIELDS_PARAM', {
          field: key,
          message: `unknown field "${key}" on ${singleType.apiKey}`,
        })
      }
      predicates.push(compileFieldFilter(field, operator, value, locale))
    }
  }
  const rules = params.orderBy
    ? compileOrdering(params.orderBy, singleType, fields, locale)
    : DEFAULT_ORDER

  const offset = params.offset ?? 0
  const limit = params.limit ?? RECORDS_PAGE_DEFAULT

  const query = params.query?.trim()
  const terms = query ? normalizeText(query).split(/\s+/).filter(Boolean) : []
  const keep = (view: RecordView): boolean => {
    if (terms.length > 0) {
      const text = recordText(store, view.record, locale)
      for (const term of terms) if (!text.includes(term)) return false
    }
    for (const predicate of predicates) if (!predicate(view.record, view.attributes)) return false
    return true
  }
  const typeIds =
    itemTypes.length > 0 ? new Set(itemTypes.map((itemType) => itemType.id)) : undefined
  const published = params.version === 'published'

  if (!published && !params.ids) {
    // The common case (current versions of whole models): filter a cached sorted list.
    const sorted = presorted(
      store,
      `${[...(typeIds ?? [])].join(',')}|${params.orderBy ?? ''}|${locale}`,
      () => {
        const records =
          itemTypes.length > 0
            ? itemTypes.flatMap((itemType) => store.recordsOfType(itemType.id))
            : [...store.allRecords()]
        return sortViews(
          records.map((record) => ({ record, attributes: record.attributes })),
          rules,
        )
      },
    )
    const texts = terms.length > 0 ? textsOf(store, sorted, locale) : undefined
    const page: RecordView[] = []
    let totalCount = 0
    sorted.views.forEach((view, index) => {
      if (texts) {
        const text = texts[index] ?? ''
        for (const term of terms) if (!text.includes(term)) return
      }
      for (const predicate of predicates) if (!predicate(view.record, view.attributes)) return
      if (totalCount >= offset && page.length < limit) page.push(view)
      totalCount++
    })
    return { views: page, totalCount }
  }

  const candidates: StoredRecord[] = []
  if (params.ids) {
    for (const id of params.ids) {
      const record = store.getRecord(id)
      if (record && !candidates.includes(record)) candidates.push(record)
    }
  } else {
    for (const itemType of itemTypes) candidates.push(...store.recordsOfType(itemType.id))
    if (itemTypes.length === 0) candidates.push(...store.allRecords())
  }
  const views: RecordView[] = []
  for (const record of candidates) {
    if (typeIds && !typeIds.has(record.itemTypeId)) continue
    let attributes = record.attributes
    if (published) {
      if (!record.meta.publishedVersionId) continue
      if (record.meta.publishedVersionId !== record.meta.currentVersionId) {
        attributes = store.getVersionAttributes(record.meta.publishedVersionId) ?? attributes
      }
    }
    const view = { record, attributes }
    if (keep(view)) views.push(view)
  }
  const sorted = sortViews(views, rules)
  return { views: sorted.slice(offset, offset + limit), totalCount: sorted.length }
}
