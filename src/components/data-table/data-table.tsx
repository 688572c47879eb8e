import {
  FlexRender,
  type Cell,
  type Column,
  type ReactTable,
  type Row,
  type RowData,
  type TableFeatures,
} from '@tanstack/react-table'
import { memo, useRef, type ReactNode } from 'react'
import { ROW_HEIGHT_PX, VIRTUALIZE_ABOVE_ROWS, type DataTableDensity } from './data-table-layout'
import { RowWindow } from './row-window'

/** Presentation hints a column may carry in its `meta`. */
export interface DataTableColumnMeta {
  /** The column's name in choosers and for assistive tech when the header is an icon. */
  label?: string
  /** Classes for the header and body cells (width, alignment). */
  className?: string
  /** The server can order by this column (its id is what `order_by` takes). */
  isSortable?: boolean
}

/** The column the rows are ordered by; sorting happens on the server. */
export interface DataTableSorting {
  columnId: string
  desc: boolean
}

const CELL_PADDING: Record<DataTableDensity, string> = {
  comfortable: 'px-3 py-2',
  compact: 'px-2 py-1',
}

export interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  // The table's selected state shape does not matter to the renderer.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  table: ReactTable<TFeatures, TData, any>
  /** The table's accessible name. */
  label: string
  density?: DataTableDensity
  /** Total rows across pages and the first row's position, for `aria-rowcount`/`aria-rowindex`. */
  rowCount?: number
  rowIndexOffset?: number
  /** The keyboard cursor (j/k); kept in view. */
  activeRowId?: string | undefined
  isRowSelected?: (row: Row<TFeatures, TData>) => boolean
  /** Shown under the header instead of rows (loading, empty). */
  placeholder?: ReactNode
  /** A faded look while the next page loads over the previous one. */
  isStale?: boolean
  /**
   * Rows re-render only when their data, selection or this key change (scrolling a long page
   * mounts the new rows and leaves the others alone); change it when cells must redraw.
   */
  rowRenderKey?: string
  sorting?: DataTableSorting | undefined
  /** Asked to order by a column (`desc` false first); absent means no column sorts. */
  onSortingChange?: (columnId: string, desc: boolean) => void
}

// With generic features the row and table types cannot see the visibility feature's API, so
// the renderer names the two methods it needs (the records table always registers it).
interface VisibilityApi<TFeatures extends TableFeatures, TData extends RowData> {
  getVisibleLeafColumns: () => Column<TFeatures, TData, unknown>[]
}
interface VisibilityRowApi<TFeatures extends TableFeatures, TData extends RowData> {
  getVisibleCells: () => Cell<TFeatures, TData, unknown>[]
}

function metaOf(header: { column: { columnDef: { meta?: unknown } } }): DataTableColumnMeta {
  return (header.column.columnDef.meta ?? {}) as DataTableColumnMeta
}

