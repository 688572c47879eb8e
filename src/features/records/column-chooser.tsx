import { useEffect, useRef, useState } from 'react'
import { Button } from '@/components/ui/button'

export interface ColumnChoice {
  id: string
  label: string
  isVisible: boolean
}

/** A small popover of checkboxes: which columns the table shows. */
export function ColumnChooser({
  choices,
  onChange,
  onReset,
}: {
  choices: readonly ColumnChoice[]
  onChange: (id: string, isVisible: boolean) => void
  onReset: () => void
}) {
  const [isOpen, setIsOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!isOpen) return
    function handlePointer(event: PointerEvent) {
      if (!rootRef.current?.contains(event.target as Node)) setIsOpen(false)
    }
    function handleKey(event: KeyboardEvent) {
      if (event.key === 'Escape') setIsOpen(false)
    }
    document.addEventListener('pointerdown', handlePointer)
    document.addEventListener('keydown', handleKey)
    return () => {
      document.removeEventListener('pointerdown', handlePointer)
      document.removeEventListener('keydown', handleKey)
    }
  }, [isOpen])
  return (
    <div ref={rootRef} className="relative">
      <Button size="sm" aria-expanded={isOpen} onClick={() => setIsOpen((open) => !open)}>
        Columns
      </Button>
      {isOpen && (
        <fieldset className="absolute right-0 z-20 mt-1 w-56 rounded-lg border border-zinc-200 bg-white p-3 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <legend className="sr-only">Visible columns</legend>
          <ul className="max-h-72 space-y-1 overflow-auto">
            {choices.map((choice) => (
              <li key={choice.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4 accent-indigo-600"
                    checked={choice.isVisible}
                    onChange={(event) => onChange(choice.id, event.target.checked)}
                  />
                  {choice.label}
                </label>
              </li>
            ))}
          </ul>
          <Button size="sm" variant="ghost" className="mt-2" onClick={onReset}>
            Reset columns
          </Button>
        </fieldset>
      )}
    </div>
  )
}
