import {
  isEditableFieldType,
  parseDraft,
  sameValue,
  toDraft,
  type DraftValue,
  type FieldSpec,
} from './field-values'

/** The form's state: per field, a draft value, or per locale for localized fields. */
export type Drafts = Record<string, DraftValue | Record<string, DraftValue>>

/** Where an error shows: `title` or `title:it`. */
export function fieldErrorKey(apiKey: string, locale?: string): string {
  return locale ? `${apiKey}:${locale}` : apiKey
}

function isLocaleMap(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The locales a record has content in (its localized values' keys), main locale first. */
export function recordLocalesOf(
  fields: readonly FieldSpec[],
  attributes: Record<string, unknown>,
  siteLocales: readonly string[],
): string[] {
  const present = new Set<string>()
  for (const field of fields) {
    const value = attributes[field.apiKey]
    if (field.localized && isLocaleMap(value))
      for (const key of Object.keys(value)) present.add(key)
  }
  const main = siteLocales[0]
  if (main) present.add(main)
  return siteLocales.filter((locale) => present.has(locale))
}

export function draftsOf(
  fields: readonly FieldSpec[],
  attributes: Record<string, unknown>,
  siteLocales: readonly string[],
): Drafts {
  const drafts: Drafts = {}
  for (const field of fields) {
    const value = attributes[field.apiKey]
    if (field.localized) {
      const perLocale: Record<string, DraftValue> = {}
      for (const locale of siteLocales)
        perLocale[locale] = toDraft(field.fieldType, isLocaleMap(value) ? value[locale] : null)
      drafts[field.apiKey] = perLocale
    } else {
      drafts[field.apiKey] = toDraft(field.fieldType, value)
    }
  }
  return drafts
}

/** The locales the record will have: those it had, plus any the editor has filled in. */
export function localesInUse(
  fields: readonly FieldSpec[],
  drafts: Drafts,
  baseLocales: readonly string[],
  siteLocales: readonly string[],
): string[] {
  const used = new Set(baseLocales)
  for (const field of fields) {
    if (!field.localized || !isEditableFieldType(field.fieldType)) continue
    const perLocale = drafts[field.apiKey]
    if (!isLocaleMap(perLocale)) continue
    for (const [locale, draft] of Object.entries(perLocale)) {
      if (
        draft !== '' &&
        draft !== null &&
        draft !== false &&
        !(Array.isArray(draft) && !draft.length)
      )
        used.add(locale)
    }
  }
  return siteLocales.filter((locale) => used.has(locale))
}

export interface DraftOutcome {
  /** Attributes that differ from the base record, ready for a partial update. */
  changes: Record<string, unknown>
  /** Fields whose input cannot be turned into a value, keyed by `fieldErrorKey`. */
  errors: Record<string, string>
}

/**
 * Compares the form with the record it started from. Localized fields send their whole
 * object over `locales` (the CMA replaces a localized value as a whole).
 */
export function changesOf(
  fields: readonly FieldSpec[],
  drafts: Drafts,
  baseAttributes: Record<string, unknown>,
  locales: readonly string[],
): DraftOutcome {
  const changes: Record<string, unknown> = {}
  const errors: Record<string, string> = {}
  for (const field of fields) {
    if (!isEditableFieldType(field.fieldType)) continue
    const draft = drafts[field.apiKey]
    const base = baseAttributes[field.apiKey]
    if (field.localized) {
      const perLocale = isLocaleMap(draft) ? (draft as Record<string, DraftValue>) : {}
      const value: Record<string, unknown> = {}
      let hasError = false
      for (const locale of locales) {
        const parsed = parseDraft(field, perLocale[locale] ?? null)
        if (!parsed.ok) {
          errors[fieldErrorKey(field.apiKey, locale)] = parsed.message
          hasError = true
        } else value[locale] = parsed.value
      }
      if (hasError) continue
      const baseMap = isLocaleMap(base) ? base : {}
      const isSame =
        locales.every((locale) => sameValue(value[locale], baseMap[locale])) &&
        Object.keys(baseMap).every((locale) => locales.includes(locale))
      if (!isSame) changes[field.apiKey] = value
    } else {
      const parsed = parseDraft(field, (draft ?? null) as DraftValue)
      if (!parsed.ok) errors[fieldErrorKey(field.apiKey)] = parsed.message
      else if (!sameValue(parsed.value, base)) changes[field.apiKey] = parsed.value
    }
  }
  return { changes, errors }
}
