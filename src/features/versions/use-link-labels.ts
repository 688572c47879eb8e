import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { modelQueries } from '@/api/model-queries'
import { recordQueries } from '@/api/record-queries'
import { displayText } from '@/lib/record-title'
import type { FieldDiff } from '@/lib/version-diff'

/** The CMA answers at most this many records by id in one page. */
const MAX_IDS = 500

/** Ids of every record a compared link field points to, on either side. */
export function linkedIdsOf(diffs: readonly FieldDiff[] | undefined): string[] {
  const ids = new Set<string>()
  for (const diff of diffs ?? []) {
    if (diff.field.fieldType !== 'link' && diff.field.fieldType !== 'links') continue
    for (const entry of diff.locales) {
      for (const value of [entry.before, entry.after]) {
        if (typeof value === 'string') ids.add(value)
        if (Array.isArray(value)) for (const id of value) if (typeof id === 'string') ids.add(id)
      }
    }
  }
  return [...ids].sort().slice(0, MAX_IDS)
}

/** Linked records' titles (by their model's title field), so links read as names, not ids. */
export function useLinkLabels(
  diffs: readonly FieldDiff[] | undefined,
  locales: readonly string[],
): (id: string) => string | undefined {
  const ids = useMemo(() => linkedIdsOf(diffs), [diffs])
  const records = useQuery(recordQueries.byIds(ids))
  const models = useQuery(modelQueries.list())
  const modelIds = [
    ...new Set((records.data ?? []).map((record) => record.relationships.item_type.data.id)),
  ]
  const fields = useQueries({ queries: modelIds.map((id) => modelQueries.fields(id)) })

  const titles = new Map<string, string>()
  for (const record of records.data ?? []) {
    const modelId = record.relationships.item_type.data.id
    const model = models.data?.find((entry) => entry.id === modelId)
    const titleFieldId = model?.relationships.title_field.data?.id
    const modelFields = fields[modelIds.indexOf(modelId)]?.data
    const apiKey = modelFields?.find((field) => field.id === titleFieldId)?.attributes.api_key
    const title = apiKey
      ? displayText(record.attributes[apiKey], locales[0] ?? 'en', locales)
      : undefined
    if (title) titles.set(record.id, title)
  }
  return (id) => titles.get(id)
}
