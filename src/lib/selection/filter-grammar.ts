import type { ProjectFilterNode } from '../selection-url'

/**
 * The Project API's filter grammar (`api-contract.md`): triplets `[property, operator, operand]`
 * combined with `and`, `or` and `not`. The builder offers exactly what the server accepts.
 */

export type OperandKind =
  'none' | 'model' | 'status' | 'days' | 'range' | 'text' | 'number' | 'text-or-number'

export interface FilterOperatorSpec {
  id: string
  label: string
  operand: OperandKind
}

export type GroupKind = 'and' | 'or' | 'not'

export const STATUS_VALUES = ['draft', 'updated', 'published'] as const

/** Operators of the fixed properties. */
export const PROPERTY_OPERATORS: Record<string, readonly FilterOperatorSpec[]> = {
  classes: [{ id: 'has', label: 'is', operand: 'model' }],
  definition: [
    { id: 'is', label: 'is', operand: 'model' },
    { id: 'is_not', label: 'is not', operand: 'model' },
  ],
  status: [
    { id: 'is', label: 'is', operand: 'status' },
    { id: 'is_not', label: 'is not', operand: 'status' },
  ],
  updated_on: [
    { id: '<', label: 'more than … days ago', operand: 'days' },
    { id: '>', label: 'within the last … days', operand: 'days' },
    { id: 'between', label: 'between dates', operand: 'range' },
  ],
  validation: [
    { id: 'is_empty', label: 'has a required field empty', operand: 'none' },
    { id: 'not_translated', label: 'is not translated in the language', operand: 'none' },
    { id: 'any', label: 'has any problem', operand: 'none' },
  ],
}

export const PROPERTY_LABELS: Record<string, string> = {
  classes: 'Model',
  definition: 'Definition',
  status: 'Status',
  updated_on: 'Last updated',
  validation: 'Validation',
}

const TEXTUAL = new Set(['string', 'text', 'slug'])
const ORDERED = new Set(['integer', 'float', 'date', 'date_time', 'string', 'slug'])
const CONTAINERS = new Set(['string', 'text', 'slug', 'links', 'json'])
const NUMERIC = new Set(['integer', 'float'])

/** The operators a `fields.<api_key>` property allows for a field of this type. */
export function fieldOperators(fieldType: string | undefined): FilterOperatorSpec[] {
  const value: OperandKind =
    fieldType && NUMERIC.has(fieldType)
      ? 'number'
      : fieldType === undefined
        ? 'text-or-number'
        : 'text'
  const operators: FilterOperatorSpec[] = []
  if (fieldType !== 'boolean') {
    operators.push({ id: 'is', label: 'is', operand: value })
    operators.push({ id: 'is_not', label: 'is not', operand: value })
  }
  if (fieldType === undefined || CONTAINERS.has(fieldType))
    operators.push({ id: 'contains', label: 'contains', operand: 'text' })
  if (fieldType === undefined || ORDERED.has(fieldType)) {
    operators.push({
      id: '<',
      label: TEXTUAL.has(fieldType ?? '') ? 'before' : '<',
      operand: value,
    })
    operators.push({ id: '>', label: TEXTUAL.has(fieldType ?? '') ? 'after' : '>', operand: value })
  }
  if (fieldType === undefined || fieldType === 'boolean') {
    operators.push({ id: 'is_true', label: 'is yes', operand: 'none' })
    operators.push({ id: 'is_false', label: 'is no', operand: 'none' })
  }
  operators.push({ id: 'is_empty', label: 'is empty', operand: 'none' })
  return operators
}

/** The operators a property allows (field types looked up by api_key). */
export function operatorsFor(
  property: string,
  fieldTypeOf: (apiKey: string) => string | undefined = () => undefined,
): readonly FilterOperatorSpec[] {
  if (property.startsWith('fields.')) return fieldOperators(fieldTypeOf(property.slice(7)))
  return PROPERTY_OPERATORS[property] ?? []
}

/** A fresh operand for an operator, so switching operators never sends a stale value. */
export function defaultOperand(kind: OperandKind, models: readonly string[] = []): unknown {
  switch (kind) {
    case 'none':
      return null
    case 'model':
      return models[0] ?? ''
    case 'status':
      return 'published'
    case 'days':
      return [30, 'days']
    case 'range': {
      const now = Math.floor(Date.now() / 1000)
      return [now - 30 * 86_400, now]
    }
    case 'number':
      return 0
    default:
      return ''
  }
}

