import type { ContentStore } from '../store/content-store'
import type {
  FieldValue,
  JsonValue,
  RecordAttributes,
  StoredField,
  StoredItemType,
} from '../store/types'
import { invalidField, isObject, type CmaErrorEntry } from './cma-http'

/** Attribute keys that are not fields but tree/sortable placement. */
export const PLACEMENT_KEYS = ['parent_id', 'position'] as const

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const URL_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i

function typeError(field: StoredField, expected: string, locale?: string): CmaErrorEntry {
  return invalidField(field.apiKey, 'INVALID_FORMAT', {
    field_label: field.label,
    field_type: field.fieldType,
    message: `Expected ${expected}`,
    ...(locale ? { locale } : {}),
  })
}

function checkType(
  store: ContentStore,
  field: StoredField,
  value: JsonValue,
  locale?: string,
): CmaErrorEntry[] {
  if (value === null) return []
  const linkTargets = (): string[] => {
    const validator = field.validators.item_item_type ?? field.validators.items_item_type
    return validator?.item_types ?? []
  }
  const checkLink = (id: JsonValue): CmaErrorEntry[] => {
    if (typeof id !== 'string') return [typeError(field, 'a record id', locale)]
    const target = store.getRecord(id)
    const allowed = linkTargets()
    if (!target || (allowed.length > 0 && !allowed.includes(target.itemTypeId))) {
      return [
        invalidField(field.apiKey, 'INVALID_LINK', {
          field_label: field.label,
          field_type: field.fieldType,
          message: `"${id}" is not a record this field can link to`,
          ...(locale ? { locale } : {}),
        }),
      ]
    }
    return []
  }
  switch (field.fieldType) {
    case 'string':
    case 'text':
    case 'slug':
      return typeof value === 'string' ? [] : [typeError(field, 'a string', locale)]
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
        ? []
        : [typeError(field, 'an integer', locale)]
    case 'float':
      return typeof value === 'number' && Number.isFinite(value)
        ? []
        : [typeError(field, 'a number', locale)]
    case 'boolean':
      return typeof value === 'boolean' ? [] : [typeError(field, 'true or false', locale)]
    case 'date':
      return typeof value === 'string' &&
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(value))
        ? []
        : [typeError(field, 'a date (YYYY-MM-DD)', locale)]
    case 'date_time':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value))
        ? []
        : [typeError(field, 'an ISO 8601 date-time', locale)]
    case 'link':
      return checkLink(value)
    case 'links':
      return Array.isArray(value)
        ? value.flatMap(checkLink)
        : [typeError(field, 'a list of record ids', locale)]
    case 'file':
      return isObject(value) && typeof value.upload_id === 'string'
        ? []
        : [typeError(field, 'an upload ({ upload_id, … })', locale)]
    case 'json':
      return []
  }
}

/**
 * Shape checks on the attributes of a create/update request: known keys, localized values
 * keyed by project locales, values of the field's type, links to existing records.
 */
export function validateAttributeShapes(
  store: ContentStore,
  itemType: StoredItemType,
  attributes: Record<string, unknown>,
): CmaErrorEntry[] {
  const fields = new Map(store.listFields(itemType.id).map((field) => [field.apiKey, field]))
  const locales = new Set<string>(store.site.locales)
  const errors: CmaErrorEntry[] = []
  for (const [key, raw] of Object.entries(attributes)) {
    if ((PLACEMENT_KEYS as readonly string[]).includes(key) && (itemType.tree || itemType.sortable))
      continue
    const field = fields.get(key)
    if (!field) {
      errors.push(
        invalidField(key, 'UNKNOWN_FIELD', { message: `${itemType.apiKey} has no field "${key}"` }),
      )
      continue
    }
    const value = raw as JsonValue
    if (field.localized && value !== null) {
      if (!isObject(value)) {
        errors.push(typeError(field, 'an object keyed by locale (en, it, nl)'))
        continue
      }
      for (const [locale, inner] of Object.entries(value)) {
        if (!locales.has(locale)) {
          errors.push(
            invalidField(field.apiKey, 'INVALID_LOCALES', {
              field_label: field.label,
              locale,
              message: `Unknown locale "${locale}"`,
            }),
          )
          continue
        }
        errors.push(...checkType(store, field, inner as JsonValue, locale))
      }
    } else {
      errors.push(...checkType(store, field, value))
    }
  }
  return errors
}

