import {
  isSelectionEntry,
  type ChildrenSelectionEntry,
  type ProjectFilterNode,
  type SearchSelectionEntry,
  type Selection,
  type SelectionEntry,
} from '../selection-url'
import { filterProblems, PROPERTY_LABELS, operatorsFor } from './filter-grammar'

export type {
  ChildrenSelectionEntry,
  ProjectFilterNode,
  SearchSelectionEntry,
  Selection,
  SelectionEntry,
}

/**
 * The selection an editor builds is the Project API's `selection` JSON itself: these pure
 * functions add, remove, exclude, validate and describe it. Nothing here fetches.
 */

export const CHANNELS = [
  { key: '__all__', label: 'Content tree' },
  { key: 'web', label: 'Website navigation (web)' },
  { key: 'print', label: 'Print catalogue (print)' },
] as const

export const ORDERINGS = [
  { key: '__default__', label: 'Their own order' },
  { key: 'title', label: 'By title' },
  { key: '-updated', label: 'Most recently updated first' },
] as const

export type EntryKind = 'records' | 'children' | 'search'

export function entryKind(entry: SelectionEntry): EntryKind {
  if (typeof entry === 'string') return 'records'
  return 'children' in entry ? 'children' : 'search'
}

export function isChildrenEntry(entry: SelectionEntry): entry is ChildrenSelectionEntry {
  return typeof entry !== 'string' && 'children' in entry
}

export function isSearchEntry(entry: SelectionEntry): entry is SearchSelectionEntry {
  return typeof entry !== 'string' && 'search' in entry
}

export function addEntry(selection: Selection, entry: SelectionEntry): Selection {
  return [...selection, entry]
}

/** Adds records one gid entry each, skipping gids the selection already names one by one. */
export function addRecords(selection: Selection, ids: readonly string[]): Selection {
  const known = new Set(selection.filter((entry) => typeof entry === 'string'))
  const added: string[] = []
  for (const raw of ids) {
    const id = raw.trim()
    if (id === '' || known.has(id)) continue
    known.add(id)
    added.push(id)
  }
  return [...selection, ...added]
}

export function removeEntry(selection: Selection, index: number): Selection {
  return selection.filter((_, at) => at !== index)
}

export function replaceEntry(
  selection: Selection,
  index: number,
  entry: SelectionEntry,
): Selection {
  return selection.map((current, at) => (at === index ? entry : current))
}

/** Moves an entry; the order matters because the union keeps the first-seen order. */
export function moveEntry(selection: Selection, from: number, to: number): Selection {
  if (from === to || from < 0 || to < 0 || from >= selection.length || to >= selection.length)
    return selection
  const next = [...selection]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved as SelectionEntry)
  return next
}

/**
 * Takes a record out of what an entry contributes: a gid entry is removed, a children or
 * search entry gains the gid in its `exclude`.
 */
export function excludeRecord(selection: Selection, index: number, gid: string): Selection {
  const entry = selection[index]
  if (entry === undefined) return selection
  if (typeof entry === 'string') return entry === gid ? removeEntry(selection, index) : selection
  const exclude = entry.exclude ?? []
  if (exclude.includes(gid)) return selection
  return replaceEntry(selection, index, { ...entry, exclude: [...exclude, gid] })
}

/** Undoes an exclusion; drops `exclude` when it becomes empty. */
export function includeRecord(selection: Selection, index: number, gid: string): Selection {
  const entry = selection[index]
  if (entry === undefined || typeof entry === 'string') return selection
  const exclude = (entry.exclude ?? []).filter((id) => id !== gid)
  const { exclude: _dropped, ...rest } = entry
  return replaceEntry(
    selection,
    index,
    (exclude.length > 0 ? { ...rest, exclude } : rest) as SelectionEntry,
  )
}

export function excludedOf(entry: SelectionEntry): readonly string[] {
  return typeof entry === 'string' ? [] : (entry.exclude ?? [])
}

/** Every gid a selection names (gid entries, parents, exclusions), for looking up titles. */
export function namedGids(selection: Selection): string[] {
  const ids = new Set<string>()
  for (const entry of selection) {
    if (typeof entry === 'string') ids.add(entry)
    else {
      if ('children' in entry) ids.add(entry.children)
      for (const id of entry.exclude ?? []) ids.add(id)
    }
  }
  return [...ids]
}

