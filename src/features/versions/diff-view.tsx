import type { ReactNode } from 'react'
import { formatExactTime } from '@/lib/relative-time'
import type {
  FieldDiff,
  LocaleDiff,
  StructureEntry,
  TextPart,
  ValueChange,
} from '@/lib/version-diff'

export interface DiffTableProps {
  diffs: FieldDiff[]
  leftLabel: string
  rightLabel: string
  isChangedOnly: boolean
  /** A linked record's title, when known. */
  linkLabel?: (id: string) => string | undefined
  caption: string
}

/** Two states of a record side by side, field by field and locale by locale. */
export function DiffTable({
  diffs,
  leftLabel,
  rightLabel,
  isChangedOnly,
  linkLabel = () => undefined,
  caption,
}: DiffTableProps) {
  const shown = isChangedOnly ? diffs.filter((diff) => diff.isChanged) : diffs
  if (shown.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        No field differs between these two.
      </p>
    )
  }
  return (
    <table className="w-full table-fixed border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <colgroup>
        <col className="w-40" />
        <col />
        <col />
      </colgroup>
      <thead className="border-b border-zinc-200 text-xs text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">
            Field
          </th>
          <th scope="col" className="py-2 pr-3 font-medium normal-case">
            {leftLabel}
          </th>
          <th scope="col" className="py-2 font-medium normal-case">
            {rightLabel}
          </th>
        </tr>
      </thead>
      {shown.map((diff) => {
        const locales =
          isChangedOnly && diff.field.localized
            ? diff.locales.filter((entry) => entry.isChanged)
            : diff.locales
        return (
          <tbody key={diff.field.apiKey} className="border-b border-zinc-200 dark:border-zinc-800">
            {locales.map((entry) => (
              <tr key={entry.locale ?? '-'} className="align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {diff.field.label}
                  {entry.locale && ' '}
                  {entry.locale && (
                    <span className="ml-1.5 rounded bg-zinc-100 px-1 font-mono text-xs font-normal text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300">
                      {entry.locale.toUpperCase()}
                    </span>
                  )}
                  {entry.isChanged && (
                    <span className="mt-0.5 block text-xs font-normal text-amber-800 dark:text-amber-300">
                      {' '}
                      (changed)
                    </span>
                  )}
                </th>
                <DiffCells entry={entry} fieldType={diff.field.fieldType} linkLabel={linkLabel} />
              </tr>
            ))}
          </tbody>
        )
      })}
    </table>
  )
}

const cellClass = 'py-2 pr-3 break-words whitespace-pre-wrap'

function DiffCells({
  entry,
  fieldType,
  linkLabel,
}: {
  entry: LocaleDiff
  fieldType: string
  linkLabel: (id: string) => string | undefined
}) {
  if (!entry.change) {
    const plain = <Value value={entry.before} fieldType={fieldType} linkLabel={linkLabel} />
    return (
      <>
        <td className={`${cellClass} text-zinc-700 dark:text-zinc-300`}>{plain}</td>
        <td className={`${cellClass} text-zinc-700 dark:text-zinc-300`}>{plain}</td>
      </>
    )
  }
  const [left, right] = sides(entry.change, fieldType, linkLabel)
  return (
    <>
      <td className={`${cellClass} bg-red-50/40 dark:bg-red-950/20`}>{left}</td>
      <td className={`${cellClass} bg-emerald-50/40 dark:bg-emerald-950/20`}>{right}</td>
    </>
  )
}

function sides(
  change: ValueChange,
  fieldType: string,
  linkLabel: (id: string) => string | undefined,
): [ReactNode, ReactNode] {
  switch (change.kind) {
    case 'text':
      return [
        <TextSide parts={change.parts} side="removed" />,
        <TextSide parts={change.parts} side="added" />,
      ]
    case 'scalar':
      return [
        <Removed>
          <Value value={change.before} fieldType={fieldType} linkLabel={linkLabel} />
        </Removed>,
        <Added>
          <Value value={change.after} fieldType={fieldType} linkLabel={linkLabel} />
        </Added>,
      ]
    case 'link':
      return [
        <Removed>
          {change.before ? <LinkName id={change.before} linkLabel={linkLabel} /> : <Empty />}
        </Removed>,
        <Added>
          {change.after ? <LinkName id={change.after} linkLabel={linkLabel} /> : <Empty />}
        </Added>,
      ]
    case 'links':
      return [
        <LinkList
          ids={change.before}
          marked={change.removed}
          mark="removed"
          linkLabel={linkLabel}
        />,
        <>
          <LinkList ids={change.after} marked={change.added} mark="added" linkLabel={linkLabel} />
          {change.isReordered && (
            <p className="mt-1 text-xs text-amber-800 dark:text-amber-300">Order changed</p>
          )}
        </>,
      ]
    case 'structure':
      return [
        <StructureSide entries={change.entries} side="before" />,
        <StructureSide entries={change.entries} side="after" />,
      ]
  }
}

