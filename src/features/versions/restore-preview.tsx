import { useMemo } from 'react'
import type { RecordVersion } from '@/api/version-queries'
import { diffVersions } from '@/lib/version-diff'
import { DiffTable } from './diff-view'
import { useLinkLabels } from './use-link-labels'
import type { RecordContext } from './use-record-context'

/** What a restore changes, and the record as it will be. Loaded on demand with the diff. */
export function RestorePreview({
  context,
  version,
  versionLabel,
}: {
  context: RecordContext
  version: RecordVersion
  versionLabel: string
}) {
  const diffs = useMemo(
    () =>
      diffVersions(context.diffFields, context.record.attributes, version.attributes, {
        locales: context.locales,
      }),
    [context, version],
  )
  const linkLabel = useLinkLabels(diffs, context.locales)
  const changed = diffs.filter((diff) => diff.isChanged).length
  return (
    <div className="space-y-5">
      <section aria-labelledby="restore-changes">
        <h3 id="restore-changes" className="mb-2 font-semibold text-zinc-900 dark:text-zinc-100">
          What changes ({changed} {changed === 1 ? 'field' : 'fields'})
        </h3>
        <DiffTable
          diffs={diffs}
          leftLabel="Now"
          rightLabel="After the restore"
          isChangedOnly
          linkLabel={linkLabel}
          caption={`What restoring ${versionLabel.toLowerCase()} changes`}
        />
      </section>
      <details className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
        <summary className="cursor-pointer font-semibold text-zinc-900 dark:text-zinc-100">
          The record after the restore
        </summary>
        <div className="mt-3">
          <DiffTable
            diffs={diffs}
            leftLabel="Now"
            rightLabel="After the restore"
            isChangedOnly={false}
            linkLabel={linkLabel}
            caption="Every field after the restore"
          />
        </div>
      </details>
    </div>
  )
}