/** What the schema lets the validator check without asking the server. */
export interface SelectionSchemaHints {
  locales?: readonly string[]
  /** Model api_keys (and ids) the server knows. */
  models?: readonly string[]
  fieldTypeOf?: (apiKey: string) => string | undefined
}

export interface SelectionProblem {
  /** The entry at fault (index in the selection), or undefined for the whole selection. */
  entry?: number
  message: string
}

const CHANNEL_KEYS: readonly string[] = CHANNELS.map((channel) => channel.key)
const ORDERING_KEYS: readonly string[] = ORDERINGS.map((ordering) => ordering.key)

function entryProblems(
  value: unknown,
  index: number,
  hints: SelectionSchemaHints,
): SelectionProblem[] {
  const problem = (message: string): SelectionProblem => ({ entry: index, message })
  if (typeof value === 'string') {
    return value.trim() === '' ? [problem('A record gid must not be empty.')] : []
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return [problem('An entry is a record gid (text), a children entry or a search entry.')]
  }
  const entry = value as Record<string, unknown>
  const problems: SelectionProblem[] = []
  const checkKeys = (allowed: string[]) => {
    for (const key of Object.keys(entry))
      if (!allowed.includes(key))
        problems.push(problem(`Unknown key "${key}" (allowed: ${allowed.join(', ')}).`))
  }
  if (
    entry.exclude !== undefined &&
    (!Array.isArray(entry.exclude) || !entry.exclude.every((id) => typeof id === 'string'))
  ) {
    problems.push(problem('"exclude" must be a list of record gids.'))
  }
  if ('children' in entry) {
    checkKeys(['children', 'channel', 'ordering', 'exclude'])
    if (typeof entry.children !== 'string' || entry.children.trim() === '')
      problems.push(problem('"children" must be the gid of the parent record.'))
    if (
      entry.channel !== undefined &&
      (typeof entry.channel !== 'string' || !CHANNEL_KEYS.includes(entry.channel))
    )
      problems.push(problem(`Unknown channel: use one of ${CHANNEL_KEYS.join(', ')}.`))
    if (
      entry.ordering !== undefined &&
      (typeof entry.ordering !== 'string' || !ORDERING_KEYS.includes(entry.ordering))
    )
      problems.push(problem(`Unknown ordering: use one of ${ORDERING_KEYS.join(', ')}.`))
    return problems
  }
  if ('search' in entry) {
    checkKeys(['search', 'exclude'])
    const search = entry.search
    if (typeof search !== 'object' || search === null || Array.isArray(search)) {
      return [...problems, problem('"search" must be an object with language, q and filter.')]
    }
    const { language, q, filter, ...other } = search as Record<string, unknown>
    for (const key of Object.keys(other))
      problems.push(problem(`Unknown key "search.${key}" (allowed: language, q, filter).`))
    if (language !== undefined && typeof language !== 'string')
      problems.push(problem('"language" must be a locale code.'))
    else if (typeof language === 'string' && hints.locales && !hints.locales.includes(language))
      problems.push(problem(`Unknown language "${language}" (${hints.locales.join(', ')}).`))
    if (q !== undefined && typeof q !== 'string') problems.push(problem('"q" must be text.'))
    const hasQ = typeof q === 'string' && q.trim() !== ''
    if (!hasQ && filter === undefined)
      problems.push(problem('A search needs search terms, a filter, or both.'))
    if (filter !== undefined) {
      for (const found of filterProblems(filter, hints.fieldTypeOf))
        problems.push(problem(`${found.path}: ${found.message}`))
      if (hints.models) {
        for (const model of modelsNamedIn(filter))
          if (!hints.models.includes(model))
            problems.push(problem(`Unknown model "${model}" in the filter.`))
      }
    }
    return problems
  }
  return [
    ...problems,
    problem('An entry object needs "children" (a parent record) or "search" (a search).'),
  ]
}

