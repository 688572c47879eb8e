import { useState } from 'react'
import type { EntryCountsResult } from '@/api/selection-queries'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { formatCount } from '@/lib/format-count'
import { addedByEntry } from '@/lib/selection/preview-attribution'
import {
  addEntry,
  addRecords,
  describeEntry,
  entryKind,
  moveEntry,
  removeEntry,
  replaceEntry,
  type Selection,
  type SelectionProblem,
  type TitleOf,
} from '@/lib/selection/selection-model'
import { ChildrenEntryForm, RecordsEntryForm, SearchEntryForm } from './entry-forms'
import type { SelectionSchema } from './use-selection-schema'

type Editing =
  | { mode: 'add'; kind: 'records' | 'children' | 'search' }
  | { mode: 'edit'; index: number }
  | undefined

const KIND_LABELS = { records: 'Record', children: 'Children', search: 'Search' } as const
const KIND_TONES = { records: 'neutral', children: 'info', search: 'success' } as const

/**
 * The entries of a selection: add records, children or a search; reorder, edit and remove
 * them. Problems (ours or the server's 1006) appear on the entry they concern.
 */
export function SelectionBuilder({
  selection,
  schema,
  titleOf,
  counts,
  problems,
  onChange,
}: {
  selection: Selection
  schema: SelectionSchema
  titleOf: TitleOf
  counts: EntryCountsResult | undefined
  problems: SelectionProblem[]
  onChange: (next: Selection) => void
}) {
  const [editing, setEditing] = useState<Editing>()
  const added = counts ? addedByEntry(counts.steps) : undefined
  const describe = (index: number) =>
    describeEntry(
      selection[index] as Selection[number],
      titleOf,
      schema.fieldTypeOf,
      schema.modelName,
    )
  const gids = new Set(selection.filter((entry) => typeof entry === 'string'))

  const form = (index?: number) => {
    const entry = index === undefined ? undefined : selection[index]
    const kind =
      editing?.mode === 'add' ? editing.kind : entry !== undefined ? entryKind(entry) : 'records'
    const save = (next: Selection[number]) => {
      onChange(
        index === undefined ? addEntry(selection, next) : replaceEntry(selection, index, next),
      )
      setEditing(undefined)
    }
    if (kind === 'records')
      return (
        <RecordsEntryForm
          schema={schema}
          isChosen={(gid) => gids.has(gid)}
          onAdd={(ids) => onChange(addRecords(selection, ids))}
          onDone={() => setEditing(undefined)}
        />
      )
    if (kind === 'children')
      return (
        <ChildrenEntryForm
          initial={
            entry !== undefined && typeof entry !== 'string' && 'children' in entry
              ? entry
              : undefined
          }
          schema={schema}
          titleOf={titleOf}
          onSave={save}
          onCancel={() => setEditing(undefined)}
        />
      )
    return (
      <SearchEntryForm
        initial={
          entry !== undefined && typeof entry !== 'string' && 'search' in entry ? entry : undefined
        }
        schema={schema}
        titleOf={titleOf}
        onSave={save}
        onCancel={() => setEditing(undefined)}
      />
    )
  }

  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Entries are <strong>united</strong>: a record matched by several entries is counted, and
        acted on, once. Order matters only for the preview&apos;s order.
      </p>
      {problems.some((problem) => problem.entry === undefined) && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problems.find((problem) => problem.entry === undefined)?.message}
        </p>
      )}
      {selection.length === 0 ? (
        <p className="rounded-lg border border-dashed border-zinc-300 p-4 text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
          No entries yet. Start with records you know, the children of a page, or a search.
        </p>
      ) : (
        <ol aria-label="Entries" className="space-y-2">
          {selection.map((entry, index) => {
            const kind = entryKind(entry)
            const own = counts?.ownTotals[index]
            const adds = added?.get(index)
            const entryProblems = problems.filter((problem) => problem.entry === index)
            const name = `entry ${index + 1}`
            if (editing?.mode === 'edit' && editing.index === index)
              return <li key={index}>{form(index)}</li>
            return (
              <li
                key={index}
                aria-invalid={entryProblems.length > 0 || undefined}
                className={`rounded-lg border p-3 ${
                  entryProblems.length > 0
                    ? 'border-red-400 bg-red-50/60 dark:border-red-700 dark:bg-red-950/30'
                    : 'border-zinc-200 dark:border-zinc-800'
                }`}
              >
                <div className="flex flex-wrap items-start gap-2">
                  <span className="mt-0.5 text-xs font-semibold text-zinc-500 tabular-nums dark:text-zinc-400">
                    {index + 1}
                  </span>
                  <Badge tone={KIND_TONES[kind]}>{KIND_LABELS[kind]}</Badge>
                  <p className="min-w-0 flex-1 text-sm break-words">{describe(index)}</p>
                  <div className="flex gap-1">
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Move ${name} up`}
                      disabled={index === 0}
                      onClick={() => onChange(moveEntry(selection, index, index - 1))}
                    >
                      ↑
                    </Button>
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Move ${name} down`}
                      disabled={index === selection.length - 1}
                      onClick={() => onChange(moveEntry(selection, index, index + 1))}
                    >
                      ↓
                    </Button>
                    {kind !== 'records' && (
                      <Button
                        size="sm"
                        variant="ghost"
                        aria-label={`Edit ${name}`}
                        onClick={() => setEditing({ mode: 'edit', index })}
                      >
                        Edit
                      </Button>
                    )}
                    <Button
                      size="sm"
                      variant="ghost"
                      aria-label={`Remove ${name}`}
                      onClick={() => onChange(removeEntry(selection, index))}
                    >
                      Remove
                    </Button>
                  </div>
                </div>
                {kind !== 'records' && own !== undefined && (
                  <p className="mt-1 pl-5 text-xs text-zinc-600 dark:text-zinc-400">
                    Matches {formatCount(own)}
                    {adds !== undefined &&
                      (adds === own
                        ? ', all new'
                        : `; adds ${formatCount(adds)} not already counted above`)}
                  </p>
                )}
                {entryProblems.map((problem) => (
                  <p
                    key={problem.message}
                    className="mt-1 pl-5 text-sm font-medium text-red-700 dark:text-red-300"
                  >
                    {problem.message}
                  </p>
                ))}
              </li>
            )
          })}
        </ol>
      )}
      {editing?.mode === 'add' ? (
        form()
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button onClick={() => setEditing({ mode: 'add', kind: 'records' })}>Add records</Button>
          <Button onClick={() => setEditing({ mode: 'add', kind: 'children' })}>
            Add children
          </Button>
          <Button onClick={() => setEditing({ mode: 'add', kind: 'search' })}>Add search</Button>
        </div>
      )}
    </div>
  )
}
