import { valueInLocale } from '../../query'
import type {
  ContentStore,
  FieldValue,
  StoredField,
  StoredItemType,
  StoredRecord,
} from '../../store'

/**
 * Read-side helpers the selection engine needs per model, computed once per resolution: the
 * store sorts fields on every `listFields` call, which is too slow inside a 50,000-record loop.
 */
export class ModelCatalog {
  private readonly store: ContentStore
  private readonly models = new Map<string, StoredItemType>()
  private readonly fieldsByModel = new Map<string, StoredField[]>()
  private readonly fieldByModelAndKey = new Map<string, Map<string, StoredField>>()

  constructor(store: ContentStore) {
    this.store = store
    for (const model of store.listItemTypes()) {
      this.models.set(model.id, model)
      const fields = store.listFields(model.id)
      this.fieldsByModel.set(model.id, fields)
      this.fieldByModelAndKey.set(model.id, new Map(fields.map((field) => [field.apiKey, field])))
    }
  }

  get locales(): readonly string[] {
    return this.store.site.locales
  }

  get mainLocale(): string {
    return this.store.site.locales[0] ?? 'en'
  }

  model(id: string): StoredItemType | undefined {
    return this.models.get(id)
  }

  /** Ids of the models whose api_key is `apiKey` (a record's classes are its model's api_key). */
  modelIdsWithApiKey(apiKey: string): Set<string> {
    const ids = new Set<string>()
    for (const model of this.models.values()) if (model.apiKey === apiKey) ids.add(model.id)
    return ids
  }

  fields(modelId: string): readonly StoredField[] {
    return this.fieldsByModel.get(modelId) ?? []
  }

  field(modelId: string, apiKey: string): StoredField | undefined {
    return this.fieldByModelAndKey.get(modelId)?.get(apiKey)
  }

  titleField(modelId: string): StoredField | undefined {
    const model = this.models.get(modelId)
    if (!model || model.titleFieldId === null) return undefined
    return this.fields(modelId).find((field) => field.id === model.titleFieldId)
  }
}

/** A field's value in one language: the locale's entry for localized fields, else the value. */
export function valueIn(record: StoredRecord, field: StoredField, language: string): FieldValue {
  // The CMA's query engine reads values the same way: one rule for both dialects.
  return valueInLocale(record.attributes[field.apiKey], field.localized, language)
}

export function isEmptyValue(value: FieldValue): boolean {
  if (value === null || value === '') return true
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object') return Object.keys(value).length === 0
  return false
}

/** The record's title in `language` ('' when its model has no title field or it is empty). */
export function titleIn(catalog: ModelCatalog, record: StoredRecord, language: string): string {
  const field = catalog.titleField(record.itemTypeId)
  if (!field) return ''
  const value = valueIn(record, field, language)
  return typeof value === 'string' ? value : ''
}
