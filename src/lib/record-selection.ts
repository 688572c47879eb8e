import { projectFilterOf, type ProjectFilter } from './field-filter-operators'
import type { RecordsView } from './records-view'
import type { Selection, SearchSelectionEntry } from './selection-url'

/**
 * What the editor has selected in the records table: either records picked one by one (kept
 * across pages and sorts), or every record matching a search, minus the ones unticked since.
 * "All matching" is a description for the server, never a list of ids fetched into the page.
 */
export type RecordSelection =
  | { mode: 'ids'; ids: readonly string[] }
  | {
      mode: 'all-matching'
      entry: SearchSelectionEntry
      /** The server's total when the editor chose it. */
      total: number
      exclude: readonly string[]
    }

export const EMPTY_SELECTION: RecordSelection = { mode: 'ids', ids: [] }

export function isRecordSelected(selection: RecordSelection, id: string): boolean {
  return selection.mode === 'ids' ? selection.ids.includes(id) : !selection.exclude.includes(id)
}

export function selectedCount(selection: RecordSelection): number {
  return selection.mode === 'ids'
    ? selection.ids.length
    : Math.max(0, selection.total - selection.exclude.length)
}

/** Sets the given records selected or not, keeping the order they were first picked in. */
export function setRecordsSelected(
  selection: RecordSelection,
  ids: readonly string[],
  isSelected: boolean,
): RecordSelection {
  if (selection.mode === 'ids') {
    if (isSelected) {
      const known = new Set(selection.ids)
      return { mode: 'ids', ids: [...selection.ids, ...ids.filter((id) => !known.has(id))] }
    }
    const removed = new Set(ids)
    return { mode: 'ids', ids: selection.ids.filter((id) => !removed.has(id)) }
  }
  if (isSelected) {
    const added = new Set(ids)
    return { ...selection, exclude: selection.exclude.filter((id) => !added.has(id)) }
  }
  const known = new Set(selection.exclude)
  return { ...selection, exclude: [...selection.exclude, ...ids.filter((id) => !known.has(id))] }
}

/**
 * The ids between the anchor and the target in display order (both included), for a
 * shift-click; just the target when the anchor is not on this page.
 */
export function rangeBetween(
  orderedIds: readonly string[],
  anchorId: string | undefined,
  targetId: string,
): string[] {
  const to = orderedIds.indexOf(targetId)
  const from = anchorId === undefined ? -1 : orderedIds.indexOf(anchorId)
  if (to < 0) return []
  if (from < 0) return [targetId]
  return orderedIds.slice(Math.min(from, to), Math.max(from, to) + 1)
}

export type SearchEntryResult =
  { entry: SearchSelectionEntry; problem?: undefined } | { entry?: undefined; problem: string }

/**
 * The Project API search that matches what the table shows: the model, the status, the
 * search terms (all must occur, as in the CMA's full text) and the field filters.
 */
export function searchEntryOfView(
  view: RecordsView,
  fieldTypes: ReadonlyMap<string, string>,
  defaultLocale: string,
): SearchEntryResult {
  if (!view.model) return { problem: 'Pick a model first.' }
  const parts: ProjectFilter[] = [['classes', 'has', view.model]]
  if (view.status) parts.push(['status', 'is', view.status])
  for (const filter of view.filters) {
    const fieldType = fieldTypes.get(filter.field)
    if (!fieldType) return { problem: `The filter on "${filter.field}" cannot be carried over.` }
    parts.push(projectFilterOf(filter, fieldType))
  }
  const terms = view.q
    .split(/\s+/)
    .map((term) => term.replace(/^[+-]+/, ''))
    .filter(Boolean)
  const filter: ProjectFilter =
    parts.length === 1 ? (parts[0] as ProjectFilter) : ['and', '', parts]
  return {
    entry: {
      search: {
        language: view.locale ?? defaultLocale,
        ...(terms.length > 0 ? { q: terms.map((term) => `+${term}`).join(' ') } : {}),
        filter,
      },
    },
  }
}

/** The Project API selection for the builder. */
export function toProjectSelection(selection: RecordSelection): Selection {
  if (selection.mode === 'ids') return [...selection.ids]
  return [
    {
      ...selection.entry,
      ...(selection.exclude.length > 0 ? { exclude: [...selection.exclude] } : {}),
    },
  ]
}
