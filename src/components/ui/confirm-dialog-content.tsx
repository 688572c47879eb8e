import * as AlertDialog from '@radix-ui/react-alert-dialog'
import type { ReactNode } from 'react'
import { Button } from './button'

export interface ConfirmDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  children: ReactNode
  /** The verb and its object: "Reset demo data", "Delete 120 records". */
  confirmLabel: string
  onConfirm: () => void
  isDestructive?: boolean
  isBusy?: boolean
  /** When false the confirm button is disabled (e.g. until a typed count matches). */
  canConfirm?: boolean
}

/** The Radix alert dialog behind ConfirmDialog (loaded when a confirmation first opens). */
export function ConfirmDialogContent({
  open,
  onOpenChange,
  title,
  children,
  confirmLabel,
  onConfirm,
  isDestructive = false,
  isBusy = false,
  canConfirm = true,
}: ConfirmDialogProps) {
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <AlertDialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl border border-zinc-200 bg-white p-6 shadow-xl dark:border-zinc-800 dark:bg-zinc-900">
          <AlertDialog.Title className="text-lg font-semibold">{title}</AlertDialog.Title>
          <AlertDialog.Description asChild>
            <div className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">{children}</div>
          </AlertDialog.Description>
          <div className="mt-6 flex justify-end gap-3">
            <AlertDialog.Cancel asChild>
              <Button>Cancel</Button>
            </AlertDialog.Cancel>
            <Button
              variant={isDestructive ? 'danger' : 'primary'}
              isBusy={isBusy}
              disabled={!canConfirm || isBusy}
              onClick={onConfirm}
            >
              {confirmLabel}
            </Button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  )
}
