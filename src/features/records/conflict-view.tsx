import type { Field } from '@/api/model-queries'
import type { CmaRecord } from '@/api/record-queries'
import { Button } from '@/components/ui/button'
import { TimeAgo } from '@/components/ui/time-ago'
import { formatValue, sameValue } from '@/lib/field-values'

export interface ConflictRow {
  field: Field
  locale: string | undefined
  mine: unknown
  theirs: unknown
  /** What both started from. */
  base: unknown
}

/**
 * Someone saved a newer version while the editor was typing. Both versions side by side, per
 * field; nothing of the editor's is dropped unless they choose to.
 */
export function ConflictView({
  rows,
  theirs,
  onReapply,
  onDiscard,
}: {
  rows: readonly ConflictRow[]
  theirs: CmaRecord
  onReapply: () => void
  onDiscard: () => void
}) {
  return (
    <section
      aria-labelledby="conflict-title"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-50"
    >
      <h2 id="conflict-title" className="text-base font-semibold">
        Someone saved a newer version while you were editing
      </h2>
      <p className="mt-1 text-sm">
        The newest version was saved <TimeAgo value={theirs.meta.updated_at} />. Your changes are
        kept below. Reapply them on the newest version, check the result, then save.
      </p>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full table-fixed border-collapse text-left text-sm">
          <caption className="sr-only">Your changes next to the newest version</caption>
          <thead>
            <tr className="border-b border-amber-300 dark:border-amber-800">
              <th scope="col" className="w-48 py-1.5 pr-3 font-medium">
                Field
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Your version
              </th>
              <th scope="col" className="py-1.5 pr-3 font-medium">
                Newest saved version
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const type = row.field.attributes.field_type
              const theyChanged = !sameValue(row.theirs, row.base)
              return (
                <tr
                  key={`${row.field.id}:${row.locale ?? ''}`}
                  className="border-b border-amber-200 align-top last:border-b-0 dark:border-amber-900"
                >
                  <th scope="row" className="py-1.5 pr-3 font-medium">
                    {row.field.attributes.label}
                    {row.locale && (
                      <span className="ml-1 text-xs uppercase opacity-80">({row.locale})</span>
                    )}
                  </th>
                  <td className="py-1.5 pr-3 break-words whitespace-pre-wrap">
                    {formatValue(type, row.mine)}
                  </td>
                  <td className="py-1.5 pr-3 break-words whitespace-pre-wrap">
                    {formatValue(type, row.theirs)}
                    {theyChanged && (
                      <span className="ml-1 text-xs font-medium">(changed by them)</span>
                    )}
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="mt-4 flex flex-wrap gap-2">
        <Button variant="primary" onClick={onReapply}>
          Reapply my changes on the newest version
        </Button>
        <Button onClick={onDiscard}>Discard my changes</Button>
      </div>
    </section>
  )
}
