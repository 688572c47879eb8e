import { columnVisibilityFeature, metaHelper, tableFeatures } from '@tanstack/react-table'
import type { CmaRecord } from '@/api/record-queries'
import type { DataTableColumnMeta } from '@/components/data-table/data-table'

/** What the records table's cells need from the page around them. */
export interface RecordsTableMeta {
  titleOf: (record: CmaRecord) => string
  /** A (possibly localized) value in the table's locale, falling back to the main one. */
  valueInLocale: (value: unknown) => unknown
  isSelected: (id: string) => boolean
  /** `isRange`: shift was held, so select from the last clicked row to this one. */
  onToggleRow: (id: string, isSelected: boolean, isRange: boolean) => void
  isPageSelected: boolean
  isPagePartlySelected: boolean
  onTogglePage: (isSelected: boolean) => void
  density: 'comfortable' | 'compact'
  canMutate: boolean
  readOnlyReason: string | undefined
  modelId: string
  onDelete: (record: CmaRecord) => void
  /** Dedupe keys of the running jobs (duplicate, delete), for busy row buttons. */
  runningJobKeys: ReadonlySet<string>
  onSetPublished: (record: CmaRecord, isPublished: boolean) => void
  /** The record being published or unpublished right now. */
  publishingId: string | undefined
}

// No client sorting feature: the server sorts (order_by); the table only shows and asks.
export const recordsTableFeatures = tableFeatures({
  columnVisibilityFeature,
  tableMeta: metaHelper<RecordsTableMeta>(),
  columnMeta: metaHelper<DataTableColumnMeta>(),
})

export type RecordsTableFeatures = typeof recordsTableFeatures
