import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { hasServerSelections, selectionQueries } from '@/api/selection-queries'
import { notify } from '@/components/ui/notify'
import {
  entryKind,
  describeSelection,
  excludeRecord,
  namedGids,
  parseSelectionJson,
  validateSelection,
  type Selection,
  type SelectionProblem,
} from '@/lib/selection/selection-model'
import { SavedSelectionsPanel } from './saved-selections-panel'
import { SelectionActions } from './selection-actions'
import { SelectionBuilder } from './selection-builder'
import { SelectionJsonView } from './selection-json-view'
import { SelectionPreview } from './selection-preview'
import { useSelectionOverview } from './use-selection-preview'
import { useSelectionSchema } from './use-selection-schema'

const TAB =
  'rounded-md px-3 py-1.5 text-sm font-medium aria-selected:bg-white aria-selected:shadow-sm dark:aria-selected:bg-zinc-800'

/**
 * The selection builder, its live preview, the JSON view and the bulk actions, around one
 * selection object: what the preview counts is what the confirmation states and the job runs.
 */
export function SelectionWorkspace({
  selection,
  onChange,
  isCompact = false,
  onStarted,
}: {
  selection: Selection
  onChange: (next: Selection) => void
  /** One column (the drawer) instead of two. */
  isCompact?: boolean
  onStarted?: () => void
}) {
  const schema = useSelectionSchema()
  const [tab, setTab] = useState<'entries' | 'json'>('entries')
  const [jsonText, setJsonText] = useState<string | undefined>()
  const language = schema.mainLocale
  const overview = useSelectionOverview(selection, language)
  const gids = namedGids(selection)
  const titles = useQuery(selectionQueries.titles(gids, language))
  const titleOf = (gid: string) => titles.data?.[gid]
  const firstPageLoaded = overview.total !== undefined && !overview.isCounting
  const counts = useQuery({
    ...selectionQueries.entryCounts(selection),
    enabled: hasServerSelections() && selection.length > 0 && firstPageLoaded,
  })
  const hints = { locales: schema.locales, fieldTypeOf: schema.fieldTypeOf }

  /** A change from the builder or the preview; valid JSON edits follow it, invalid ones stay. */
  const change = (next: Selection) => {
    if (jsonText !== undefined && parseSelectionJson(jsonText, hints).selection)
      setJsonText(undefined)
    onChange(next)
  }
  const commitJson = useCallback((next: Selection) => onChange(next), [onChange])

  const problems: SelectionProblem[] = [
    ...validateSelection(selection, hints),
    ...(overview.entryError
      ? [
          {
            ...(overview.entryError.entry !== undefined
              ? { entry: overview.entryError.entry }
              : {}),
            message: `The server refused this: ${overview.entryError.reason}`,
          },
        ]
      : []),
  ]
  const entryLabel = (index: number) => {
    const entry = selection[index]
    const kind =
      entry === undefined
        ? ''
        : { records: 'picked', children: 'children', search: 'search' }[entryKind(entry)]
    return `Entry ${index + 1} · ${kind}`
  }

  const builder = (
    <section aria-label="Selection" className="space-y-4">
      <div
        role="tablist"
        aria-label="Selection views"
        className="inline-flex gap-1 rounded-lg bg-zinc-100 p-1 dark:bg-zinc-900"
      >
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'entries'}
          className={TAB}
          onClick={() => setTab('entries')}
        >
          Entries
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'json'}
          className={TAB}
          onClick={() => setTab('json')}
        >
          JSON
          {jsonText !== undefined && !parseSelectionJson(jsonText, hints).selection
            ? ' (has errors)'
            : ''}
        </button>
      </div>
      <div role="tabpanel" aria-label={tab === 'entries' ? 'Entries' : 'JSON'}>
        {tab === 'entries' ? (
          <SelectionBuilder
            selection={selection}
            schema={schema}
            titleOf={titleOf}
            counts={counts.data}
            problems={problems}
            onChange={change}
          />
        ) : (
          <SelectionJsonView
            selection={selection}
            text={jsonText}
            hints={hints}
            entryError={overview.entryError}
            onTextChange={setJsonText}
            onCommit={commitJson}
          />
        )}
      </div>
      {!isCompact && <SavedSelectionsPanel selection={selection} onOpen={change} />}
    </section>
  )

  const preview = (
    <section aria-label="Preview" className="space-y-4">
      <h2 className="text-base font-semibold">Preview</h2>
      <SelectionActions
        selection={selection}
        overview={overview}
        summary={describeSelection(selection, titleOf)}
        {...(onStarted ? { onStarted } : {})}
      />
      <SelectionPreview
        selection={selection}
        language={language}
        overview={overview}
        schema={schema}
        entryLabel={entryLabel}
        onExclude={(entryIndex, record) => {
          change(excludeRecord(selection, entryIndex, record.gid))
          const wasPicked = typeof selection[entryIndex] === 'string'
          notify(
            'message',
            `‘${record.title}’ ${wasPicked ? 'removed' : `excluded from entry ${entryIndex + 1}`}`,
            {
              action: { label: 'Undo', onClick: () => onChange(selection) },
            },
          )
        }}
      />
    </section>
  )

  return (
    <div
      className={isCompact ? 'space-y-8' : 'grid gap-8 lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]'}
    >
      {builder}
      {preview}
    </div>
  )
}
