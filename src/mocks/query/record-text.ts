import type { ContentStore } from '../store/content-store'
import type { FieldValue, StoredRecord } from '../store/types'

const TEXT_FIELD_TYPES = new Set(['string', 'text', 'slug'])

/** Lowercase, accent-free: how both dialects compare text. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** A field value in one locale (localized fields) or as is (non-localized). */
export function valueInLocale(
  value: FieldValue | undefined,
  localized: boolean,
  locale: string,
): FieldValue {
  if (value === undefined) return null
  if (!localized) return value
  if (value && typeof value === 'object' && !Array.isArray(value)) return value[locale] ?? null
  return null
}

interface CachedText {
  key: string
  byLocale: Map<string, string>
}

const cache = new WeakMap<StoredRecord, CachedText>()
const textFieldsCache = new WeakMap<
  ContentStore,
  Map<string, { apiKeys: { apiKey: string; localized: boolean }[]; fieldCount: number }>
>()

function textFieldsOf(
  store: ContentStore,
  itemTypeId: string,
): { apiKey: string; localized: boolean }[] {
  let byType = textFieldsCache.get(store)
  if (!byType) textFieldsCache.set(store, (byType = new Map()))
  const itemType = store.getItemType(itemTypeId)
  const fieldCount = itemType?.fieldIds.length ?? 0
  const cached = byType.get(itemTypeId)
  if (cached && cached.fieldCount === fieldCount) return cached.apiKeys
  const apiKeys = store
    .listFields(itemTypeId)
    .filter((field) => TEXT_FIELD_TYPES.has(field.fieldType))
    .map((field) => ({ apiKey: field.apiKey, localized: field.localized }))
  byType.set(itemTypeId, { apiKeys, fieldCount })
  return apiKeys
}

/**
 * The record's searchable text in `locale` (its string, text and slug fields), normalized.
 * Cached per record until its current version changes.
 */
export function recordText(store: ContentStore, record: StoredRecord, locale: string): string {
  const fields = textFieldsOf(store, record.itemTypeId)
  const key = `${record.meta.currentVersionId}:${fields.length}`
  let entry = cache.get(record)
  if (!entry || entry.key !== key) cache.set(record, (entry = { key, byLocale: new Map() }))
  const hit = entry.byLocale.get(locale)
  if (hit !== undefined) return hit
  const parts: string[] = []
  for (const field of fields) {
    const value = valueInLocale(record.attributes[field.apiKey], field.localized, locale)
    if (typeof value === 'string' && value !== '') parts.push(value)
  }
  const text = normalizeText(parts.join(' \n '))
  entry.byLocale.set(locale, text)
  return text
}