function TextSide({ parts, side }: { parts: TextPart[]; side: 'added' | 'removed' }) {
  const visible = parts.filter((part) => part.kind === 'same' || part.kind === side)
  if (visible.every((part) => part.text === '')) return <Empty />
  return (
    <>
      {visible.map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : side === 'removed' ? (
          <Removed key={index}>{part.text}</Removed>
        ) : (
          <Added key={index}>{part.text}</Added>
        ),
      )}
    </>
  )
}

function StructureSide({ entries, side }: { entries: StructureEntry[]; side: 'before' | 'after' }) {
  return (
    <ul className="space-y-1">
      {entries.map((entry) => {
        const value = side === 'before' ? entry.before : entry.after
        const isMissing =
          (side === 'before' && entry.kind === 'added') ||
          (side === 'after' && entry.kind === 'removed')
        const Mark = side === 'before' ? Removed : Added
        return (
          <li key={entry.path || '(value)'}>
            {entry.path && (
              <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">
                {entry.path}:{' '}
              </span>
            )}
            {isMissing ? (
              <Empty label="not set" />
            ) : entry.parts ? (
              <TextSide parts={entry.parts} side={side === 'before' ? 'removed' : 'added'} />
            ) : (
              <Mark>
                <code className="font-mono text-xs">{JSON.stringify(value)}</code>
              </Mark>
            )}
          </li>
        )
      })}
    </ul>
  )
}

function LinkList({
  ids,
  marked,
  mark,
  linkLabel,
}: {
  ids: string[]
  marked: string[]
  mark: 'added' | 'removed'
  linkLabel: (id: string) => string | undefined
}) {
  if (ids.length === 0) return <Empty label="no links" />
  const Mark = mark === 'added' ? Added : Removed
  return (
    <ul className="space-y-0.5">
      {ids.map((id) => (
        <li key={id}>
          {marked.includes(id) ? (
            <Mark>
              <LinkName id={id} linkLabel={linkLabel} />
            </Mark>
          ) : (
            <LinkName id={id} linkLabel={linkLabel} />
          )}
        </li>
      ))}
    </ul>
  )
}

function LinkName({
  id,
  linkLabel,
}: {
  id: string
  linkLabel: (id: string) => string | undefined
}) {
  const label = linkLabel(id)
  return label ? (
    <span>
      {label} <span className="font-mono text-xs text-zinc-600 dark:text-zinc-400">#{id}</span>
    </span>
  ) : (
    <span className="font-mono text-xs">record #{id}</span>
  )
}

function Value({
  value,
  fieldType,
  linkLabel,
}: {
  value: unknown
  fieldType: string
  linkLabel: (id: string) => string | undefined
}) {
  if (value === null || value === undefined || value === '') return <Empty />
  if (fieldType === 'link' && typeof value === 'string')
    return <LinkName id={value} linkLabel={linkLabel} />
  if (fieldType === 'links' && Array.isArray(value))
    return <LinkList ids={value.map(String)} marked={[]} mark="added" linkLabel={linkLabel} />
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>
  if (typeof value === 'number') return <>{new Intl.NumberFormat().format(value)}</>
  if (fieldType === 'date_time' && typeof value === 'string') return <>{formatExactTime(value)}</>
  if (typeof value === 'string') return <>{value}</>
  return <code className="font-mono text-xs">{JSON.stringify(value, null, 1)}</code>
}

function Empty({ label = 'empty' }: { label?: string }) {
  return <span className="text-zinc-500 italic dark:text-zinc-400">({label})</span>
}

function Removed({ children }: { children: ReactNode }) {
  return (
    <del className="rounded-sm bg-red-100 text-red-900 decoration-red-700/60 dark:bg-red-900/50 dark:text-red-100 dark:decoration-red-300/60">
      {children}
    </del>
  )
}

function Added({ children }: { children: ReactNode }) {
  return (
    <ins className="rounded-sm bg-emerald-100 text-emerald-900 no-underline dark:bg-emerald-900/50 dark:text-emerald-100">
      {children}
    </ins>
  )
}