function modelsNamedIn(filter: unknown): string[] {
  if (!Array.isArray(filter)) return []
  const [property, , operand] = filter as [unknown, unknown, unknown]
  if (property === 'and' || property === 'or')
    return Array.isArray(operand) ? operand.flatMap(modelsNamedIn) : []
  if (property === 'not') return modelsNamedIn(operand)
  if ((property === 'classes' || property === 'definition') && typeof operand === 'string')
    return [operand]
  return []
}

/**
 * Checks a value against the selection grammar, entry by entry, as far as the console can
 * without the server (which still decides whether gids, parents and channels exist).
 */
export function validateSelection(
  value: unknown,
  hints: SelectionSchemaHints = {},
): SelectionProblem[] {
  if (!Array.isArray(value)) return [{ message: 'A selection is a list of entries: [ … ].' }]
  return value.flatMap((entry, index) => entryProblems(entry, index, hints))
}

/** How records are named in descriptions (titles when known). */
export type TitleOf = (gid: string) => string | undefined

const quote = (text: string) => `‘${text}’`

function recordName(gid: string, titleOf: TitleOf): string {
  const title = titleOf(gid)
  return title ? quote(title) : `record ${gid}`
}

function operandText(operand: unknown): string {
  if (Array.isArray(operand) && operand.length === 2 && operand[1] === 'days')
    return `${String(operand[0])} days`
  if (
    Array.isArray(operand) &&
    operand.length === 2 &&
    operand.every((value) => typeof value === 'number')
  ) {
    const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10)
    return `${day(operand[0] as number)} and ${day(operand[1] as number)}`
  }
  return typeof operand === 'string' ? `“${operand}”` : JSON.stringify(operand)
}

/** A filter in words: `status is published and (model is Blog post or …)`. */
export function describeFilter(
  filter: ProjectFilterNode,
  fieldTypeOf?: (apiKey: string) => string | undefined,
  isNested = false,
  modelName?: (idOrApiKey: string) => string | undefined,
): string {
  const [property, operator, operand] = filter
  if (property === 'and' || property === 'or') {
    const children = Array.isArray(operand) ? (operand as ProjectFilterNode[]) : []
    const text = children
      .map((child) => describeFilter(child, fieldTypeOf, true, modelName))
      .join(` ${property} `)
    return isNested && children.length > 1 ? `(${text})` : text
  }
  if (property === 'not')
    return `not ${describeFilter(operand as ProjectFilterNode, fieldTypeOf, true, modelName)}`
  const name = property.startsWith('fields.')
    ? `field ${property.slice(7)}`
    : (PROPERTY_LABELS[property] ?? property).toLowerCase()
  const spec = operatorsFor(property, fieldTypeOf).find((entry) => entry.id === operator)
  const verb = spec?.label ?? operator
  if (property === 'updated_on' && spec && operator !== 'between') {
    const days = Array.isArray(operand) ? String(operand[0]) : '?'
    return operator === '<'
      ? `updated more than ${days} days ago`
      : `updated in the last ${days} days`
  }
  if (property === 'updated_on') return `updated between ${operandText(operand)}`
  if (spec?.operand === 'none') return `${name} ${verb}`
  if (spec?.operand === 'model' && typeof operand === 'string' && modelName?.(operand))
    return `${name} ${verb} ${modelName(operand)}`
  return `${name} ${verb} ${operandText(operand)}`
}

/** One entry in plain words, as the builder and the confirmation show it. */
export function describeEntry(
  entry: SelectionEntry,
  titleOf: TitleOf = () => undefined,
  fieldTypeOf?: (apiKey: string) => string | undefined,
  modelName?: (idOrApiKey: string) => string | undefined,
): string {
  const excluded = excludedOf(entry).length
  const except = excluded > 0 ? `, except ${excluded} excluded` : ''
  if (typeof entry === 'string') {
    const title = titleOf(entry)
    return title ? `${quote(title)} (${entry})` : `Record ${entry}`
  }
  if ('children' in entry) {
    const channel = CHANNELS.find((candidate) => candidate.key === (entry.channel ?? '__all__'))
    const ordering = entry.ordering && entry.ordering !== '__default__' ? entry.ordering : undefined
    const orderingLabel = ORDERINGS.find((candidate) => candidate.key === ordering)?.label
    return `Children of ${recordName(entry.children, titleOf)} in the ${
      channel?.key === '__all__' ? 'content tree' : `${channel?.key ?? entry.channel} channel`
    }${orderingLabel ? `, ${orderingLabel.toLowerCase()}` : ''}${except}`
  }
  const { language, q, filter } = entry.search
  const parts: string[] = []
  if (q && q.trim() !== '') parts.push(`text “${q.trim()}”`)
  if (filter) parts.push(`where ${describeFilter(filter, fieldTypeOf, false, modelName)}`)
  return `Search in ${language ?? 'the main language'}: ${parts.join(', ') || 'nothing yet'}${except}`
}

