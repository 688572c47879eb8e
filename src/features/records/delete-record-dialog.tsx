import type { CmaRecord } from '@/api/record-queries'
import { startDeleteRecord } from '@/api/record-mutations'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'

export interface DeleteRecordTarget {
  record: CmaRecord
  title: string
  modelId: string
  modelName: string
}

/**
 * Names the record before it goes; the delete runs as a job the tray follows. `onStarted`
 * lets the editor page step away from a record that is being deleted.
 */
export function DeleteRecordDialog({
  target,
  onClose,
  onStarted,
}: {
  target: DeleteRecordTarget | undefined
  onClose: () => void
  onStarted?: () => void
}) {
  return (
    <ConfirmDialog
      open={target !== undefined}
      onOpenChange={(open) => {
        if (!open) onClose()
      }}
      title={target ? `Delete ‘${target.title}’?` : 'Delete record?'}
      confirmLabel="Delete 1 record"
      isDestructive
      onConfirm={() => {
        if (!target) return
        void startDeleteRecord({
          id: target.record.id,
          title: target.title,
          modelId: target.modelId,
        })
        onClose()
        onStarted?.()
      }}
    >
      {target && (
        <p>
          The {target.modelName.toLowerCase()} <strong>‘{target.title}’</strong> and its whole
          version history will be deleted. This cannot be undone. The Jobs tray shows when it is
          done.
        </p>
      )}
    </ConfirmDialog>
  )
}
