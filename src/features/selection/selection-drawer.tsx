import * as Dialog from '@radix-ui/react-dialog'
import { useState } from 'react'
import { Link } from 'react-router'
import { Button } from '@/components/ui/button'
import { selectionBuilderPath, type Selection } from '@/lib/selection-url'
import { SelectionWorkspace } from './selection-workspace'

/**
 * The selection builder as a drawer over another page (the records table hands its selection
 * over): the same builder, preview and actions as the Selections page, in one column.
 */
export function SelectionDrawer({
  open,
  onOpenChange,
  initialSelection,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** The selection handed over when the drawer opens (e.g. the table's ticked records). */
  initialSelection: Selection
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/30 dark:bg-black/50" />
        <Dialog.Content className="fixed top-0 right-0 bottom-0 z-40 flex w-full flex-col border-l border-zinc-200 bg-white shadow-2xl sm:w-[44rem] dark:border-zinc-800 dark:bg-zinc-950">
          {open && (
            <DrawerBody initialSelection={initialSelection} onClose={() => onOpenChange(false)} />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function DrawerBody({
  initialSelection,
  onClose,
}: {
  initialSelection: Selection
  onClose: () => void
}) {
  const [selection, setSelection] = useState(initialSelection)
  return (
    <>
      <div className="flex items-center justify-between gap-3 border-b border-zinc-200 px-5 py-3 dark:border-zinc-800">
        <Dialog.Title className="text-lg font-semibold">Selection builder</Dialog.Title>
        <div className="flex gap-2">
          <Link
            to={selectionBuilderPath(selection)}
            onClick={onClose}
            className="inline-flex h-8 items-center rounded-md px-2.5 text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            Open as a page
          </Link>
          <Dialog.Close asChild>
            <Button size="sm">Close</Button>
          </Dialog.Close>
        </div>
      </div>
      <Dialog.Description className="sr-only">
        Describe exactly which records to act on, check the preview, then run a bulk action.
      </Dialog.Description>
      <div className="flex-1 overflow-y-auto p-5">
        <SelectionWorkspace selection={selection} onChange={setSelection} isCompact />
      </div>
    </>
  )
}
