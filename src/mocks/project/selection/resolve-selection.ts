import type { ContentStore, FieldType, StoredRecord } from '../../store'
import { candidateModels, compileFilter, type RecordPredicate } from './compile-filter'
import { parseSelection, type SelectionSchema } from './parse-selection'
import { ModelCatalog, titleIn } from './record-view'
import { searchText } from './text-index'
import { SelectionEntryError, type OrderingKey, type SelectionEntry } from './types'

export interface ResolveOptions {
  /** Epoch ms for relative date filters (the mock clock's now). */
  nowMs: number
  /** Language the `title` ordering compares in; the main locale by default. */
  language?: string
}

/** The schema facts `parseSelection` checks filters against, read from the store. */
export function selectionSchemaOf(store: ContentStore): SelectionSchema {
  const fieldTypes = new Map<string, Set<FieldType>>()
  const models = store.listItemTypes()
  for (const model of models) {
    for (const field of store.listFields(model.id)) {
      let types = fieldTypes.get(field.apiKey)
      if (!types) fieldTypes.set(field.apiKey, (types = new Set()))
      types.add(field.fieldType)
    }
  }
  return {
    locales: store.site.locales,
    defaultLocale: store.site.locales[0] ?? 'en',
    models: models.map((model) => ({ id: model.id, apiKey: model.apiKey })),
    fieldTypes,
  }
}

function ordered(
  records: StoredRecord[],
  ordering: OrderingKey,
  catalog: ModelCatalog,
  language: string,
): StoredRecord[] {
  if (ordering === 'title') {
    const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true })
    return records
      .map((record) => ({ record, title: titleIn(catalog, record, language) }))
      .sort((a, b) => collator.compare(a.title, b.title))
      .map(({ record }) => record)
  }
  if (ordering === '-updated')
    return [...records].sort((a, b) => b.meta.updatedAt - a.meta.updatedAt)
  return records
}

function childrenOf(
  store: ContentStore,
  entry: Extract<SelectionEntry, { kind: 'children' }>,
  index: number,
): StoredRecord[] {
  if (!store.getRecord(entry.parentId)) {
    throw new SelectionEntryError(index, `unknown parent record "${entry.parentId}"`)
  }
  if (entry.channel === '__all__') return store.childrenOf(entry.parentId)
  const channel = store.getChannel(entry.channel)
  if (!channel) throw new SelectionEntryError(index, `unknown channel "${entry.channel}"`)
  if (!(entry.parentId in channel.parents)) {
    throw new SelectionEntryError(
      index,
      `record "${entry.parentId}" is not in channel "${entry.channel}"`,
    )
  }
  return store.channelChildrenOf(entry.channel, entry.parentId)
}

function searchMatches(
  store: ContentStore,
  catalog: ModelCatalog,
  entry: Extract<SelectionEntry, { kind: 'search' }>,
  nowMs: number,
): StoredRecord[] {
  const { query, filter, language } = entry
  // "You must provide at least one of q and filter, otherwise you'll get an empty result":
  // a q without a single searchable word selects nothing.
  if (query === null && filter === null) return []
  const predicate: RecordPredicate | null =
    filter === null ? null : compileFilter(filter, { catalog, language, nowMs })
  // Terms narrow fastest (through the text index); otherwise scan the models the filter allows.
  let candidates: Iterable<StoredRecord>
  if (query !== null) {
    candidates = searchText(store, language, query, catalog)
  } else {
    candidates = store.allRecords()
  }
  if (predicate === null) return [...candidates]
  // Scanning every record with a cheap model check first beats collecting a model's records
  // (`recordsOfType` costs about twice a full scan on the large dataset).
  const models = filter === null ? null : candidateModels(filter, catalog)
  const matches: StoredRecord[] = []
  for (const record of candidates) {
    if (models !== null && !models.has(record.itemTypeId)) continue
    if (predicate(record)) matches.push(record)
  }
  return matches
}

/**
 * Resolves validated entries to record ids: each entry in turn, its own `exclude` applied,
 * united with duplicates removed and first-seen order kept.
 * @throws SelectionEntryError for an unknown record, parent or channel.
 */
export function resolveEntries(
  store: ContentStore,
  entries: readonly SelectionEntry[],
  options: ResolveOptions,
): string[] {
  const catalog = new ModelCatalog(store)
  const language = options.language ?? catalog.mainLocale
  const seen = new Set<string>()
  entries.forEach((entry, index) => {
    if (entry.kind === 'record') {
      if (!store.getRecord(entry.id))
        throw new SelectionEntryError(index, `unknown record "${entry.id}"`)
      seen.add(entry.id)
      return
    }
    const excluded = new Set(entry.exclude)
    const records =
      entry.kind === 'children'
        ? ordered(childrenOf(store, entry, index), entry.ordering, catalog, language)
        : searchMatches(store, catalog, entry, options.nowMs)
    for (const record of records) if (!excluded.has(record.id)) seen.add(record.id)
  })
  return [...seen]
}

/**
 * Validates and resolves a wire selection in one step: what `/records/bulk/get` and
 * `/records/bulk/duplicate` call.
 * @throws SelectionEntryError naming the entry at fault.
 */
export function resolveSelection(
  store: ContentStore,
  selection: readonly unknown[],
  options: ResolveOptions,
): string[] {
  return resolveEntries(store, parseSelection(selection, selectionSchemaOf(store)), options)
}
