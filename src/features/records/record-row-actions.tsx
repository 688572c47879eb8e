import type { CmaRecord } from '@/api/record-queries'
import { duplicateJobKey, deleteJobKey, startDuplicateRecord } from '@/api/record-mutations'
import { Button } from '@/components/ui/button'
import type { RecordsTableMeta } from './records-table-types'

/** A row's Publish/Unpublish, Duplicate and Delete. */
export function RecordRowActions({ record, meta }: { record: CmaRecord; meta: RecordsTableMeta }) {
  const title = meta.titleOf(record)
  const duplicating = meta.runningJobKeys.has(duplicateJobKey(record.id)) || undefined
  const deleting = meta.runningJobKeys.has(deleteJobKey(record.id)) || undefined
  const isPublishing = meta.publishingId === record.id
  // An updated record has unpublished changes: its next step is publishing them.
  const isPublished = record.meta.status === 'published'
  const disabledReason = meta.canMutate ? undefined : meta.readOnlyReason
  // Buttons fit the row height exactly (the virtualiser relies on fixed row heights).
  const sizeClass = meta.density === 'compact' ? 'h-6! px-2!' : 'h-7! px-2!'

  return (
    <div className="flex justify-end gap-1">
      <Button
        size="sm"
        variant="ghost"
        className={sizeClass}
        isBusy={isPublishing}
        disabled={!meta.canMutate || isPublishing}
        title={disabledReason ?? `${isPublished ? 'Unpublish' : 'Publish'} ‘${title}’`}
        onClick={() => meta.onSetPublished(record, !isPublished)}
      >
        {isPublished ? 'Unpublish' : 'Publish'}
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className={sizeClass}
        isBusy={duplicating !== undefined}
        disabled={!meta.canMutate}
        title={
          disabledReason ??
          (duplicating ? `Duplicating ‘${title}’: follow it in Jobs` : `Duplicate ‘${title}’`)
        }
        onClick={() => {
          // A second click while the job runs returns the running job: no second copy.
          void startDuplicateRecord({ id: record.id, title, modelId: meta.modelId })
        }}
      >
        Duplicate
      </Button>
      <Button
        size="sm"
        variant="ghost"
        className={`${sizeClass} text-red-700 hover:bg-red-50 dark:text-red-300 dark:hover:bg-red-950/50`}
        isBusy={deleting !== undefined}
        disabled={!meta.canMutate || deleting !== undefined}
        title={disabledReason ?? `Delete ‘${title}’`}
        onClick={() => meta.onDelete(record)}
      >
        Delete
      </Button>
    </div>
  )
}
