import { useId, useState } from 'react'
import { activeConnectionScope } from '@/api/connection/active-connection'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import { TimeAgo } from '@/components/ui/time-ago'
import {
  deleteSavedSelection,
  loadSavedSelections,
  saveSelection,
  type SavedSelection,
} from '@/lib/selection/saved-selections'
import { describeSelection } from '@/lib/selection/selection-model'
import { selectionBuilderPath, type Selection } from '@/lib/selection-url'

/** The link to this selection, under the deploy base path. */
function shareableLink(selection: Selection): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  return `${window.location.origin}${base}${selectionBuilderPath(selection)}`
}

/** Named selections kept in this browser, and the shareable link. */
export function SavedSelectionsPanel({
  selection,
  onOpen,
}: {
  selection: Selection
  onOpen: (selection: Selection) => void
}) {
  const nameId = useId()
  const scope = activeConnectionScope()
  const [saved, setSaved] = useState<SavedSelection[]>(() => loadSavedSelections(scope))
  const [name, setName] = useState('')
  const save = () => {
    setSaved(saveSelection(scope, name, selection))
    notify('success', `Saved as ‘${name.trim()}’`)
    setName('')
  }
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(shareableLink(selection))
      notify('success', 'Link copied: it opens this selection in the builder')
    } catch {
      notify('error', 'The browser did not allow copying; copy the address bar instead.')
    }
  }
  return (
    <section aria-labelledby={`${nameId}-title`} className="space-y-3">
      <h2 id={`${nameId}-title`} className="text-sm font-semibold">
        Saved selections
      </h2>
      <div className="flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor={nameId} className="block text-xs text-zinc-600 dark:text-zinc-400">
            Name
          </label>
          <input
            id={nameId}
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && name.trim() && selection.length > 0) save()
            }}
            className="mt-1 block h-8 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          />
        </div>
        <Button size="sm" disabled={!name.trim() || selection.length === 0} onClick={save}>
          Save selection
        </Button>
        <Button size="sm" disabled={selection.length === 0} onClick={() => void copyLink()}>
          Copy link
        </Button>
      </div>
      {saved.length === 0 ? (
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          None yet. Saved selections stay in this browser, for this connection.
        </p>
      ) : (
        <ul
          aria-label="Saved selections"
          className="divide-y divide-zinc-100 text-sm dark:divide-zinc-800"
        >
          {saved.map((entry) => (
            <li key={entry.name} className="flex items-center gap-2 py-1.5">
              <span className="min-w-0 flex-1">
                <span className="font-medium">{entry.name}</span>
                <span className="block truncate text-xs text-zinc-600 dark:text-zinc-400">
                  {describeSelection(entry.selection)} · saved <TimeAgo value={entry.savedAt} />
                </span>
              </span>
              <Button
                size="sm"
                aria-label={`Open ‘${entry.name}’`}
                onClick={() => onOpen(entry.selection)}
              >
                Open
              </Button>
              <Button
                size="sm"
                variant="ghost"
                aria-label={`Delete saved ‘${entry.name}’`}
                onClick={() => setSaved(deleteSavedSelection(scope, entry.name))}
              >
                Delete
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
