/**
 * Field-by-field comparison of two states of a record (two versions, or a version and the
 * current record): word-level differences in text, structured differences in JSON, files and
 * links, per locale. Pure, so it is unit-tested and benchmarked on its own.
 */
import { diffArrays, diffWordsWithSpace } from 'diff'
import { isDeepEqual } from './version-changes'

/** What the diff needs to know about a field (a subset of the CMA's field attributes). */
export interface DiffField {
  apiKey: string
  label: string
  /** The CMA's `field_type`: string, text, slug, integer, float, boolean, date, date_time, link, links, file, json… */
  fieldType: string
  localized: boolean
}

export interface TextPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

export interface StructureEntry {
  /** Where in the value: `seo.title`, `items[2]`; empty for the value as a whole. */
  path: string
  kind: 'added' | 'removed' | 'changed'
  before?: unknown
  after?: unknown
  /** Word-level parts when both sides are text. */
  parts?: TextPart[]
}

export type ValueChange =
  /** string, text, slug: the words that went and came. */
  | { kind: 'text'; parts: TextPart[] }
  /** numbers, booleans, dates and anything without inner structure. */
  | { kind: 'scalar'; before: unknown; after: unknown }
  /** A single link: the record it pointed to and points to now. */
  | { kind: 'link'; before: string | null; after: string | null }
  /** Multiple links: which records came and went, and whether the order changed. */
  | {
      kind: 'links'
      before: string[]
      after: string[]
      added: string[]
      removed: string[]
      isReordered: boolean
    }
  /** JSON and files: one entry per changed path. */
  | { kind: 'structure'; entries: StructureEntry[] }

export interface LocaleDiff {
  /** null for fields that are not localized. */
  locale: string | null
  isChanged: boolean
  before: unknown
  after: unknown
  /** Present when changed. */
  change?: ValueChange
}

export interface FieldDiff {
  field: DiffField
  isChanged: boolean
  locales: LocaleDiff[]
}

export interface DiffVersionsOptions {
  /** The project's locales in their order (localized values are shown in this order). */
  locales: readonly string[]
}

const TEXT_TYPES = new Set(['string', 'text', 'slug'])

/** Compares `before` and `after` field by field, in the order of `fields`. */
export function diffVersions(
  fields: readonly DiffField[],
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  options: DiffVersionsOptions,
): FieldDiff[] {
  return fields.map((field) => {
    const beforeValue = before[field.apiKey]
    const afterValue = after[field.apiKey]
    const locales = field.localized
      ? localesOf(beforeValue, afterValue, options.locales).map((locale) =>
          diffValue(
            field,
            locale,
            localeValue(beforeValue, locale),
            localeValue(afterValue, locale),
          ),
        )
      : [diffValue(field, null, beforeValue, afterValue)]
    return { field, isChanged: locales.some((entry) => entry.isChanged), locales }
  })
}

function localeValue(value: unknown, locale: string): unknown {
  return isPlainObject(value) ? (value[locale] ?? null) : null
}

/** The project's locales first, then any other locale a value carries. */
function localesOf(before: unknown, after: unknown, projectLocales: readonly string[]): string[] {
  const seen = new Set(projectLocales)
  const extra: string[] = []
  for (const value of [before, after]) {
    if (!isPlainObject(value)) continue
    for (const key of Object.keys(value)) {
      if (!seen.has(key)) {
        seen.add(key)
        extra.push(key)
      }
    }
  }
  return [...projectLocales, ...extra]
}

function diffValue(
  field: DiffField,
  locale: string | null,
  before: unknown,
  after: unknown,
): LocaleDiff {
  const normalizedBefore = before ?? null
  const normalizedAfter = after ?? null
  if (isDeepEqual(normalizedBefore, normalizedAfter)) {
    return { locale, isChanged: false, before: normalizedBefore, after: normalizedAfter }
  }
  return {
    locale,
    isChanged: true,
    before: normalizedBefore,
    after: normalizedAfter,
    change: describeChange(field.fieldType, normalizedBefore, normalizedAfter),
  }
}

/** How a value changed, by field type. Exported for tests and for callers without fields. */
export function describeChange(fieldType: string, before: unknown, after: unknown): ValueChange {
  if (TEXT_TYPES.has(fieldType) && isTextOrNull(before) && isTextOrNull(after)) {
    return { kind: 'text', parts: diffText(before ?? '', after ?? '') }
  }
  if (fieldType === 'link' && isTextOrNull(before) && isTextOrNull(after)) {
    return { kind: 'link', before, after }
  }
  if (fieldType === 'links' && isIdListOrNull(before) && isIdListOrNull(after)) {
    return diffLinks(before ?? [], after ?? [])
  }
  if (fieldType === 'json') {
    return { kind: 'structure', entries: diffStructure(parseJson(before), parseJson(after), '') }
  }
  if (
    isPlainObject(before) ||
    isPlainObject(after) ||
    Array.isArray(before) ||
    Array.isArray(after)
  ) {
    return { kind: 'structure', entries: diffStructure(before, after, '') }
  }
  return { kind: 'scalar', before, after }
}

/** Word-level parts: unchanged runs, removed words, added words (whitespace kept). */
export function diffText(before: string, after: string): TextPart[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))
}

function diffLinks(before: string[], after: string[]): ValueChange {
  const beforeSet = new Set(before)
  const afterSet = new Set(after)
  const added = after.filter((id) => !beforeSet.has(id))
  const removed = before.filter((id) => !afterSet.has(id))
  const keptBefore = before.filter((id) => afterSet.has(id))
  const keptAfter = after.filter((id) => beforeSet.has(id))
  const isReordered = diffArrays(keptBefore, keptAfter).some(
    (change) => change.added || change.removed,
  )
  return { kind: 'links', before, after, added, removed, isReordered }
}

/** JSON fields arrive as JSON text; compare what they mean, not how they are spaced. */
function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null
  try {
    return JSON.parse(value) as unknown
  } catch {
    return value
  }
}

/** Every path where `before` and `after` differ, depth first, keys in a stable order. */
export function diffStructure(before: unknown, after: unknown, path: string): StructureEntry[] {
  if (isDeepEqual(before, after)) return []
  const isBeforeMissing = before === null || before === undefined
  const isAfterMissing = after === null || after === undefined
  if (isBeforeMissing) return [{ path, kind: 'added', after }]
  if (isAfterMissing) return [{ path, kind: 'removed', before }]
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before)]
    for (const key of Object.keys(after)) if (!(key in before)) keys.push(key)
    return keys.flatMap((key) => diffStructure(before[key], after[key], joinPath(path, key)))
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length)
    const entries: StructureEntry[] = []
    for (let index = 0; index < length; index++) {
      entries.push(...diffStructure(before[index], after[index], `${path}[${index}]`))
    }
    return entries
  }
  if (typeof before === 'string' && typeof after === 'string') {
    return [{ path, kind: 'changed', before, after, parts: diffText(before, after) }]
  }
  return [{ path, kind: 'changed', before, after }]
}

function joinPath(path: string, key: string): string {
  const segment = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
  return path ? `${path}.${segment}` : segment
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isTextOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string'
}

function isIdListOrNull(value: unknown): value is string[] | null {
  return value === null || (Array.isArray(value) && value.every((id) => typeof id === 'string'))
}
