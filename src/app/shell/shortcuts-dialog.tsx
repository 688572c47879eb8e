import * as Dialog from '@radix-ui/react-dialog'
import { Button } from '@/components/ui/button'

const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['/'], does: 'Focus the search field' },
  { keys: ['j', 'k'], does: 'Move to the next or previous row' },
  { keys: ['x'], does: 'Select or unselect the current row' },
  { keys: ['Shift', 'click'], does: 'Select a range of rows' },
  { keys: ['g', 'r'], does: 'Go to Records' },
  { keys: ['g', 'f'], does: 'Go to Fields' },
  { keys: ['g', 's'], does: 'Go to Selections' },
  { keys: ['g', 'j'], does: 'Go to Jobs' },
  { keys: ['Esc'], does: 'Close a panel or dialog' },
  { keys: ['?'], does: 'Show this list' },
]

/** The keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/40 dark:bg-black/60" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 w-[min(28rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 rounded-xl border border-zinc-200 bg-white p-6 shadow-xl dark:border-zinc-800 dark:bg-zinc-900">
          <Dialog.Title className="text-lg font-semibold">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
            They work anywhere except while typing in a field.
          </Dialog.Description>
          <dl className="mt-4 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
            {SHORTCUTS.map((shortcut) => (
              <div key={shortcut.does} className="flex items-center justify-between py-2">
                <dt className="flex gap-1">
                  {shortcut.keys.map((key) => (
                    <kbd
                      key={key}
                      className="rounded border border-zinc-300 bg-zinc-50 px-1.5 py-0.5 font-mono text-xs dark:border-zinc-700 dark:bg-zinc-800"
                    >
                      {key}
                    </kbd>
                  ))}
                </dt>
                <dd className="text-zinc-700 dark:text-zinc-300">{shortcut.does}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-5 flex justify-end">
            <Dialog.Close asChild>
              <Button>Close</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}
