import type { RawApiTypes } from '@datocms/cma-client'
import { displayText } from '@/lib/record-title'
import { explainQuery } from '@/lib/selection/selection-model'
import type {
  ChildrenSelectionEntry,
  ProjectFilterNode,
  SearchSelectionEntry,
  Selection,
} from '@/lib/selection-url'
import { ApiError } from './http/api-error'
import type { CmaClient, QueryParams } from './http/cma-client'

/** One record of a resolved selection, with the entry that brought it in. */
export interface ResolvedRecord {
  gid: string
  entry: number
  modelId: string
  title: string
  status: string | null
}

export interface CmaResolution {
  records: ResolvedRecord[]
  /** Each entry's own number of records (after its exclusions). */
  ownTotals: number[]
  /** Size of the union of entries 0..k. */
  prefixTotals: number[]
}

const PAGE_LIMIT = 500
const IDS_PER_REQUEST = 100

/** The Project API's own error for a bad entry (1006), so callers handle both modes alike. */
export function selectionEntryError(entry: number, reason: string): ApiError {
  return new ApiError({
    kind: 'http',
    status: 422,
    request: { method: 'GET', url: 'selection' },
    errors: [{ code: '1006', details: { message: reason, info: { entry, reason } } }],
  })
}

/** The entry index and reason of a 1006 error, from either mode. */
export function selectionErrorOf(error: unknown): { entry?: number; reason: string } | undefined {
  if (!(error instanceof ApiError) || !error.hasCode('1006')) return undefined
  const info = error.errors.find((detail) => detail.code === '1006')?.details.info as
    { entry?: unknown; reason?: unknown } | undefined
  const reason =
    typeof info?.reason === 'string'
      ? info.reason
      : String(error.errors[0]?.details.message ?? 'The selection is not valid.')
  return typeof info?.entry === 'number' ? { entry: info.entry, reason } : { reason }
}

type Item = RawApiTypes.Item

interface TitleContext {
  locale: string
  titleFieldOf: (modelId: string) => Promise<string | undefined>
}

function toResolved(item: Item, entry: number, titleApiKey: string | undefined, locale: string) {
  const attributes = (item.attributes ?? {}) as Record<string, unknown>
  return {
    gid: item.id,
    entry,
    modelId: item.relationships.item_type.data.id,
    title: (titleApiKey && displayText(attributes[titleApiKey], locale)) || `Record ${item.id}`,
    status: item.meta.status ?? null,
  }
}

async function listAll(
  cma: CmaClient,
  query: QueryParams,
  signal: AbortSignal | undefined,
): Promise<Item[]> {
  const items: Item[] = []
  for (let offset = 0; ; offset += PAGE_LIMIT) {
    const body = await cma.get<{ data: Item[]; meta: { total_count: number } }>('/items', {
      query: { ...query, 'page[offset]': offset, 'page[limit]': PAGE_LIMIT },
      ...(signal ? { signal } : {}),
    })
    items.push(...body.data)
    if (items.length >= body.meta.total_count || body.data.length === 0) return items
  }
}

type Conjunct = Record<string, string>

/** Merges two conjunctions; undefined when they can never both hold (two models). */
function mergeConjuncts(a: Conjunct, b: Conjunct): Conjunct | undefined | 'conflict' {
  const merged = { ...a }
  for (const [key, value] of Object.entries(b)) {
    if (merged[key] !== undefined && merged[key] !== value)
      return key === 'filter[type]' ? undefined : 'conflict'
    merged[key] = value
  }
  return merged
}

/**
 * The filter as CMA list queries whose results are united (a disjunction of conjunctions).
 * Throws the reason when DatoCMS cannot express a part of it.
 */
