import { useQuery } from '@tanstack/react-query'
import { useTable } from '@tanstack/react-table'
import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { useMutationPermission } from '@/api/connection/permissions'
import { describeApiError } from '@/api/http/describe-api-error'
import { useJobs } from '@/api/jobs/job-registry'
import { isTerminal } from '@/api/jobs/job-types'
import { modelQueries, type Field, type Model } from '@/api/model-queries'
import { useSetRecordPublished } from '@/api/record-mutations'
import { recordQueries, type CmaRecord } from '@/api/record-queries'
import { siteQueries } from '@/api/site-queries'
import { DataTable } from '@/components/data-table/data-table'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import { EmptyState, ErrorState, LoadingRows, Notice } from '@/components/ui/status-views'
import { filterProblem } from '@/lib/field-filter-operators'
import { formatCount } from '@/lib/format-count'
import {
  EMPTY_SELECTION,
  isRecordSelected,
  rangeBetween,
  searchEntryOfView,
  setRecordsSelected,
  toProjectSelection,
  type RecordSelection,
} from '@/lib/record-selection'
import { displayText } from '@/lib/record-title'
import {
  orderByOf,
  PAGE_SIZES,
  RECORD_STATUSES,
  type PageSize,
  type RecordsView,
  type RecordStatus,
} from '@/lib/records-view'
import type { Selection } from '@/lib/selection-url'
import { ColumnChooser } from './column-chooser'
import { DeleteRecordDialog, type DeleteRecordTarget } from './delete-record-dialog'
import { defaultVisibleColumns, recordsColumns } from './records-columns'
import { recordsTableFeatures, type RecordsTableMeta } from './records-table-types'
import { SelectionBar } from './selection-bar'
import { useRowKeyboard } from './use-row-keyboard'

// Opened on demand; its per-type operator forms stay out of the page's first load.
const RecordFiltersPanel = lazy(() =>
  import('./record-filters-panel').then((m) => ({ default: m.RecordFiltersPanel })),
)

const CONTROL_CLASS =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900'
const STATUS_LABELS: Record<RecordStatus, string> = {
  draft: 'Draft',
  updated: 'Updated',
  published: 'Published',
}

export interface RecordsBrowserProps {
  view: RecordsView
  onViewChange: (change: Partial<RecordsView>, options?: { replace?: boolean }) => void
  onOpenSelection: (selection: Selection) => void
}

