import { useQueries, useQuery } from '@tanstack/react-query'
import { modelQueries } from '@/api/model-queries'
import { siteQueries } from '@/api/site-queries'

export interface SchemaModel {
  id: string
  apiKey: string
  name: string
}

export interface SchemaField {
  apiKey: string
  label: string
  fieldType: string
  modelName: string
}

export interface SelectionSchema {
  models: SchemaModel[]
  locales: string[]
  mainLocale: string
  /** Every field api_key (first model wins for its label and type). */
  fields: SchemaField[]
  fieldTypeOf: (apiKey: string) => string | undefined
  modelName: (idOrApiKey: string) => string | undefined
}

/** Models, their fields and the site's locales: what the builder offers in its pickers. */
export function useSelectionSchema(): SelectionSchema {
  const models = useQuery(modelQueries.list())
  const site = useQuery(siteQueries.detail())
  const fieldLists = useQueries({
    queries: (models.data ?? []).map((model) => modelQueries.fields(model.id)),
  })
  const fieldData = fieldLists.map((query) => query.data)
  const schemaModels: SchemaModel[] = (models.data ?? []).map((model) => ({
    id: model.id,
    apiKey: model.attributes.api_key,
    name: model.attributes.name,
  }))
  const fields = new Map<string, SchemaField>()
  fieldData.forEach((list, index) => {
    const modelName = schemaModels[index]?.name ?? ''
    for (const field of list ?? []) {
      if (!fields.has(field.attributes.api_key))
        fields.set(field.attributes.api_key, {
          apiKey: field.attributes.api_key,
          label: field.attributes.label,
          fieldType: field.attributes.field_type,
          modelName,
        })
    }
  })
  const locales = (site.data?.attributes.locales as string[] | undefined) ?? ['en']
  return {
    models: schemaModels,
    locales,
    mainLocale: locales[0] ?? 'en',
    fields: [...fields.values()].sort((a, b) => a.apiKey.localeCompare(b.apiKey)),
    fieldTypeOf: (apiKey) => fields.get(apiKey)?.fieldType,
    modelName: (idOrApiKey) =>
      schemaModels.find((model) => model.id === idOrApiKey || model.apiKey === idOrApiKey)?.name,
  }
}