function translateFilter(
  node: ProjectFilterNode,
  models: readonly { id: string; apiKey: string }[],
  nowMs: number,
): Conjunct[] {
  const [property, operator, operand] = node
  const field = (key: string, op: string) => `filter[fields][${key}][${op}]`
  const iso = (ms: number) => new Date(ms).toISOString()
  if (property === 'and') {
    let result: Conjunct[] = [{}]
    for (const child of operand as ProjectFilterNode[]) {
      const next: Conjunct[] = []
      for (const left of result)
        for (const right of translateFilter(child, models, nowMs)) {
          const merged = mergeConjuncts(left, right)
          if (merged === 'conflict')
            throw new Error('two conditions on the same property cannot be combined in DatoCMS')
          if (merged) next.push(merged)
        }
      result = next
    }
    return result
  }
  if (property === 'or')
    return (operand as ProjectFilterNode[]).flatMap((child) =>
      translateFilter(child, models, nowMs),
    )
  if (property === 'not') {
    const [innerProperty, innerOperator, innerOperand] = operand as ProjectFilterNode
    if (innerProperty === 'status' && innerOperator === 'is')
      return [{ [field('_status', 'neq')]: String(innerOperand) }]
    if (innerProperty === 'status' && innerOperator === 'is_not')
      return [{ [field('_status', 'eq')]: String(innerOperand) }]
    if (innerProperty === 'classes' || innerProperty === 'definition')
      return translateFilter(['definition', 'is_not', innerOperand], models, nowMs)
    if (innerProperty.startsWith('fields.') && innerOperator === 'is_empty')
      return [{ [field(innerProperty.slice(7), 'exists')]: 'true' }]
    throw new Error(`"not" around ${innerProperty} needs the Project API`)
  }
  const model = (key: unknown) =>
    models.find((candidate) => candidate.apiKey === key || candidate.id === key)
  if (property === 'classes' || (property === 'definition' && operator === 'is')) {
    const found = model(operand)
    if (!found) throw new Error(`unknown model ${JSON.stringify(operand)}`)
    return [{ 'filter[type]': found.apiKey }]
  }
  if (property === 'definition' && operator === 'is_not') {
    const found = model(operand)
    return models
      .filter((candidate) => candidate !== found)
      .map((candidate) => ({ 'filter[type]': candidate.apiKey }))
  }
  if (property === 'status')
    return [{ [field('_status', operator === 'is' ? 'eq' : 'neq')]: String(operand) }]
  if (property === 'updated_on') {
    if (operator === 'between' && Array.isArray(operand))
      return [
        {
          [field('_updated_at', 'gte')]: iso(Number(operand[0]) * 1000),
          [field('_updated_at', 'lte')]: iso(Number(operand[1]) * 1000),
        },
      ]
    const days = Array.isArray(operand) ? Number(operand[0]) : NaN
    const at = iso(nowMs - days * 86_400_000)
    return [{ [field('_updated_at', operator === '<' ? 'lt' : 'gt')]: at }]
  }
  if (property.startsWith('fields.')) {
    const key = property.slice(7)
    const value = String(operand)
    switch (operator) {
      case 'is':
        return [{ [field(key, 'eq')]: value }]
      case 'is_not':
        return [{ [field(key, 'neq')]: value }]
      case 'contains':
        return [{ [`filter[fields][${key}][matches][pattern]`]: value }]
      case '<':
        return [{ [field(key, 'lt')]: value }]
      case '>':
        return [{ [field(key, 'gt')]: value }]
      case 'is_empty':
        return [{ [field(key, 'exists')]: 'false' }]
      case 'is_true':
        return [{ [field(key, 'eq')]: 'true' }]
      case 'is_false':
        return [{ [field(key, 'eq')]: 'false' }]
    }
  }
  throw new Error(`the ${property} filter needs the Project API`)
}

interface ResolveContext {
  cma: CmaClient
  signal: AbortSignal | undefined
  models: { id: string; apiKey: string }[]
  titles: TitleContext
  nowMs: number
}

async function resolveSearch(
  entry: SearchSelectionEntry,
  index: number,
  context: ResolveContext,
): Promise<Item[]> {
  const { q, filter, language } = entry.search
  let conjuncts: Conjunct[]
  try {
    conjuncts = filter ? translateFilter(filter, context.models, context.nowMs) : [{}]
  } catch (error) {
    throw selectionEntryError(
      index,
      `Without the Project API, ${error instanceof Error ? error.message : 'this filter cannot run'}.`,
    )
  }
  for (const conjunct of conjuncts) {
    const hasFieldFilter = Object.keys(conjunct).some(
      (key) => key.startsWith('filter[fields]') && !/\[_(status|updated_at)\]/.test(key),
    )
    if (hasFieldFilter && !conjunct['filter[type]'])
      throw selectionEntryError(
        index,
        'Without the Project API, a field filter needs a model condition beside it (model is …).',
      )
  }
  const terms = explainQuery(q ?? '')
  const locale = language ?? context.titles.locale
  const run = async (conjunct: Conjunct, query: string | undefined) =>
    listAll(
      context.cma,
      { ...conjunct, ...(query ? { 'filter[query]': query } : {}), locale },
      context.signal,
    )
  const found = new Map<string, Item>()
  const forbidden = new Set<string>()
  for (const conjunct of conjuncts) {
    const queries =
      terms.required.length > 0
        ? [terms.required.join(' ')]
        : terms.anyOf.length > 0
          ? terms.anyOf
          : [undefined]
    for (const query of queries)
      for (const item of await run(conjunct, query)) found.set(item.id, item)
    for (const term of terms.forbidden)
      for (const item of await run(conjunct, term)) forbidden.add(item.id)
  }
  return [...found.values()].filter((item) => !forbidden.has(item.id))
}

