import type { ContentStore, StoreChange, StoredRecord } from '../../store'
import { ModelCatalog, valueIn } from './record-view'
import { matchesTextQuery, tokenize } from './text'
import type { TextQuery } from './types'

const TEXT_TYPES: ReadonlySet<string> = new Set(['string', 'text', 'slug'])

/** Past this many changed records a language's index is rebuilt rather than patched at query time. */
const MAX_DIRTY_RECORDS = 2_000

/** Unique words of a record's text fields in `language`. */
export function recordWords(
  catalog: ModelCatalog,
  record: StoredRecord,
  language: string,
): Set<string> {
  const words = new Set<string>()
  for (const field of catalog.fields(record.itemTypeId)) {
    if (!TEXT_TYPES.has(field.fieldType)) continue
    const value = valueIn(record, field, language)
    if (typeof value === 'string') for (const word of tokenize(value)) words.add(word)
  }
  return words
}

function intersectSorted(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] as number
    const y = b[j] as number
    if (x === y) {
      out.push(x)
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return out
}

/**
 * An inverted index (word → record ordinals, ascending) over one language's text. Scanning
 * 50,000 records' words per query costs ~100 ms; looking terms up here costs a few ms.
 * Records changed after the build are kept aside ("dirty") and matched directly, so the index
 * never answers with stale text; too many of them and it is rebuilt on the next query.
 */
class LanguageIndex {
  private readonly ordinalById = new Map<string, number>()
  private readonly idByOrdinal: string[] = []
  private readonly postings = new Map<string, number[]>()
  readonly dirty = new Set<string>()

  constructor(store: ContentStore, catalog: ModelCatalog, language: string) {
    for (const record of store.allRecords()) {
      const ordinal = this.idByOrdinal.length
      this.ordinalById.set(record.id, ordinal)
      this.idByOrdinal.push(record.id)
      for (const field of catalog.fields(record.itemTypeId)) {
        if (!TEXT_TYPES.has(field.fieldType)) continue
        const value = valueIn(record, field, language)
        if (typeof value !== 'string') continue
        for (const word of tokenize(value)) {
          const list = this.postings.get(word)
          // Ordinals only grow, so a repeated word is the list's last entry: no per-record Set.
          if (list === undefined) this.postings.set(word, [ordinal])
          else if (list[list.length - 1] !== ordinal) list.push(ordinal)
        }
      }
    }
  }

  markDirty(id: string): void {
    this.dirty.add(id)
    if (!this.ordinalById.has(id)) {
      this.ordinalById.set(id, this.idByOrdinal.length)
      this.idByOrdinal.push(id)
    }
  }

  private termOrdinals(term: readonly string[]): number[] {
    let result: number[] | null = null
    for (const word of term) {
      const list = this.postings.get(word) ?? []
      result = result === null ? list : intersectSorted(result, list)
      if (result.length === 0) break
    }
    return result ?? []
  }

  /** Matching records in store order (creation order). */
  search(
    store: ContentStore,
    catalog: ModelCatalog,
    language: string,
    query: TextQuery,
  ): StoredRecord[] {
    let candidates: Iterable<number>
    if (query.required.length > 0) {
      let ordinals: number[] | null = null
      for (const term of query.required) {
        const list = this.termOrdinals(term)
        ordinals = ordinals === null ? list : intersectSorted(ordinals, list)
        if (ordinals.length === 0) break
      }
      candidates = ordinals ?? []
    } else if (query.optional.length > 0) {
      const union = new Set<number>()
      for (const term of query.optional)
        for (const ordinal of this.termOrdinals(term)) union.add(ordinal)
      candidates = [...union].sort((a, b) => a - b)
    } else {
      candidates = this.idByOrdinal.keys()
    }
    const forbidden = new Set<number>()
    for (const term of query.forbidden)
      for (const ordinal of this.termOrdinals(term)) forbidden.add(ordinal)

    const matches: { ordinal: number; record: StoredRecord }[] = []
    for (const ordinal of candidates) {
      if (forbidden.has(ordinal)) continue
      const id = this.idByOrdinal[ordinal] as string
      if (this.dirty.has(id)) continue
      const record = store.getRecord(id)
      if (record) matches.push({ ordinal, record })
    }
    if (this.dirty.size === 0) return matches.map(({ record }) => record)
    for (const id of this.dirty) {
      const record = store.getRecord(id)
      if (!record) continue
      if (!matchesTextQuery(query, recordWords(catalog, record, language))) continue
      matches.push({ ordinal: this.ordinalById.get(id) ?? Infinity, record })
    }
    return matches.sort((a, b) => a.ordinal - b.ordinal).map(({ record }) => record)
  }
}

/** The text indexes of one store, one per language, built on first use and kept current. */
class StoreTextIndex {
  private readonly languages = new Map<string, LanguageIndex>()

  constructor(store: ContentStore) {
    store.subscribe((change) => this.onChange(change))
  }

  private onChange(change: StoreChange): void {
    if (change.kind === 'records' && change.ids !== undefined) {
      for (const [language, index] of this.languages) {
        for (const id of change.ids) index.markDirty(id)
        if (index.dirty.size > MAX_DIRTY_RECORDS) this.languages.delete(language)
      }
    } else if (
      change.kind === 'all' ||
      change.kind === 'fields' ||
      change.kind === 'itemTypes' ||
      change.kind === 'records'
    ) {
      // A new snapshot or a schema change can touch every record's text: start over.
      this.languages.clear()
    }
  }

  forLanguage(store: ContentStore, catalog: ModelCatalog, language: string): LanguageIndex {
    let index = this.languages.get(language)
    if (!index) {
      index = new LanguageIndex(store, catalog, language)
      this.languages.set(language, index)
    }
    return index
  }
}

const indexes = new WeakMap<ContentStore, StoreTextIndex>()

function languageIndex(
  store: ContentStore,
  catalog: ModelCatalog,
  language: string,
): LanguageIndex {
  let index = indexes.get(store)
  if (!index) {
    index = new StoreTextIndex(store)
    indexes.set(store, index)
  }
  return index.forLanguage(store, catalog, language)
}

/**
 * Records whose text in `language` satisfies `query`, in store order. The first query per
 * language builds that language's index (a one-time cost proportional to the content).
 */
export function searchText(
  store: ContentStore,
  language: string,
  query: TextQuery,
  catalog = new ModelCatalog(store),
): StoredRecord[] {
  return languageIndex(store, catalog, language).search(store, catalog, language, query)
}

/** Builds a language's index ahead of the first search (e.g. while the demo is idle). */
export function warmTextIndex(store: ContentStore, language: string): void {
  languageIndex(store, new ModelCatalog(store), language)
}
