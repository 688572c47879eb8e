import * as AlertDialog from '@radix-ui/react-alert-dialog'
import { lazy, Suspense } from 'react'
import type { RecordVersion } from '@/api/version-queries'
import { Button } from '@/components/ui/button'
import { LoadingRows } from '@/components/ui/status-views'
import { formatExactTime } from '@/lib/relative-time'
import type { RecordContext } from './use-record-context'
import { editorLabel, versionName } from './version-presentation'

const RestorePreview = lazy(() =>
  import('./restore-preview').then((module) => ({ default: module.RestorePreview })),
)

export interface RestoreTarget {
  version: RecordVersion
  number: number | undefined
}

/** The roomy confirmation before a restore: what the record becomes and what changes. */
export function RestoreVersionDialog({
  context,
  target,
  onCancel,
  onConfirm,
}: {
  context: RecordContext
  target: RestoreTarget | undefined
  onCancel: () => void
  onConfirm: (target: RestoreTarget) => void
}) {
  const name = versionName(target?.number)
  return (
    <AlertDialog.Root open={Boolean(target)} onOpenChange={(open) => !open && onCancel()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 flex max-h-[calc(100vh-2rem)] w-[min(64rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 flex-col rounded-xl border border-zinc-200 bg-white shadow-xl dark:border-zinc-800 dark:bg-zinc-900">
          {target && (
            <>
              <div className="border-b border-zinc-200 px-6 py-4 dark:border-zinc-800">
                <AlertDialog.Title className="text-lg font-semibold">
                  Restore {name.toLowerCase()} of ‘{context.title}’?
                </AlertDialog.Title>
                <AlertDialog.Description className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
                  {name} was saved {formatExactTime(target.version.meta.created_at)} by{' '}
                  {editorLabel(target.version)}. Its content becomes a new current version; nothing
                  is lost, and you can undo the restore.
                </AlertDialog.Description>
              </div>
              <div className="flex-1 overflow-y-auto px-6 py-4 text-sm">
                <Suspense fallback={<LoadingRows rows={4} label="Comparing" />}>
                  <RestorePreview context={context} version={target.version} versionLabel={name} />
                </Suspense>
              </div>
              <div className="flex justify-end gap-3 border-t border-zinc-200 px-6 py-4 dark:border-zinc-800">
                <AlertDialog.Cancel asChild>
                  <Button>Cancel</Button>
                </AlertDialog.Cancel>
                <Button variant="primary" onClick={() => onConfirm(target)}>
                  Restore {name.toLowerCase()}
                </Button>
              </div>
            </>
          )}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
