import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import {
  MODEL_COUNT_LIMIT,
  PREVIEW_PAGE_SIZE,
  selectionQueries,
  type PreviewRecord,
} from '@/api/selection-queries'
import { describeApiError } from '@/api/http/describe-api-error'
import { Button } from '@/components/ui/button'
import { StatusBadge } from '@/components/ui/status-badge'
import { EmptyState, ErrorState, LoadingRows } from '@/components/ui/status-views'
import { formatCount } from '@/lib/format-count'
import { entryAtPosition } from '@/lib/selection/preview-attribution'
import { encodeSelection, type Selection } from '@/lib/selection-url'
import type { SelectionOverview } from './use-selection-preview'
import type { SelectionSchema } from './use-selection-schema'

interface PageState {
  key: string
  cursors: (string | null)[]
  index: number
}

function ModelCounts({
  counts,
  isComplete,
  schema,
}: {
  counts: Record<string, number> | undefined
  isComplete: boolean
  schema: SelectionSchema
}) {
  if (!counts)
    return <p className="text-sm text-zinc-600 dark:text-zinc-400">Counting per model…</p>
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1])
  return (
    <div>
      <ul aria-label="Records per model" className="flex flex-wrap gap-2">
        {rows.map(([modelId, count]) => (
          <li key={modelId} className="rounded-md bg-zinc-100 px-2 py-1 text-sm dark:bg-zinc-800">
            {schema.modelName(modelId) ?? modelId}: <strong>{formatCount(count)}</strong>
          </li>
        ))}
      </ul>
      {!isComplete && (
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          Counted per model for the first {formatCount(MODEL_COUNT_LIMIT)} records.
        </p>
      )}
    </div>
  )
}

/**
 * The records the selection matches, as the server evaluates it: the total, counts per model,
 * and each page of records with the entry that brought it in and a one-click exclusion.
 */