/** Why one condition (not a group) does not fit the grammar, or undefined. */
export function conditionProblem(
  node: ProjectFilterNode,
  fieldTypeOf?: (apiKey: string) => string | undefined,
): string | undefined {
  const [property, operator, operand] = node
  if (property === '') return 'Choose a property.'
  if (!property.startsWith('fields.') && !(property in PROPERTY_OPERATORS))
    return `Unknown property "${property}".`
  if (property === 'fields.') return 'Name the field.'
  const spec = operatorsFor(property, fieldTypeOf).find((entry) => entry.id === operator)
  if (!spec) return `"${operator}" does not apply to ${property}.`
  switch (spec.operand) {
    case 'model':
      return typeof operand === 'string' && operand !== '' ? undefined : 'Choose a model.'
    case 'status':
      return (STATUS_VALUES as readonly unknown[]).includes(operand)
        ? undefined
        : 'Status is draft, updated or published.'
    case 'days':
      return Array.isArray(operand) &&
        operand.length === 2 &&
        typeof operand[0] === 'number' &&
        Number.isFinite(operand[0]) &&
        operand[0] >= 0 &&
        typeof operand[1] === 'string'
        ? undefined
        : 'Enter a number of days, like [30, "days"].'
    case 'range':
      return Array.isArray(operand) &&
        operand.length === 2 &&
        operand.every((value) => typeof value === 'number' && Number.isFinite(value))
        ? undefined
        : 'Enter two dates: from and until (UNIX seconds).'
    case 'number':
      return typeof operand === 'number' && Number.isFinite(operand) ? undefined : 'Enter a number.'
    case 'text':
      return typeof operand === 'string' && operand !== '' ? undefined : 'Enter a value.'
    case 'text-or-number':
      return (typeof operand === 'string' && operand !== '') ||
        (typeof operand === 'number' && Number.isFinite(operand)) ||
        typeof operand === 'boolean'
        ? undefined
        : 'Enter a value.'
    case 'none':
      return undefined
  }
}

/** Where a problem sits in a filter tree: `filter`, `filter[2][0]`, … */
export interface FilterProblem {
  path: string
  message: string
}

/** Checks a whole filter tree against the grammar. */
export function filterProblems(
  node: unknown,
  fieldTypeOf?: (apiKey: string) => string | undefined,
  path = 'filter',
): FilterProblem[] {
  if (
    !Array.isArray(node) ||
    node.length < 2 ||
    node.length > 3 ||
    typeof node[0] !== 'string' ||
    typeof node[1] !== 'string'
  ) {
    return [{ path, message: 'A filter is a triplet [property, operator, operand].' }]
  }
  const [property, , operand] = node as ProjectFilterNode
  if (property === 'and' || property === 'or') {
    if (!Array.isArray(operand) || operand.length === 0)
      return [{ path, message: `"${property}" needs at least one filter inside.` }]
    return operand.flatMap((child, index) =>
      filterProblems(child, fieldTypeOf, `${path}[2][${index}]`),
    )
  }
  if (property === 'not') return filterProblems(operand, fieldTypeOf, `${path}[2]`)
  const message = conditionProblem(node as ProjectFilterNode, fieldTypeOf)
  return message ? [{ path, message }] : []
}

/** The node at a path of child indexes (groups hold children in [2]; `not` holds one). */
export function filterAt(root: ProjectFilterNode, path: readonly number[]): ProjectFilterNode {
  let node = root
  for (const index of path) {
    const operand = node[2]
    node =
      node[0] === 'not'
        ? (operand as ProjectFilterNode)
        : ((operand as ProjectFilterNode[])[index] as ProjectFilterNode)
  }
  return node
}

/** A copy of the tree with the node at `path` replaced (or removed when `next` is undefined). */
export function updateFilterAt(
  root: ProjectFilterNode,
  path: readonly number[],
  next: ProjectFilterNode | undefined,
): ProjectFilterNode | undefined {
  if (path.length === 0) return next
  const [head, ...rest] = path as [number, ...number[]]
  const [property, operator, operand] = root
  if (property === 'not') {
    const child = updateFilterAt(operand as ProjectFilterNode, rest, next)
    return child ? ['not', operator, child] : undefined
  }
  const children = [...(operand as ProjectFilterNode[])]
  const child = updateFilterAt(children[head] as ProjectFilterNode, rest, next)
  if (child) children[head] = child
  else children.splice(head, 1)
  return [property, operator, children]
}

/** Adds a node to the group at `path` (for `not`, replaces its child). */
export function appendToGroup(
  root: ProjectFilterNode,
  path: readonly number[],
  node: ProjectFilterNode,
): ProjectFilterNode {
  const group = filterAt(root, path)
  const next: ProjectFilterNode =
    group[0] === 'not'
      ? ['not', '', node]
      : [group[0], '', [...((group[2] as ProjectFilterNode[]) ?? []), node]]
  return updateFilterAt(root, path, next) ?? next
}
