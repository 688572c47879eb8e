import { useQuery } from '@tanstack/react-query'
import { hasServerSelections, selectionQueries } from '@/api/selection-queries'
import { selectionErrorOf } from '@/api/selection-resolver'
import type { Selection } from '@/lib/selection-url'

export interface SelectionOverview {
  /** `server`: the Project API evaluates it; `client`: resolved here with CMA list queries. */
  mode: 'server' | 'client'
  /** The number of records, as last counted for exactly this selection. */
  total: number | undefined
  /** True while the count shown is not yet the one of the current selection. */
  isCounting: boolean
  error: unknown
  /** A 1006 refusal: the entry at fault (when the server says) and why. */
  entryError: { entry?: number; reason: string } | undefined
}

/** The total and the server's verdict on a selection, shared by the builder, preview and actions. */
export function useSelectionOverview(selection: Selection, language: string): SelectionOverview {
  const mode = hasServerSelections() ? 'server' : 'client'
  const page = useQuery({
    ...selectionQueries.page(selection, null, language),
    enabled: mode === 'server' && selection.length > 0,
  })
  const resolved = useQuery({
    ...selectionQueries.resolved(selection, language),
    enabled: mode === 'client' && selection.length > 0,
  })
  const query = mode === 'server' ? page : resolved
  const total =
    selection.length === 0
      ? 0
      : mode === 'server'
        ? page.data?.total
        : resolved.data?.records.length
  const isCurrent = selection.length === 0 || (query.isSuccess && !query.isPlaceholderData)
  return {
    mode,
    total: query.isError ? undefined : total,
    isCounting: !isCurrent && !query.isError,
    error: query.error,
    entryError: selectionErrorOf(query.error),
  }
}
