import { createColumnHelper, type ColumnDef } from '@tanstack/react-table'
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { Field } from '@/api/model-queries'
import type { CmaRecord } from '@/api/record-queries'
import { StatusBadge } from '@/components/ui/status-badge'
import { TimeAgo } from '@/components/ui/time-ago'
import { formatValue } from '@/lib/field-display'
import { RecordRowActions } from './record-row-actions'
import type { RecordsTableFeatures, RecordsTableMeta } from './records-table-types'

const column = createColumnHelper<RecordsTableFeatures, CmaRecord>()

/** Field types the CMA can order by, and that fit in one table cell. */
const TABLE_FIELD_TYPES = new Set([
  'string',
  'text',
  'slug',
  'integer',
  'float',
  'date',
  'date_time',
  'boolean',
])
const NUMERIC = new Set(['integer', 'float'])

export const SELECT_COLUMN_ID = 'select'
export const ACTIONS_COLUMN_ID = 'actions'
export const STATUS_COLUMN_ID = '_status'
export const UPDATED_COLUMN_ID = '_updated_at'
export const CREATED_COLUMN_ID = '_created_at'

function PageCheckbox({ meta }: { meta: RecordsTableMeta }) {
  const ref = useRef<HTMLInputElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = meta.isPagePartlySelected
  }, [meta.isPagePartlySelected])
  return (
    <input
      ref={ref}
      type="checkbox"
      aria-label="Select all records on this page"
      checked={meta.isPageSelected}
      onChange={(event) => meta.onTogglePage(event.target.checked)}
      className="size-4 accent-indigo-600"
    />
  )
}

function ignoreChange() {}

function metaOf(table: { options: { meta?: RecordsTableMeta } }): RecordsTableMeta {
  // Always set by the records table; the type allows it to be missing.
  return table.options.meta as RecordsTableMeta
}

/**
 * The records table's columns: selection, title, status, the model's short fields, times and
 * the row actions. Column ids are what the CMA orders by (`title`, `_updated_at`, …).
 */
export function recordsColumns(
  fields: readonly Field[],
  titleFieldApiKey: string | undefined,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): ColumnDef<RecordsTableFeatures, CmaRecord, any>[] {
  const fieldColumns = fields
    .filter(
      (field) =>
        TABLE_FIELD_TYPES.has(field.attributes.field_type) &&
        field.attributes.api_key !== titleFieldApiKey,
    )
    .map((field) => {
      const { api_key: apiKey, field_type: fieldType, label } = field.attributes
      return column.accessor((record) => record.attributes[apiKey], {
        id: apiKey,
        header: label,
        meta: {
          label,
          isSortable: true,
          className: NUMERIC.has(fieldType) ? 'w-28 text-right tabular-nums' : 'w-44',
        },
        cell: (info) => {
          const shown = metaOf(info.table).valueInLocale(info.getValue())
          return (
            <span title={typeof shown === 'string' ? shown : undefined}>
              {formatValue(fieldType, shown)}
            </span>
          )
        },
      })
    })

  return [
    column.display({
      id: SELECT_COLUMN_ID,
      enableHiding: false,
      meta: { label: 'Select', className: 'w-10' },
      header: ({ table }) => <PageCheckbox meta={metaOf(table)} />,
      cell: ({ row, table }) => {
        const meta = metaOf(table)
        return (
          <input
            type="checkbox"
            aria-label={`Select ‘${meta.titleOf(row.original)}’`}
            checked={meta.isSelected(row.id)}
            // The click carries Shift (for ranges); the change is handled there.
            onChange={ignoreChange}
            onClick={(event) =>
              meta.onToggleRow(row.id, event.currentTarget.checked, event.shiftKey)
            }
            className="size-4 accent-indigo-600"
          />
        )
      },
    }),
    column.accessor(
      (record) => (titleFieldApiKey ? record.attributes[titleFieldApiKey] : record.id),
      {
        id: titleFieldApiKey ?? 'id',
        enableHiding: false,
        header: 'Title',
        // The only column without a width: it takes what the others leave.
        meta: { label: 'Title', isSortable: titleFieldApiKey !== undefined },
        cell: ({ row, table }) => (
          <Link
            to={`/records/${encodeURIComponent(row.id)}`}
            className="font-medium text-zinc-900 hover:text-indigo-700 hover:underline dark:text-zinc-100 dark:hover:text-indigo-300"
          >
            {metaOf(table).titleOf(row.original)}
          </Link>
        ),
      },
    ),
    column.accessor((record) => record.meta.status ?? 'draft', {
      id: STATUS_COLUMN_ID,
      header: 'Status',
      meta: { label: 'Status', isSortable: true, className: 'w-28' },
      cell: (info) => <StatusBadge status={info.getValue()} />,
    }),
    ...fieldColumns,
    column.accessor((record) => record.meta.updated_at, {
      id: UPDATED_COLUMN_ID,
      header: 'Updated',
      meta: {
        label: 'Updated',
        isSortable: true,
        className: 'w-32 text-zinc-600 dark:text-zinc-400',
      },
      cell: (info) => <TimeAgo value={info.getValue()} />,
    }),
    column.accessor((record) => record.meta.created_at, {
      id: CREATED_COLUMN_ID,
      header: 'Created',
      meta: {
        label: 'Created',
        isSortable: true,
        className: 'w-32 text-zinc-600 dark:text-zinc-400',
      },
      cell: (info) => <TimeAgo value={info.getValue()} />,
    }),
    column.display({
      id: ACTIONS_COLUMN_ID,
      enableHiding: false,
      header: () => <span className="sr-only">Actions</span>,
      meta: { label: 'Actions', className: 'w-[17rem] text-right' },
      cell: ({ row, table }) => <RecordRowActions record={row.original} meta={metaOf(table)} />,
    }),
  ]
}

/** Columns shown before the editor picks: title, status, one short field, updated. */
export function defaultVisibleColumns(columns: readonly { id?: string | undefined }[]): string[] {
  const ids = columns.map((entry) => entry.id ?? '')
  const fieldIds = ids.filter(
    (id) =>
      ![
        SELECT_COLUMN_ID,
        ACTIONS_COLUMN_ID,
        STATUS_COLUMN_ID,
        UPDATED_COLUMN_ID,
        CREATED_COLUMN_ID,
      ].includes(id),
  )
  // The first id left is the title column.
  return [fieldIds[0] ?? 'id', STATUS_COLUMN_ID, ...fieldIds.slice(1, 2), UPDATED_COLUMN_ID]
}
