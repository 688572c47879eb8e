import { useId, useState, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import {
  CHANNELS,
  explainQuery,
  ORDERINGS,
  parsePastedIds,
  validateSelection,
  type ChildrenSelectionEntry,
  type SearchSelectionEntry,
  type TitleOf,
} from '@/lib/selection/selection-model'
import { FilterEditor } from './filter-editor'
import { RecordPicker } from './record-picker'
import type { SelectionSchema } from './use-selection-schema'

const FIELD =
  'mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900'

function FormFrame({
  title,
  children,
  problems,
  onSave,
  saveLabel,
  onCancel,
}: {
  title: string
  children: ReactNode
  problems: string[]
  onSave?: () => void
  saveLabel?: string
  onCancel: () => void
}) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-indigo-200 bg-indigo-50/40 p-4 dark:border-indigo-900 dark:bg-indigo-950/20">
      <legend className="px-1 text-sm font-semibold">{title}</legend>
      {children}
      {problems.length > 0 && (
        <ul className="space-y-1 text-sm text-red-700 dark:text-red-300">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="flex gap-2">
        {onSave && (
          <Button variant="primary" size="sm" disabled={problems.length > 0} onClick={onSave}>
            {saveLabel}
          </Button>
        )}
        <Button size="sm" onClick={onCancel}>
          {onSave ? 'Cancel' : 'Done'}
        </Button>
      </div>
    </fieldset>
  )
}

/** The records an entry leaves out, each with a way to take it back. */
export function ExclusionsEditor({
  exclude,
  titleOf,
  onChange,
}: {
  exclude: readonly string[]
  titleOf: TitleOf
  onChange: (next: string[]) => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const add = () => {
    const ids = parsePastedIds(text).filter((gid) => !exclude.includes(gid))
    if (ids.length > 0) onChange([...exclude, ...ids])
    setText('')
  }
  return (
    <div>
      <p className="text-sm font-medium">Exclusions</p>
      {exclude.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          None. Exclude records here by id, or with “Exclude” in the preview.
        </p>
      ) : (
        <ul aria-label="Excluded records" className="mt-1 flex flex-wrap gap-2">
          {exclude.map((gid) => (
            <li
              key={gid}
              className="inline-flex items-center gap-1 rounded-full bg-zinc-100 py-0.5 pr-1 pl-2.5 text-xs dark:bg-zinc-800"
            >
              {titleOf(gid) ?? gid}
              <button
                type="button"
                aria-label={`Include ‘${titleOf(gid) ?? gid}’ again`}
                className="rounded-full px-1.5 hover:bg-zinc-200 dark:hover:bg-zinc-700"
                onClick={() => onChange(exclude.filter((other) => other !== gid))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-2 flex items-end gap-2">
        <div className="flex-1">
          <label htmlFor={id} className="block text-xs text-zinc-600 dark:text-zinc-400">
            Exclude record ids
          </label>
          <input
            id={id}
            className={FIELD}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault()
                add()
              }
            }}
          />
        </div>
        <Button size="sm" disabled={text.trim() === ''} onClick={add}>
          Exclude
        </Button>
      </div>
    </div>
  )
}

/** Picks records by search or by pasted ids; each becomes a gid entry. */
export function RecordsEntryForm({
  schema,
  isChosen,
  onAdd,
  onDone,
}: {
  schema: SelectionSchema
  isChosen: (gid: string) => boolean
  onAdd: (ids: string[]) => void
  onDone: () => void
}) {
  const pasteId = useId()
  const [pasted, setPasted] = useState('')
  const ids = parsePastedIds(pasted)
  return (
    <FormFrame title="Add records" problems={[]} onCancel={onDone}>
      <RecordPicker
        label="Find records"
        actionLabel="Add"
        language={schema.mainLocale}
        schema={schema}
        isChosen={isChosen}
        onPick={(record) => onAdd([record.gid])}
      />
      <div>
        <label htmlFor={pasteId} className="block text-sm font-medium">
          Paste record ids
        </label>
        <textarea
          id={pasteId}
          rows={3}
          value={pasted}
          placeholder="One per line, or separated by commas or spaces"
          onChange={(event) => setPasted(event.target.value)}
          className="mt-1 block w-full rounded-md border border-zinc-300 bg-white p-2 font-mono text-sm dark:border-zinc-700 dark:bg-zinc-900"
        />
        <Button
          size="sm"
          className="mt-2"
          disabled={ids.length === 0}
          onClick={() => {
            onAdd(ids)
            setPasted('')
          }}
        >
          Add {ids.length} pasted {ids.length === 1 ? 'id' : 'ids'}
        </Button>
      </div>
    </FormFrame>
  )
}

export function ChildrenEntryForm({
  initial,
  schema,
  titleOf,
  onSave,
  onCancel,
}: {
  initial?: ChildrenSelectionEntry
  schema: SelectionSchema
  titleOf: TitleOf
  onSave: (entry: ChildrenSelectionEntry) => void
  onCancel: () => void
}) {
  const channelId = useId()
  const orderingId = useId()
  const [draft, setDraft] = useState<ChildrenSelectionEntry>(
    initial ?? { children: '', channel: '__all__', ordering: '__default__' },
  )
  const [parentTitle, setParentTitle] = useState<string | undefined>()
  const titles: TitleOf = (gid) =>
    (gid === draft.children ? parentTitle : undefined) ?? titleOf(gid)
  const problems =
    draft.children === ''
      ? ['Choose the parent record.']
      : validateSelection([draft]).map((problem) => problem.message)
  return (
    <FormFrame
      title={initial ? 'Edit children entry' : 'Add children'}
      problems={problems}
      saveLabel={initial ? 'Save entry' : 'Add this entry'}
      onSave={() => onSave(compact(draft))}
      onCancel={onCancel}
    >
      <div>
        <p className="text-sm font-medium">Parent</p>
        <p className="text-sm" aria-live="polite">
          {draft.children
            ? `‘${titles(draft.children) ?? draft.children}’ (${draft.children})`
            : 'None chosen yet.'}
        </p>
      </div>
      <RecordPicker
        label="Find the parent record"
        actionLabel="Choose"
        language={schema.mainLocale}
        schema={schema}
        isChosen={(gid) => gid === draft.children}
        onPick={(record) => {
          setParentTitle(record.title)
          setDraft({ ...draft, children: record.gid })
        }}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={channelId} className="block text-sm font-medium">
            Channel
          </label>
          <select
            id={channelId}
            className={FIELD}
            value={draft.channel ?? '__all__'}
            onChange={(event) => setDraft({ ...draft, channel: event.target.value })}
          >
            {CHANNELS.map((channel) => (
              <option key={channel.key} value={channel.key}>
                {channel.label}
              </option>
            ))}
          </select>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            Each channel arranges pages in its own hierarchy; the content tree is the one every tree
            model has.
          </p>
        </div>
        <div>
          <label htmlFor={orderingId} className="block text-sm font-medium">
            Ordering
          </label>
          <select
            id={orderingId}
            className={FIELD}
            value={draft.ordering ?? '__default__'}
            onChange={(event) => setDraft({ ...draft, ordering: event.target.value })}
          >
            {ORDERINGS.map((ordering) => (
              <option key={ordering.key} value={ordering.key}>
                {ordering.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ExclusionsEditor
        exclude={draft.exclude ?? []}
        titleOf={titles}
        onChange={(exclude) => setDraft({ ...draft, exclude })}
      />
    </FormFrame>
  )
}

function compact<T extends { exclude?: string[] }>(entry: T): T {
  if (entry.exclude && entry.exclude.length === 0) {
    const { exclude: _empty, ...rest } = entry
    return rest as T
  }
  return entry
}

function QueryHelp({ q }: { q: string }) {
  const { required, forbidden, anyOf } = explainQuery(q)
  const list = (terms: string[]) => terms.map((term) => `“${term}”`).join(', ')
  const lines = [
    required.length ? `must contain ${list(required)}` : undefined,
    forbidden.length ? `must not contain ${list(forbidden)}` : undefined,
    anyOf.length
      ? required.length
        ? `${list(anyOf)} may appear (they do not narrow the search when a + term is given)`
        : `contain at least one of ${list(anyOf)}`
      : undefined,
  ].filter(Boolean)
  return (
    <div className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
      <p>
        Put <kbd className="font-mono font-semibold">+</kbd> before a word that must occur and{' '}
        <kbd className="font-mono font-semibold">-</kbd> before a word that must not; plain words
        need at least one hit when there is no + word. Words match whole words, ignoring case and
        accents.
      </p>
      {lines.length > 0 && (
        <p aria-live="polite" className="mt-1 font-medium text-zinc-800 dark:text-zinc-200">
          Records {lines.join('; ')}.
        </p>
      )}
    </div>
  )
}

export function SearchEntryForm({
  initial,
  schema,
  titleOf,
  onSave,
  onCancel,
}: {
  initial?: SearchSelectionEntry
  schema: SelectionSchema
  titleOf: TitleOf
  onSave: (entry: SearchSelectionEntry) => void
  onCancel: () => void
}) {
  const languageId = useId()
  const queryId = useId()
  const [draft, setDraft] = useState<SearchSelectionEntry>(
    initial ?? { search: { language: schema.mainLocale, q: '' } },
  )
  const { search } = draft
  const cleaned = (): SearchSelectionEntry => {
    const { q, filter, language } = search
    return compact({
      ...draft,
      search: {
        language,
        ...(q && q.trim() !== '' ? { q: q.trim() } : {}),
        ...(filter ? { filter } : {}),
      },
    })
  }
  const problems = validateSelection([cleaned()], {
    locales: schema.locales,
    fieldTypeOf: schema.fieldTypeOf,
  }).map((problem) => problem.message)
  return (
    <FormFrame
      title={initial ? 'Edit search' : 'Add search'}
      problems={problems}
      saveLabel={initial ? 'Save entry' : 'Add this entry'}
      onSave={() => onSave(cleaned())}
      onCancel={onCancel}
    >
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <div>
          <label htmlFor={languageId} className="block text-sm font-medium">
            Language
          </label>
          <select
            id={languageId}
            className={FIELD}
            value={search.language}
            onChange={(event) =>
              setDraft({ ...draft, search: { ...search, language: event.target.value } })
            }
          >
            {schema.locales.map((locale) => (
              <option key={locale} value={locale}>
                {locale}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={queryId} className="block text-sm font-medium">
            Search terms
          </label>
          <input
            id={queryId}
            className={FIELD}
            value={search.q ?? ''}
            placeholder="+cms -draft news"
            aria-describedby={`${queryId}-help`}
            onChange={(event) =>
              setDraft({ ...draft, search: { ...search, q: event.target.value } })
            }
          />
          <div id={`${queryId}-help`}>
            <QueryHelp q={search.q ?? ''} />
          </div>
        </div>
      </div>
      <div>
        <p className="mb-1 text-sm font-medium">Filter</p>
        <FilterEditor
          filter={search.filter}
          schema={schema}
          onChange={(filter) => {
            const { filter: _old, ...rest } = search
            setDraft({ ...draft, search: filter ? { ...rest, filter } : rest })
          }}
        />
      </div>
      <ExclusionsEditor
        exclude={draft.exclude ?? []}
        titleOf={titleOf}
        onChange={(exclude) => setDraft({ ...draft, exclude })}
      />
    </FormFrame>
  )
}