function isEmpty(value: FieldValue | undefined): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  )
}

/** The locales a record has content in (the keys of its localized values). */
export function recordLocales(
  store: ContentStore,
  itemType: StoredItemType,
  attributes: RecordAttributes,
): string[] {
  if (itemType.allLocalesRequired) return [...store.site.locales]
  const present = new Set<string>()
  for (const field of store.listFields(itemType.id)) {
    const value = attributes[field.apiKey]
    if (field.localized && isObject(value))
      for (const locale of Object.keys(value)) present.add(locale)
  }
  return present.size > 0
    ? store.site.locales.filter((locale) => present.has(locale))
    : [store.site.locales[0] ?? 'en']
}

/**
 * The field validators (required, unique, length, format, number range) on a record's full
 * attributes; one error per failure (and per locale).
 */
export function validateRecordValues(
  store: ContentStore,
  itemType: StoredItemType,
  attributes: RecordAttributes,
  excludeRecordId?: string,
): CmaErrorEntry[] {
  const errors: CmaErrorEntry[] = []
  const locales = recordLocales(store, itemType, attributes)
  for (const field of store.listFields(itemType.id)) {
    const { validators } = field
    const fail = (
      code: string,
      locale: string | undefined,
      extra: Record<string, JsonValue> = {},
    ) =>
      errors.push(
        invalidField(field.apiKey, code, {
          field_label: field.label,
          field_type: field.fieldType,
          ...(locale ? { locale } : {}),
          ...extra,
        }),
      )
    const raw = attributes[field.apiKey]
    const perLocale: [string | undefined, FieldValue | undefined][] = field.localized
      ? locales.map((locale) => [
          locale,
          isObject(raw) ? (raw as Record<string, JsonValue>)[locale] : undefined,
        ])
      : [[undefined, raw]]
    for (const [locale, value] of perLocale) {
      if (isEmpty(value)) {
        if (validators.required) fail('VALIDATION_REQUIRED', locale)
        continue
      }
      if (typeof value === 'string') {
        const { length, format } = validators
        if (length) {
          const size = [...value].length
          if (
            (length.min !== undefined && size < length.min) ||
            (length.max !== undefined && size > length.max) ||
            (length.eq !== undefined && size !== length.eq)
          ) {
            fail('VALIDATION_LENGTH', locale, { ...length, length: size })
          }
        }
        if (format) {
          let ok = true
          if (format.predefined_pattern === 'email') ok = EMAIL.test(value)
          else if (format.predefined_pattern === 'url') ok = URL_PATTERN.test(value)
          else if (format.custom_pattern) {
            try {
              ok = new RegExp(format.custom_pattern).test(value)
            } catch {
              ok = true
            }
          }
          if (!ok) fail('VALIDATION_FORMAT', locale, { ...format })
        }
        if (validators.unique && isTaken(store, itemType, field, value, locale, excludeRecordId)) {
          fail('VALIDATION_UNIQUENESS', locale)
        }
      }
      if (typeof value === 'number' && validators.number_range) {
        const { min, max } = validators.number_range
        if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
          fail('VALIDATION_NUMBER_RANGE', locale, { ...validators.number_range })
        }
      }
    }
  }
  return errors
}

function isTaken(
  store: ContentStore,
  itemType: StoredItemType,
  field: StoredField,
  value: string,
  locale: string | undefined,
  excludeRecordId: string | undefined,
): boolean {
  for (const other of store.recordsOfType(itemType.id)) {
    if (other.id === excludeRecordId) continue
    const otherValue = other.attributes[field.apiKey]
    const candidate =
      locale && isObject(otherValue)
        ? (otherValue as Record<string, JsonValue>)[locale]
        : otherValue
    if (candidate === value) return true
  }
  return false
}