/** The models as tabs, and the chosen model's records with everything the URL describes. */
export function RecordsBrowser({ view, onViewChange, onOpenSelection }: RecordsBrowserProps) {
  const models = useQuery(modelQueries.list())
  if (models.isPending) return <LoadingRows label="Loading models" />
  if (models.isError) {
    return (
      <ErrorState message={describeApiError(models.error)} onRetry={() => void models.refetch()} />
    )
  }
  const contentModels = models.data.filter((model) => !model.attributes.modular_block)
  if (contentModels.length === 0) {
    return (
      <EmptyState title="This project has no models yet">
        Create a model in DatoCMS, then come back.
      </EmptyState>
    )
  }
  const current = contentModels.find((model) => model.attributes.api_key === view.model)
  if (view.model && !current) {
    return (
      <EmptyState title={`No model “${view.model}” in this project`}>
        <Button size="sm" onClick={() => onViewChange({ model: undefined })}>
          Show the first model
        </Button>
      </EmptyState>
    )
  }
  const model = current ?? (contentModels[0] as Model)
  return (
    <div>
      <nav
        aria-label="Models"
        className="mb-4 flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
      >
        {contentModels.map((entry) => {
          const isCurrent = entry.id === model.id
          return (
            <Link
              key={entry.id}
              to={`/records?model=${encodeURIComponent(entry.attributes.api_key)}`}
              aria-current={isCurrent ? 'page' : undefined}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
                isCurrent
                  ? 'border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300'
                  : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
              }`}
            >
              {entry.attributes.name}
            </Link>
          )
        })}
      </nav>
      <ModelRecords
        key={model.id}
        model={model}
        view={{ ...view, model: model.attributes.api_key }}
        onViewChange={onViewChange}
        onOpenSelection={onOpenSelection}
      />
    </div>
  )
}

function ModelRecords({
  model,
  view,
  onViewChange,
  onOpenSelection,
}: RecordsBrowserProps & { model: Model }) {
  const fieldsQuery = useQuery(modelQueries.fields(model.id))
  if (fieldsQuery.isPending)
    return <LoadingRows label={`Loading ${model.attributes.name} fields`} />
  if (fieldsQuery.isError) {
    return (
      <ErrorState
        message={describeApiError(fieldsQuery.error)}
        onRetry={() => void fieldsQuery.refetch()}
      />
    )
  }
  return (
    <RecordsTable
      model={model}
      fields={fieldsQuery.data}
      view={view}
      onViewChange={onViewChange}
      onOpenSelection={onOpenSelection}
    />
  )
}

function RecordsTable({
  model,
  fields,
  view,
  onViewChange,
  onOpenSelection,
}: RecordsBrowserProps & { model: Model; fields: Field[] }) {
  const site = useQuery(siteQueries.detail())
  const locales = site.data?.attributes.locales ?? []
  const mainLocale = locales[0] ?? 'en'
  const locale = view.locale ?? mainLocale
  const permission = useMutationPermission()

  const titleFieldId = model.relationships.title_field.data?.id
  const titleField = fields.find((field) => field.id === titleFieldId)
  const titleApiKey = titleField?.attributes.api_key
  const fieldTypes = new Map(
    fields.map((field) => [field.attributes.api_key, field.attributes.field_type]),
  )

  // Only filters that fit the model's fields reach the server; the panel shows the others.
  const sentFilters = view.filters.filter(
    (filter) => filterProblem(filter, fieldTypes.get(filter.field)) === undefined,
  )
  const listParams = {
    model: model.attributes.api_key,
    query: view.q.trim() || undefined,
    locale: view.locale,
    orderBy: orderByOf(view.sort),
    status: view.status,
    filters: sentFilters,
    page: view.page,
    perPage: view.perPage,
  }
  const records = useQuery(recordQueries.list(listParams))
  const pageRecords = records.data?.records
  const totalCount = records.data?.totalCount ?? 0

  const [selection, setSelection] = useState<RecordSelection>(EMPTY_SELECTION)
  const anchorRef = useRef<string | undefined>(undefined)
  const [activeRowId, setActiveRowId] = useState<string | undefined>()
  const [deleteTarget, setDeleteTarget] = useState<DeleteRecordTarget>()
  const [isFiltersOpen, setIsFiltersOpen] = useState(view.filters.length > 0)

  const searchEntry = searchEntryOfView(view, fieldTypes, mainLocale)
  const searchKey = JSON.stringify(searchEntry.entry ?? null)
  // "All matching" describes one search: once the search changes it no longer says what the
  // editor sees, so it is dropped (records picked one by one stay).
  const [selectionSearchKey, setSelectionSearchKey] = useState(searchKey)
  if (searchKey !== selectionSearchKey) {
    setSelectionSearchKey(searchKey)
    if (selection.mode === 'all-matching') setSelection(EMPTY_SELECTION)
  }

  const titleOf = (record: CmaRecord) =>
    (titleApiKey && displayText(record.attributes[titleApiKey], locale, [mainLocale])) ||
    `Untitled (#${record.id})`
  const pageIds = (pageRecords ?? []).map((record) => record.id)
  const selectedOnPage = pageIds.filter((id) => isRecordSelected(selection, id)).length

  function toggleRow(id: string, isSelected: boolean, isRange: boolean) {
    const ids = isRange ? rangeBetween(pageIds, anchorRef.current, id) : [id]
    setSelection((current) => setRecordsSelected(current, ids, isSelected))
    anchorRef.current = id
    setActiveRowId(id)
  }

  // One mutation for the table (not one per row): mounting rows while scrolling stays cheap.
  const publish = useSetRecordPublished()
  const jobs = useJobs()
  const runningJobKeys = new Set(
    jobs.filter((job) => !isTerminal(job.state)).map((job) => job.dedupeKey),
  )
  const publishingId = publish.isPending ? publish.variables.id : undefined
  const rowRenderKey = `${view.density}|${permission.canMutate}|${locale}|${publishingId ?? ''}|${[...runningJobKeys].join(',')}`
  const meta: RecordsTableMeta = {
    runningJobKeys,
    publishingId,
    onSetPublished: (record, isPublished) => {
      const title = titleOf(record)
      publish.mutate(
        { id: record.id, isPublished },
        {
          onSuccess: () =>
            notify('success', `‘${title}’ ${isPublished ? 'published' : 'unpublished'}`),
          onError: (error) =>
            notify('error', `Could not ${isPublished ? 'publish' : 'unpublish'} ‘${title}’`, {
              description: describeApiError(error),
            }),
        },
      )
    },
    titleOf,
    valueInLocale: (value) =>
      value && typeof value === 'object' && !Array.isArray(value) && !('red' in value)
        ? ((value as Record<string, unknown>)[locale] ??
          (value as Record<string, unknown>)[mainLocale])
        : value,
    isSelected: (id) => isRecordSelected(selection, id),
    onToggleRow: toggleRow,
    isPageSelected: pageIds.length > 0 && selectedOnPage === pageIds.length,
    isPagePartlySelected: selectedOnPage > 0 && selectedOnPage < pageIds.length,
    onTogglePage: (isSelected) => {
      setSelection((current) => setRecordsSelected(current, pageIds, isSelected))
      anchorRef.current = undefined
    },
    density: view.density,
    canMutate: permission.canMutate,
    readOnlyReason: permission.reason,
    modelId: model.id,
    onDelete: (record) =>
      setDeleteTarget({
        record,
        title: titleOf(record),
        modelId: model.id,
        modelName: model.attributes.name,
      }),
  }

  // Cells render as components: new column objects would remount every row (and its focus).
  const columns = useMemo(
    () =>
      recordsColumns(fields, fields.find((field) => field.id === titleFieldId)?.attributes.api_key),
    [fields, titleFieldId],
  )
  const visibleIds = view.columns ?? defaultVisibleColumns(columns)
  const columnVisibility = Object.fromEntries(
    columns.map((entry) => {
      const id = entry.id ?? ''
      const canHide = entry.enableHiding !== false
      return [id, !canHide || visibleIds.includes(id)]
    }),
  )
  const sorting = view.sort
    ? { columnId: view.sort.field, desc: view.sort.direction === 'desc' }
    : undefined

  const table = useTable({
    features: recordsTableFeatures,
    columns,
    data: pageRecords ?? [],
    getRowId: (record) => record.id,
    state: { columnVisibility },
    meta,
  })

  useRowKeyboard({
    onMove: (delta) => {
      if (pageIds.length === 0) return
      const index = activeRowId ? pageIds.indexOf(activeRowId) : -1
      const next = Math.min(pageIds.length - 1, Math.max(0, index + delta))
      setActiveRowId(pageIds[next])
    },
    onToggle: () => {
      if (activeRowId && pageIds.includes(activeRowId))
        toggleRow(activeRowId, !isRecordSelected(selection, activeRowId), false)
    },
  })

  const hidable = columns.filter((entry) => entry.enableHiding !== false)
  const firstShown = view.page * view.perPage + 1
  const lastShown = view.page * view.perPage + (pageRecords?.length ?? 0)
  const pageCount = Math.max(1, Math.ceil(totalCount / view.perPage))
  const hasSearch = view.q.trim() !== '' || view.status !== undefined || view.filters.length > 0

  let placeholder = undefined
  if (records.isPending) placeholder = <LoadingRows rows={8} label="Loading records" />
  else if (records.isError)
    placeholder = (
      <ErrorState
        title="Could not load the records"
        message={describeApiError(records.error)}
        onRetry={() => void records.refetch()}
      />
    )
  else if (pageRecords?.length === 0)
    placeholder = hasSearch ? (
      <EmptyState title="No records match">
        <p>Try other words, another language, or fewer filters.</p>
        <Button
          size="sm"
          className="mt-3"
          onClick={() => onViewChange({ q: '', status: undefined, filters: [] })}
        >
          Clear search and filters
        </Button>
      </EmptyState>
    ) : (
      <EmptyState title={`No ${model.attributes.name} records yet`}>
        {permission.canMutate ? (
          <Link
            className="text-indigo-700 underline dark:text-indigo-300"
            to={`/records/new?model=${encodeURIComponent(model.attributes.api_key)}`}
          >
            Create the first one
          </Link>
        ) : (
          'Records appear here once someone creates them.'
        )}
      </EmptyState>
    )

  return (
    <div>
      {!permission.canMutate && (
        <div className="mb-3">
          <Notice tone="warning" title="Read-only: changes are turned off">
            {permission.reason}
          </Notice>
        </div>
      )}
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <SearchBox
          value={view.q}
          onSearch={(q) => onViewChange({ q })}
          modelName={model.attributes.name}
        />
        {locales.length > 1 && (
          <select
            aria-label="Language"
            className={CONTROL_CLASS}
            value={locale}
            onChange={(event) =>
              onViewChange({
                locale: event.target.value === mainLocale ? undefined : event.target.value,
              })
            }
          >
            {locales.map((code) => (
              <option key={code} value={code}>
                {code.toUpperCase()}
              </option>
            ))}
          </select>
        )}
        <select
          aria-label="Status"
          className={CONTROL_CLASS}
          value={view.status ?? ''}
          onChange={(event) =>
            onViewChange({ status: (event.target.value || undefined) as RecordStatus | undefined })
          }
        >
          <option value="">Any status</option>
          {RECORD_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <Button
          size="sm"
          aria-expanded={isFiltersOpen}
          onClick={() => setIsFiltersOpen((open) => !open)}
        >
          Filters{view.filters.length > 0 ? ` (${view.filters.length})` : ''}
        </Button>
        <div className="ml-auto flex items-center gap-2">
          <ColumnChooser
            choices={hidable.map((entry) => ({
              id: entry.id ?? '',
              label: (entry.meta as { label?: string } | undefined)?.label ?? entry.id ?? '',
              isVisible: columnVisibility[entry.id ?? ''] ?? false,
            }))}
            onChange={(id, isVisible) => {
              const next = isVisible
                ? [...visibleIds.filter((entry) => entry !== id), id]
                : visibleIds.filter((entry) => entry !== id)
              const ordered = columns
                .map((entry) => entry.id ?? '')
                .filter((entry) => next.includes(entry))
              onViewChange({ columns: ordered })
            }}
            onReset={() => onViewChange({ columns: undefined })}
          />
          <select
            aria-label="Row density"
            className={CONTROL_CLASS}
            value={view.density}
            onChange={(event) =>
              onViewChange({
                density: event.target.value === 'compact' ? 'compact' : 'comfortable',
              })
            }
          >
            <option value="comfortable">Comfortable rows</option>
            <option value="compact">Compact rows</option>
          </select>
          {permission.canMutate ? (
            <Link
              to={`/records/new?model=${encodeURIComponent(model.attributes.api_key)}`}
              className="inline-flex h-8 items-center rounded-md bg-indigo-600 px-2.5 text-sm font-medium text-white hover:bg-indigo-700 dark:bg-indigo-500 dark:hover:bg-indigo-400"
            >
              New {model.attributes.name.toLowerCase()}
            </Link>
          ) : (
            <Button size="sm" variant="primary" disabled title={permission.reason}>
              New {model.attributes.name.toLowerCase()}
            </Button>
          )}
        </div>
      </div>
      {isFiltersOpen && (
        <div className="mb-3">
          <Suspense fallback={null}>
            <RecordFiltersPanel
              fields={fields}
              applied={view.filters}
              onApply={(filters) => onViewChange({ filters })}
            />
          </Suspense>
        </div>
      )}
      {selection.mode === 'all-matching' || selection.ids.length > 0 ? (
        <SelectionBar
          selection={selection}
          totalMatching={totalCount}
          canSelectAllMatching={
            selection.mode === 'ids' &&
            pageIds.length > 0 &&
            selectedOnPage === pageIds.length &&
            totalCount > selection.ids.length
          }
          selectAllProblem={searchEntry.problem}
          onSelectAllMatching={() => {
            if (searchEntry.entry)
              setSelection({
                mode: 'all-matching',
                entry: searchEntry.entry,
                total: totalCount,
                exclude: [],
              })
          }}
          onOpenInBuilder={() => onOpenSelection(toProjectSelection(selection))}
          onClear={() => {
            setSelection(EMPTY_SELECTION)
            anchorRef.current = undefined
          }}
        />
      ) : null}
      <DataTable
        table={table}
        label="Records"
        density={view.density}
        rowCount={totalCount}
        rowIndexOffset={view.page * view.perPage}
        activeRowId={activeRowId}
        isRowSelected={(row) => isRecordSelected(selection, row.id)}
        placeholder={placeholder}
        isStale={records.isPlaceholderData}
        rowRenderKey={rowRenderKey}
        sorting={sorting}
        onSortingChange={(columnId, desc) =>
          onViewChange({ sort: { field: columnId, direction: desc ? 'desc' : 'asc' } })
        }
      />
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3 text-sm text-zinc-700 dark:text-zinc-300">
        <p aria-live="polite">
          {records.isSuccess && totalCount > 0
            ? `${formatCount(firstShown)}–${formatCount(lastShown)} of ${formatCount(totalCount)} records`
            : records.isSuccess
              ? '0 records'
              : ''}
        </p>
        <div className="flex items-center gap-2">
          <label className="flex items-center gap-2">
            Rows per page
            <select
              className={CONTROL_CLASS}
              value={view.perPage}
              onChange={(event) =>
                onViewChange({ perPage: Number(event.target.value) as PageSize })
              }
            >
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </label>
          <span>
            Page {formatCount(view.page + 1)} of {formatCount(pageCount)}
          </span>
          <Button
            size="sm"
            disabled={view.page === 0}
            onClick={() => onViewChange({ page: view.page - 1 })}
          >
            Previous page
          </Button>
          <Button
            size="sm"
            disabled={view.page + 1 >= pageCount}
            onClick={() => onViewChange({ page: view.page + 1 })}
          >
            Next page
          </Button>
        </div>
      </div>
      <DeleteRecordDialog target={deleteTarget} onClose={() => setDeleteTarget(undefined)} />
    </div>
  )
}

/** Typing searches after a short pause (replacing the history entry); Enter searches at once. */
function SearchBox({
  value,
  onSearch,
  modelName,
}: {
  value: string
  onSearch: (q: string) => void
  modelName: string
}) {
  const [text, setText] = useState(value)
  const [requested, setRequested] = useState(value)
  const [seenValue, setSeenValue] = useState(value)
  // Back/forward or a cleared search change the URL under us; our own debounced searches
  // must not overwrite what the editor typed since.
  if (value !== seenValue) {
    setSeenValue(value)
    if (value !== requested) {
      setText(value)
      setRequested(value)
    }
  }
  const onSearchRef = useRef(onSearch)
  useEffect(() => {
    onSearchRef.current = onSearch
  })
  useEffect(() => {
    if (text === requested) return
    const timer = setTimeout(() => {
      setRequested(text)
      onSearchRef.current(text)
    }, 350)
    return () => clearTimeout(timer)
  }, [text, requested])
  return (
    <input
      type="search"
      aria-label="Search records"
      placeholder={`Search ${modelName.toLowerCase()} records  ( / )`}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          setRequested(text)
          onSearch(text)
        }
        if (event.key === 'Escape' && text) setText('')
      }}
      className="h-8 w-72 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
    />
  )
}