/**
 * Renders any TanStack table as a real `<table>`: sticky header, sortable headers as buttons,
 * and, for long pages, only the rows in view (spacer rows keep the scroll height true).
 */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  density = 'comfortable',
  rowCount,
  rowIndexOffset = 0,
  activeRowId,
  isRowSelected,
  placeholder,
  isStale = false,
  rowRenderKey = '',
  sorting,
  onSortingChange,
}: DataTableProps<TFeatures, TData>) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const rows = table.getRowModel().rows
  const rowHeight = ROW_HEIGHT_PX[density]
  const isVirtual = rows.length > VIRTUALIZE_ABOVE_ROWS
  const activeIndex = activeRowId ? rows.findIndex((row) => row.id === activeRowId) : -1
  const visibleColumns = (
    table as unknown as VisibilityApi<TFeatures, TData>
  ).getVisibleLeafColumns()
  const columnCount = visibleColumns.length
  const visibleColumnKey = visibleColumns.map((column) => column.id).join(',')
  const padding = CELL_PADDING[density]

  return (
    <div
      ref={scrollRef}
      className="relative max-h-[calc(100dvh-15rem)] min-h-48 overflow-auto rounded-lg border border-zinc-200 dark:border-zinc-800"
    >
      {/* While newer rows load the old ones stay fully legible (dimming them fails contrast);
          a bar along the top says that an update is on its way. */}
      {isStale && (
        <div
          aria-hidden
          className="sticky top-0 z-20 -mb-0.5 h-0.5 animate-pulse bg-indigo-500 dark:bg-indigo-400"
        />
      )}
      <table
        aria-label={label}
        aria-rowcount={rowCount !== undefined ? rowCount + 1 : undefined}
        aria-busy={isStale || undefined}
        className="w-full table-fixed border-collapse text-left text-sm"
      >
        <thead className="sticky top-0 z-10 bg-zinc-50 text-xs text-zinc-600 shadow-[0_1px_0_var(--color-zinc-200)] dark:bg-zinc-900 dark:text-zinc-400 dark:shadow-[0_1px_0_var(--color-zinc-800)]">
          {table.getHeaderGroups().map((headerGroup) => (
            <tr key={headerGroup.id} aria-rowindex={1}>
              {headerGroup.headers.map((header) => {
                const meta = metaOf(header)
                const canSort = Boolean(meta.isSortable && onSortingChange)
                const sorted =
                  sorting?.columnId === header.column.id ? (sorting.desc ? 'desc' : 'asc') : false
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                    className={`${padding} font-medium whitespace-nowrap ${meta.className ?? ''}`}
                  >
                    {header.isPlaceholder ? null : canSort ? (
                      <button
                        type="button"
                        // Ascending first; a second click turns it round.
                        onClick={() => onSortingChange?.(header.column.id, sorted === 'asc')}
                        className="-mx-1 inline-flex max-w-full items-center gap-1 rounded px-1 hover:text-zinc-950 dark:hover:text-white"
                      >
                        <span className="truncate">
                          <FlexRender header={header} />
                        </span>
                        <span aria-hidden className="w-3 shrink-0 text-[10px]">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                        </span>
                      </button>
                    ) : (
                      <FlexRender header={header} />
                    )}
                  </th>
                )
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {placeholder ? (
            <tr>
              <td colSpan={columnCount} className="p-4">
                {placeholder}
              </td>
            </tr>
          ) : (
            <RowWindow
              isVirtual={isVirtual}
              rowCount={rows.length}
              rowHeight={rowHeight}
              activeIndex={activeIndex}
              scrollRef={scrollRef}
              columnCount={columnCount}
              renderRow={(index) => {
                const row = rows[index]
                if (!row) return null
                return (
                  <DataTableRow
                    key={row.id}
                    row={row as unknown as VisibilityRowApi<TableFeatures, RowData>}
                    index={index}
                    ariaRowIndex={rowIndexOffset + index + 2}
                    isSelected={isRowSelected ? isRowSelected(row) : undefined}
                    isActive={row.id === activeRowId}
                    rowHeight={rowHeight}
                    padding={padding}
                    renderKey={`${rowRenderKey}|${visibleColumnKey}`}
                  />
                )
              }}
            />
          )}
        </tbody>
      </table>
    </div>
  )
}

interface DataTableRowProps {
  row: VisibilityRowApi<TableFeatures, RowData>
  index: number
  ariaRowIndex: number
  isSelected: boolean | undefined
  isActive: boolean
  rowHeight: number
  padding: string
  renderKey: string
}

const DataTableRow = memo(function DataTableRow({
  row,
  index,
  ariaRowIndex,
  isSelected,
  isActive,
  rowHeight,
  padding,
}: DataTableRowProps) {
  return (
    <tr
      data-row-index={index}
      aria-rowindex={ariaRowIndex}
      aria-selected={isSelected}
      data-active={isActive || undefined}
      // The collapsed 1 px bottom border adds to the row: the pitch stays exactly rowHeight.
      style={{ height: rowHeight - 1 }}
      className={`border-b border-zinc-100 last:border-b-0 dark:border-zinc-800/70 ${
        isSelected
          ? 'bg-indigo-50/70 dark:bg-indigo-950/40'
          : 'hover:bg-zinc-50 dark:hover:bg-zinc-900/60'
      } ${isActive ? 'outline-2 -outline-offset-2 outline-indigo-500' : ''}`}
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className={`${padding} truncate ${metaOf(cell).className ?? ''}`}>
          <FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  )
})
