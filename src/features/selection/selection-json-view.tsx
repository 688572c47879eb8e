import { useEffect, useId, useRef } from 'react'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import {
  parseSelectionJson,
  selectionToJson,
  type Selection,
  type SelectionSchemaHints,
} from '@/lib/selection/selection-model'

/** Valid edits reach the selection after the editor pauses typing this long. */
const COMMIT_DELAY_MS = 400

/**
 * The exact `selection` the server receives, editable. The text is the editor's: it is checked
 * as they type, problems point at the entry, and invalid text is never replaced or dropped.
 */
export function SelectionJsonView({
  selection,
  text,
  hints,
  entryError,
  onTextChange,
  onCommit,
}: {
  selection: Selection
  /** The editor's text, or undefined to show the current selection. */
  text: string | undefined
  hints: SelectionSchemaHints
  /** The server's verdict (1006) on the committed selection. */
  entryError: { entry?: number; reason: string } | undefined
  onTextChange: (text: string | undefined) => void
  onCommit: (selection: Selection) => void
}) {
  const id = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const current = selectionToJson(selection)
  const shown = text ?? current
  const parsed = parseSelectionJson(shown, hints)
  const isDirty =
    text !== undefined &&
    parsed.selection !== undefined &&
    JSON.stringify(parsed.selection) !== JSON.stringify(selection)

  const latest = useRef({ hints, onCommit })
  useEffect(() => {
    latest.current = { hints, onCommit }
  })
  useEffect(() => {
    if (!isDirty || text === undefined) return
    const next = parseSelectionJson(text, latest.current.hints).selection
    if (!next) return
    const timer = setTimeout(() => latest.current.onCommit(next), COMMIT_DELAY_MS)
    return () => clearTimeout(timer)
  }, [isDirty, text])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shown)
      notify('success', 'Selection JSON copied')
    } catch {
      notify('error', 'The browser did not allow copying; select the text and copy it instead.')
    }
  }
  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([current], { type: 'application/json' }))
    const link = document.createElement('a')
    link.href = url
    link.download = 'selection.json'
    link.click()
    URL.revokeObjectURL(url)
  }
  const importFile = async (file: File | undefined) => {
    if (!file) return
    onTextChange(await file.text())
  }

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button size="sm" onClick={() => void copy()}>
          Copy JSON
        </Button>
        <Button size="sm" onClick={() => fileRef.current?.click()}>
          Import JSON…
        </Button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          aria-label="Import a selection file"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => void importFile(event.target.files?.[0])}
        />
        <Button size="sm" onClick={exportFile} disabled={parsed.selection === undefined}>
          Export JSON
        </Button>
        {text !== undefined && parsed.selection === undefined && (
          <Button size="sm" variant="ghost" onClick={() => onTextChange(undefined)}>
            Discard my edits
          </Button>
        )}
      </div>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          Selection JSON
        </label>
        <textarea
          id={id}
          spellCheck={false}
          rows={Math.min(24, Math.max(8, shown.split('\n').length + 1))}
          value={shown}
          aria-invalid={parsed.problems.length > 0 || undefined}
          aria-describedby={`${id}-status`}
          onChange={(event) => onTextChange(event.target.value)}
          className={`mt-1 block w-full rounded-md border bg-white p-3 font-mono text-xs leading-5 dark:bg-zinc-900 ${
            parsed.problems.length > 0
              ? 'border-red-500 dark:border-red-400'
              : 'border-zinc-300 dark:border-zinc-700'
          }`}
        />
      </div>
      <div id={`${id}-status`} aria-live="polite">
        {parsed.problems.length > 0 ? (
          <ul className="space-y-1 text-sm text-red-700 dark:text-red-300">
            {parsed.problems.map((problem, index) => (
              <li key={index}>
                {problem.entry !== undefined ? `Entry ${problem.entry + 1}: ` : ''}
                {problem.message}
              </li>
            ))}
            <li className="text-zinc-700 dark:text-zinc-300">
              Your text is kept as it is; the preview shows the last valid selection.
            </li>
          </ul>
        ) : entryError ? (
          <p className="text-sm text-red-700 dark:text-red-300">
            The server refused{' '}
            {entryError.entry !== undefined ? `entry ${entryError.entry + 1}` : 'the selection'}:{' '}
            {entryError.reason}
          </p>
        ) : (
          <p className="text-sm text-emerald-800 dark:text-emerald-300">
            Valid selection: {parsed.selection?.length ?? 0}{' '}
            {parsed.selection?.length === 1 ? 'entry' : 'entries'}
            {isDirty ? ', applying…' : '.'}
          </p>
        )}
      </div>
    </div>
  )
}