/** The selection in a sentence, for confirmations and saved-selection lists. */
export function describeSelection(
  selection: Selection,
  titleOf: TitleOf = () => undefined,
): string {
  if (selection.length === 0) return 'Nothing selected yet'
  const records = selection.filter((entry) => typeof entry === 'string').length
  const children = selection.filter(isChildrenEntry).length
  const searches = selection.filter(isSearchEntry).length
  if (selection.length === 1) return describeEntry(selection[0] as SelectionEntry, titleOf)
  const parts = [
    records ? `${records} record${records === 1 ? '' : 's'}` : undefined,
    children ? `${children} children entr${children === 1 ? 'y' : 'ies'}` : undefined,
    searches ? `${searches} search${searches === 1 ? '' : 'es'}` : undefined,
  ].filter(Boolean)
  return `${parts.join(', ')}, united`
}

/** The terms of a `q` as the server reads them: `+` must occur, `-` must not, plain: any. */
export function explainQuery(q: string): {
  required: string[]
  forbidden: string[]
  anyOf: string[]
} {
  const required: string[] = []
  const forbidden: string[] = []
  const anyOf: string[] = []
  for (const raw of q.split(/\s+/)) {
    if (raw === '' || raw === '+' || raw === '-') continue
    if (raw.startsWith('+')) required.push(raw.slice(1))
    else if (raw.startsWith('-')) forbidden.push(raw.slice(1))
    else anyOf.push(raw)
  }
  return { required, forbidden, anyOf }
}

/** The exact JSON the server receives, formatted for reading and editing. */
export function selectionToJson(selection: Selection): string {
  return formatJson(selection, '')
}

const INLINE_MAX_CHARS = 72

function inlineJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inlineJson).join(', ')}]`
  if (typeof value === 'object' && value !== null)
    return `{${Object.entries(value)
      .map(([key, item]) => `${JSON.stringify(key)}: ${inlineJson(item)}`)
      .join(', ')}}`
  return JSON.stringify(value) ?? 'null'
}

/** Pretty JSON that keeps short arrays and objects (filter triplets, exclusions) on one line. */
function formatJson(value: unknown, indent: string): string {
  const inline = inlineJson(value)
  if (
    typeof value !== 'object' ||
    value === null ||
    inline.length + indent.length <= INLINE_MAX_CHARS
  )
    return inline
  const inner = `${indent}  `
  if (Array.isArray(value))
    return `[\n${value.map((item) => `${inner}${formatJson(item, inner)}`).join(',\n')}\n${indent}]`
  const entries = Object.entries(value as Record<string, unknown>).map(
    ([key, item]) => `${inner}${JSON.stringify(key)}: ${formatJson(item, inner)}`,
  )
  return `{\n${entries.join(',\n')}\n${indent}}`
}

export type ParsedSelection =
  | { selection: Selection; problems: [] }
  | { selection?: undefined; problems: SelectionProblem[]; line?: number; column?: number }

/** Which top-level array element (entry) a character offset falls in, for syntax errors. */
export function entryAtOffset(text: string, offset: number): number | undefined {
  let depth = 0
  let entry = -1
  let inString = false
  let isEscaped = false
  for (let at = 0; at < Math.min(offset, text.length); at++) {
    const char = text[at]
    if (inString) {
      if (isEscaped) isEscaped = false
      else if (char === '\\') isEscaped = true
      else if (char === '"') inString = false
      continue
    }
    if (char === '"') {
      inString = true
      if (depth === 1 && entry < 0) entry = 0
    } else if (char === '[' || char === '{') {
      if (depth === 1 && entry < 0) entry = 0
      depth++
    } else if (char === ']' || char === '}') depth--
    else if (char === ',' && depth === 1) entry = Math.max(entry, 0) + 1
    else if (depth === 1 && entry < 0 && /\S/.test(char ?? '')) entry = 0
  }
  return entry >= 0 ? entry : undefined
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return { line, column: offset - before.lastIndexOf('\n') }
}

function syntaxErrorOffset(error: unknown, text: string): number | undefined {
  const message = error instanceof Error ? error.message : ''
  const position = /position (\d+)/.exec(message)
  if (position) return Number(position[1])
  const lineColumn = /line (\d+) column (\d+)/.exec(message)
  if (lineColumn) {
    const lines = text.split('\n')
    const line = Number(lineColumn[1])
    return (
      lines.slice(0, line - 1).reduce((sum, current) => sum + current.length + 1, 0) +
      Number(lineColumn[2]) -
      1
    )
  }
  return scanJsonError(text)
}

/** The offset of the first JSON syntax error (for engines whose message gives no position). */
export function scanJsonError(text: string): number | undefined {
  let at = 0
  const fail = (): never => {
    throw at
  }
  const space = () => {
    while (/\s/.test(text[at] ?? '')) at++
  }
  const literal = (word: string) => {
    if (text.startsWith(word, at)) at += word.length
    else fail()
  }
  const string = () => {
    at++
    while (at < text.length && text[at] !== '"') {
      if (text[at] === '\\') at++
      else if ((text[at] ?? '') < ' ') fail()
      at++
    }
    if (text[at] !== '"') fail()
    at++
  }
  const value = (): void => {
    space()
    const char = text[at]
    if (char === '{') {
      at++
      space()
      if (text[at] === '}') return void at++
      for (;;) {
        space()
        if (text[at] !== '"') fail()
        string()
        space()
        if (text[at] !== ':') fail()
        at++
        value()
        space()
        if (text[at] === ',') at++
        else if (text[at] === '}') return void at++
        else fail()
      }
    }
    if (char === '[') {
      at++
      space()
      if (text[at] === ']') return void at++
      for (;;) {
        value()
        space()
        if (text[at] === ',') at++
        else if (text[at] === ']') return void at++
        else fail()
      }
    }
    if (char === '"') return string()
    if (char === 't') return literal('true')
    if (char === 'f') return literal('false')
    if (char === 'n') return literal('null')
    const number = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(at))
    if (!number) fail()
    at += (number as RegExpExecArray)[0].length
  }
  try {
    value()
    space()
    return at < text.length ? at : undefined
  } catch (offset) {
    return typeof offset === 'number' ? Math.min(offset, text.length) : undefined
  }
}

/** Parses the JSON view's text: a selection, or problems pointing at the entry (and line). */
export function parseSelectionJson(
  text: string,
  hints: SelectionSchemaHints = {},
): ParsedSelection {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const offset = syntaxErrorOffset(error, text)
    const where = offset === undefined ? undefined : positionOf(text, offset)
    const entry = offset === undefined ? undefined : entryAtOffset(text, offset)
    const detail = error instanceof SyntaxError ? error.message.replace(/^JSON\.parse: /, '') : ''
    return {
      problems: [
        {
          ...(entry !== undefined ? { entry } : {}),
          message: `Not valid JSON${where ? ` at line ${where.line}, column ${where.column}` : ''}${
            detail ? ` (${detail})` : ''
          }.`,
        },
      ],
      ...(where ?? {}),
    }
  }
  const problems = validateSelection(value, hints)
  if (problems.length > 0 || !Array.isArray(value) || !value.every(isSelectionEntry))
    return {
      problems: problems.length > 0 ? problems : [{ message: 'This is not a selection.' }],
    }
  return { selection: value as Selection, problems: [] }
}

/** Splits pasted text (commas, spaces, new lines, JSON lists) into record gids. */
export function parsePastedIds(text: string): string[] {
  const ids = text
    .split(/[\s,;"'[\]]+/)
    .map((part) => part.trim())
    .filter(Boolean)
  return [...new Set(ids)]
}