async function resolveChildren(
  entry: ChildrenSelectionEntry,
  index: number,
  context: ResolveContext,
): Promise<ResolvedRecord[]> {
  const channel = entry.channel ?? '__all__'
  if (channel !== '__all__')
    throw selectionEntryError(
      index,
      `The "${channel}" channel exists only in the Project API; a DatoCMS project has its content tree (__all__).`,
    )
  let parent: Item
  try {
    parent = (
      await context.cma.get<{ data: Item }>(`/items/${encodeURIComponent(entry.children)}`, {
        ...(context.signal ? { signal: context.signal } : {}),
      })
    ).data
  } catch (error) {
    if (error instanceof ApiError && error.status === 404)
      throw selectionEntryError(index, `unknown parent record "${entry.children}"`)
    throw error
  }
  const modelId = parent.relationships.item_type.data.id
  const ordering = entry.ordering ?? '__default__'
  const items = await listAll(
    context.cma,
    {
      'filter[type]': modelId,
      'filter[fields][parent][eq]': entry.children,
      order_by: ordering === '-updated' ? '_updated_at_DESC' : 'position_ASC',
    },
    context.signal,
  )
  const titleField = await context.titles.titleFieldOf(modelId)
  const records = items.map((item) => toResolved(item, index, titleField, context.titles.locale))
  if (ordering === 'title') {
    const collator = new Intl.Collator(context.titles.locale, {
      sensitivity: 'base',
      numeric: true,
    })
    records.sort((a, b) => collator.compare(a.title, b.title))
  }
  return records
}

/**
 * Resolves a selection with CMA list queries, for a DatoCMS project without the Project API:
 * the same union (first-seen order, duplicates once, exclusions per entry) as the server's.
 * Errors name the entry at fault the way the Project API's 1006 does.
 */
export async function resolveSelectionWithCma(
  cma: CmaClient,
  selection: Selection,
  options: { signal?: AbortSignal; locale?: string; nowMs?: number } = {},
): Promise<CmaResolution> {
  const signal = options.signal
  const modelsBody = await cma.get<{ data: RawApiTypes.ItemType[] }>('/item-types', {
    ...(signal ? { signal } : {}),
  })
  const models = modelsBody.data.map((model) => ({
    id: model.id,
    apiKey: model.attributes.api_key,
  }))
  const titleFields = new Map<string, Promise<string | undefined>>()
  const titleFieldOf = (modelId: string) => {
    let pending = titleFields.get(modelId)
    if (!pending) {
      const model = modelsBody.data.find((candidate) => candidate.id === modelId)
      const fieldId = model?.relationships.title_field.data?.id
      pending = fieldId
        ? cma
            .get<{ data: RawApiTypes.Field }>(`/fields/${encodeURIComponent(fieldId)}`, {
              ...(signal ? { signal } : {}),
            })
            .then((body) => body.data.attributes.api_key)
        : Promise.resolve(undefined)
      titleFields.set(modelId, pending)
    }
    return pending
  }
  const locale = options.locale ?? 'en'
  const context: ResolveContext = {
    cma,
    signal,
    models,
    titles: { locale, titleFieldOf },
    nowMs: options.nowMs ?? Date.now(),
  }

  // Records picked one by one are looked up together.
  const gids = selection.filter((entry): entry is string => typeof entry === 'string')
  const byId = new Map<string, Item>()
  for (let start = 0; start < gids.length; start += IDS_PER_REQUEST) {
    const ids = gids.slice(start, start + IDS_PER_REQUEST)
    for (const item of await listAll(cma, { 'filter[ids]': ids.join(',') }, signal))
      byId.set(item.id, item)
  }

  const seen = new Map<string, ResolvedRecord>()
  const ownTotals: number[] = []
  const prefixTotals: number[] = []
  for (const [index, entry] of selection.entries()) {
    let records: ResolvedRecord[]
    if (typeof entry === 'string') {
      const item = byId.get(entry)
      if (!item) throw selectionEntryError(index, `unknown record "${entry}"`)
      const modelId = item.relationships.item_type.data.id
      records = [toResolved(item, index, await titleFieldOf(modelId), locale)]
    } else if ('children' in entry) {
      records = await resolveChildren(entry, index, context)
    } else {
      const items = await resolveSearch(entry, index, context)
      records = []
      for (const item of items) {
        const modelId = item.relationships.item_type.data.id
        records.push(
          toResolved(item, index, await titleFieldOf(modelId), entry.search.language ?? locale),
        )
      }
    }
    const excluded = new Set(typeof entry === 'string' ? [] : (entry.exclude ?? []))
    const kept = records.filter((record) => !excluded.has(record.gid))
    ownTotals.push(kept.length)
    for (const record of kept) if (!seen.has(record.gid)) seen.set(record.gid, record)
    prefixTotals.push(seen.size)
  }
  return { records: [...seen.values()], ownTotals, prefixTotals }
}
