import { useQuery } from '@tanstack/react-query'
import { modelQueries, type Field, type Model } from '@/api/model-queries'
import { recordQueries, type CmaRecord } from '@/api/record-queries'
import { siteQueries } from '@/api/site-queries'
import { displayText } from '@/lib/record-title'
import type { DiffField } from '@/lib/version-diff'

export interface RecordContext {
  record: CmaRecord
  model: Model | undefined
  /** The model's fields in position order. */
  fields: Field[]
  diffFields: DiffField[]
  locales: string[]
  title: string
}

/** The record as it is now, with what it takes to show its versions: model, fields, locales. */
export function useRecordContext(recordId: string) {
  const record = useQuery(recordQueries.detail(recordId))
  const models = useQuery(modelQueries.list())
  const modelId = record.data?.relationships.item_type.data.id
  const fields = useQuery({ ...modelQueries.fields(modelId ?? ''), enabled: Boolean(modelId) })
  const site = useQuery(siteQueries.detail())

  const isPending = record.isPending || models.isPending || fields.isPending || site.isPending
  const error = record.error ?? models.error ?? fields.error ?? site.error
  const refetch = () => {
    for (const query of [record, models, fields, site]) if (query.isError) void query.refetch()
  }
  if (!record.data || !fields.data || !models.data || !site.data)
    return { context: undefined, isPending, error, refetch }

  const model = models.data.find((entry) => entry.id === modelId)
  const sorted = [...fields.data].sort(
    (left, right) => left.attributes.position - right.attributes.position,
  )
  const locales = [...site.data.attributes.locales]
  const context: RecordContext = {
    record: record.data,
    model,
    fields: sorted,
    diffFields: sorted.map((field) => ({
      apiKey: field.attributes.api_key,
      label: field.attributes.label,
      fieldType: field.attributes.field_type,
      localized: field.attributes.localized,
    })),
    locales,
    title: recordTitle(record.data, model, sorted, locales),
  }
  return { context, isPending, error, refetch }
}

function recordTitle(
  record: CmaRecord,
  model: Model | undefined,
  fields: Field[],
  locales: string[],
): string {
  const titleFieldId = model?.relationships.title_field.data?.id
  const titleField = fields.find((field) => field.id === titleFieldId)
  const value = titleField ? record.attributes[titleField.attributes.api_key] : undefined
  return displayText(value, locales[0] ?? 'en', locales) ?? `Record ${record.id}`
}
