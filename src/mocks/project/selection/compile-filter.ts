import type { FieldValue, StoredField, StoredRecord } from '../../store'
import { isEmptyValue, valueIn, type ModelCatalog } from './record-view'
import type { FilterNode } from './types'

export type RecordPredicate = (record: StoredRecord) => boolean

export interface FilterContext {
  catalog: ModelCatalog
  /** Language of localized values (the search's `language`). */
  language: string
  /** Epoch ms that relative dates (`[7, "days"]`) count back from. */
  nowMs: number
}

const NUMERIC: ReadonlySet<string> = new Set(['integer', 'float'])

function asNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value)
    return Number.isFinite(parsed) ? parsed : null
  }
  return null
}

/** Equality as an editor means it: numbers by value, strings exactly, links by id. */
function equalsOperand(field: StoredField, value: FieldValue, operand: unknown): boolean {
  if (value === null) return operand === null
  if (NUMERIC.has(field.fieldType))
    return asNumber(value) !== null && asNumber(value) === asNumber(operand)
  if (field.fieldType === 'boolean')
    return value === (operand === 'true' ? true : operand === 'false' ? false : operand)
  if (Array.isArray(value)) return value.length === 1 && value[0] === operand
  return value === operand
}

function containsOperand(value: FieldValue, operand: string): boolean {
  if (typeof value === 'string') return value.toLowerCase().includes(operand.toLowerCase())
  if (Array.isArray(value)) return value.some((entry) => entry === operand)
  if (value !== null && typeof value === 'object')
    return JSON.stringify(value).toLowerCase().includes(operand.toLowerCase())
  return false
}

function compare(field: StoredField, value: FieldValue, operand: unknown): number | null {
  if (value === null) return null
  if (NUMERIC.has(field.fieldType)) {
    const left = asNumber(value)
    const right = asNumber(operand)
    return left === null || right === null ? null : left - right
  }
  // Dates, date-times and strings: ISO strings order correctly as text.
  if (typeof value !== 'string' || (typeof operand !== 'string' && typeof operand !== 'number'))
    return null
  const right = String(operand)
  return value < right ? -1 : value > right ? 1 : 0
}

function compileField(
  node: Extract<FilterNode, { kind: 'field' }>,
  context: FilterContext,
): RecordPredicate {
  const { catalog, language } = context
  const { apiKey, operator, operand } = node
  const test = (field: StoredField, value: FieldValue): boolean => {
    switch (operator) {
      case 'is':
        return equalsOperand(field, value, operand)
      case 'is_not':
        return !equalsOperand(field, value, operand)
      case 'contains':
        return containsOperand(value, String(operand))
      case '<': {
        const order = compare(field, value, operand)
        return order !== null && order < 0
      }
      case '>': {
        const order = compare(field, value, operand)
        return order !== null && order > 0
      }
      case 'is_empty':
        return isEmptyValue(value)
      case 'is_true':
        return value === true
      case 'is_false':
        // A boolean that was never set reads as false in the editor, so it matches too.
        return value === false || value === null
    }
  }
  // Records whose model has no such field never match a field filter (wrap it in "not" for those).
  return (record) => {
    const field = catalog.field(record.itemTypeId, apiKey)
    return field !== undefined && test(field, valueIn(record, field, language))
  }
}

function isRequiredEmpty(catalog: ModelCatalog, record: StoredRecord, language: string): boolean {
  return catalog
    .fields(record.itemTypeId)
    .some(
      (field) =>
        field.validators.required !== undefined && isEmptyValue(valueIn(record, field, language)),
    )
}

function isNotTranslated(catalog: ModelCatalog, record: StoredRecord, language: string): boolean {
  return catalog
    .fields(record.itemTypeId)
    .some((field) => field.localized && isEmptyValue(valueIn(record, field, language)))
}

/** Turns a validated filter tree into a predicate; model lookups are resolved once, here. */
export function compileFilter(node: FilterNode, context: FilterContext): RecordPredicate {
  const { catalog, language, nowMs } = context
  switch (node.kind) {
    case 'and': {
      const children = node.children.map((child) => compileFilter(child, context))
      // Plain loops: this runs once per record of a 50,000-record scan.
      return (record) => {
        for (const child of children) if (!child(record)) return false
        return true
      }
    }
    case 'or': {
      const children = node.children.map((child) => compileFilter(child, context))
      return (record) => {
        for (const child of children) if (child(record)) return true
        return false
      }
    }
    case 'not': {
      const child = compileFilter(node.child, context)
      return (record) => !child(record)
    }
    case 'classes': {
      const modelIds = catalog.modelIdsWithApiKey(node.modelApiKey)
      return (record) => modelIds.has(record.itemTypeId)
    }
    case 'definition':
      return node.negate
        ? (record) => record.itemTypeId !== node.model
        : (record) => record.itemTypeId === node.model
    case 'status':
      return node.negate
        ? (record) => record.meta.status !== node.status
        : (record) => record.meta.status === node.status
    case 'updated_relative': {
      const at = nowMs - node.amount * node.unitMs
      return node.before
        ? (record) => record.meta.updatedAt < at
        : (record) => record.meta.updatedAt > at
    }
    case 'updated_between':
      return (record) =>
        record.meta.updatedAt >= node.fromMs && record.meta.updatedAt <= node.untilMs
    case 'validation':
      if (node.operator === 'is_empty')
        return (record) => isRequiredEmpty(catalog, record, language)
      if (node.operator === 'not_translated')
        return (record) => isNotTranslated(catalog, record, language)
      return (record) =>
        !record.meta.isValid ||
        isRequiredEmpty(catalog, record, language) ||
        isNotTranslated(catalog, record, language)
    case 'field':
      return compileField(node, context)
  }
}

/**
 * Model ids a filter can only match within (from `classes has` / `definition is` at the top or
 * under a top-level `and`), so the resolver scans those models instead of every record.
 * Null means "any model".
 */
export function candidateModels(node: FilterNode, catalog: ModelCatalog): Set<string> | null {
  switch (node.kind) {
    case 'classes':
      return catalog.modelIdsWithApiKey(node.modelApiKey)
    case 'definition':
      return node.negate ? null : new Set([node.model])
    case 'and': {
      let narrowed: Set<string> | null = null
      for (const child of node.children) {
        const models = candidateModels(child, catalog)
        if (models === null) continue
        if (narrowed === null) {
          narrowed = models
          continue
        }
        const both = new Set<string>()
        for (const id of narrowed) if (models.has(id)) both.add(id)
        narrowed = both
      }
      return narrowed
    }
    case 'or': {
      const union = new Set<string>()
      for (const child of node.children) {
        const models = candidateModels(child, catalog)
        if (models === null) return null
        for (const id of models) union.add(id)
      }
      return union
    }
    default:
      return null
  }
}