export function SelectionPreview({
  selection,
  language,
  overview,
  schema,
  entryLabel,
  onExclude,
}: {
  selection: Selection
  language: string
  overview: SelectionOverview
  schema: SelectionSchema
  /** How an entry is named in the table ("Entry 2: children of ‘Magazine’"). */
  entryLabel: (index: number) => string
  onExclude: (entryIndex: number, record: PreviewRecord) => void
}) {
  const key = encodeSelection(selection)
  const [state, setState] = useState<PageState>({ key, cursors: [null], index: 0 })
  const page = state.key === key ? state : { key, cursors: [null], index: 0 }
  const isServer = overview.mode === 'server'
  const hasEntries = selection.length > 0

  const serverPage = useQuery({
    ...selectionQueries.page(selection, page.cursors[page.index] ?? null, language),
    enabled: isServer && hasEntries,
  })
  const firstPageLoaded = overview.total !== undefined && !overview.isCounting
  const entryCounts = useQuery({
    ...selectionQueries.entryCounts(selection),
    enabled: isServer && hasEntries && firstPageLoaded,
  })
  const modelCounts = useQuery({
    ...selectionQueries.modelCounts(selection),
    enabled: isServer && hasEntries && firstPageLoaded,
  })
  const resolved = useQuery({
    ...selectionQueries.resolved(selection, language),
    enabled: !isServer && hasEntries,
  })

  if (!hasEntries) {
    return (
      <EmptyState title="Nothing to preview yet">
        Add records, children or a search: the preview shows what the server matches.
      </EmptyState>
    )
  }
  if (overview.error && !overview.entryError) {
    return (
      <ErrorState
        title="The preview could not be evaluated"
        message={describeApiError(overview.error)}
        onRetry={() => void (isServer ? serverPage.refetch() : resolved.refetch())}
      />
    )
  }
  if (overview.entryError) {
    return (
      <ErrorState
        title="The server refused this selection"
        message={`${
          overview.entryError.entry !== undefined
            ? `${entryLabel(overview.entryError.entry)}: `
            : ''
        }${overview.entryError.reason}`}
      />
    )
  }

  const offset = page.index * PREVIEW_PAGE_SIZE
  let records: PreviewRecord[] | undefined
  let nextCursor: string | null = null
  let counts: Record<string, number> | undefined
  let isCountComplete = true
  if (isServer) {
    records = serverPage.data?.records.map((record, position) => {
      const entry = entryCounts.data
        ? entryAtPosition(selection, entryCounts.data.steps, offset + position, record.gid)
        : undefined
      return entry === undefined ? record : { ...record, entry }
    })
    nextCursor = serverPage.data?.nextCursor ?? null
    counts = modelCounts.data?.counts
    isCountComplete = modelCounts.data?.isComplete ?? true
  } else if (resolved.data) {
    const all = resolved.data.records
    records = all.slice(offset, offset + PREVIEW_PAGE_SIZE)
    nextCursor = offset + PREVIEW_PAGE_SIZE < all.length ? String(page.index + 1) : null
    counts = {}
    for (const record of all) counts[record.modelId] = (counts[record.modelId] ?? 0) + 1
  }
  const total = overview.total
  const pageCount = total === undefined ? 1 : Math.max(1, Math.ceil(total / PREVIEW_PAGE_SIZE))
  const goTo = (index: number, cursor?: string | null) =>
    setState(() => {
      const cursors = [...page.cursors]
      if (cursor !== undefined) cursors[index] = cursor
      return { key, cursors, index }
    })

  return (
    <div className="space-y-4">
      <div aria-live="polite" aria-busy={overview.isCounting || undefined}>
        {total === undefined ? (
          <p className="text-sm">Counting…</p>
        ) : (
          <p className="text-lg font-semibold">
            {formatCount(total)} {total === 1 ? 'record' : 'records'}
            {overview.isCounting && (
              <span className="ml-2 text-sm font-normal text-zinc-600 dark:text-zinc-400">
                updating…
              </span>
            )}
          </p>
        )}
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {isServer
            ? 'Counted by the server, exactly as a bulk action will see it.'
            : 'Resolved in this browser with DatoCMS list queries (this project has no Project API).'}
        </p>
      </div>
      {total !== 0 && <ModelCounts counts={counts} isComplete={isCountComplete} schema={schema} />}
      {records === undefined ? (
        <LoadingRows rows={5} label="Loading the preview" />
      ) : records.length === 0 ? (
        <EmptyState title="No record matches">
          Check the entries: a search may be too narrow, or every record is excluded.
        </EmptyState>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">
                Matching records, page {page.index + 1} of {pageCount}
              </caption>
              <thead className="bg-zinc-50 text-xs text-zinc-600 uppercase dark:bg-zinc-900 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Record
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Model
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Status
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    Brought in by
                  </th>
                  <th scope="col" className="px-3 py-2 font-medium">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {records.map((record) => (
                  <tr key={record.gid} className="border-t border-zinc-100 dark:border-zinc-800">
                    <td className="max-w-72 px-3 py-1.5">
                      <span className="block truncate font-medium">{record.title}</span>
                      <span className="text-xs text-zinc-600 dark:text-zinc-400">{record.gid}</span>
                    </td>
                    <td className="px-3 py-1.5">{schema.modelName(record.modelId) ?? ''}</td>
                    <td className="px-3 py-1.5">
                      <StatusBadge status={record.status} />
                    </td>
                    <td className="px-3 py-1.5 text-xs whitespace-nowrap">
                      {record.entry === undefined ? '…' : entryLabel(record.entry)}
                    </td>
                    <td className="px-3 py-1.5 text-right">
                      <Button
                        size="sm"
                        variant="ghost"
                        disabled={record.entry === undefined}
                        aria-label={`Exclude ‘${record.title}’`}
                        onClick={() =>
                          record.entry !== undefined && onExclude(record.entry, record)
                        }
                      >
                        Exclude
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav
            aria-label="Preview pages"
            className="flex items-center justify-between gap-2 text-sm"
          >
            <Button size="sm" disabled={page.index === 0} onClick={() => goTo(page.index - 1)}>
              Previous page
            </Button>
            <span>
              Page {formatCount(page.index + 1)} of {formatCount(pageCount)}
            </span>
            <Button
              size="sm"
              disabled={nextCursor === null}
              onClick={() => goTo(page.index + 1, nextCursor)}
            >
              Next page
            </Button>
          </nav>
        </>
      )}
    </div>
  )
}
