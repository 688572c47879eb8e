import { http } from 'msw'
import type { MockContext } from '../context'
import { cmaRoute, notFound, paramString } from './cma-http'
import { CMA_JOB_KINDS, startSingleCmaJob } from './cma-jobs'
import { serializeField, serializeItemType, serializeSite } from './serializers'

/** `/site`, `/item-types`, `/fields`: the project and its schema. */
export function createSchemaHandlers(context: MockContext, baseUrl: string) {
  const read = { mutation: false }
  return [
    http.get(
      `${baseUrl}/site`,
      cmaRoute(context, read, () => ({
        status: 200,
        body: { data: serializeSite(context.store) },
      })),
    ),
    http.get(
      `${baseUrl}/item-types`,
      cmaRoute(context, read, () => ({
        status: 200,
        body: {
          data: context.store
            .listItemTypes()
            .map((itemType) => serializeItemType(context.store, itemType)),
        },
      })),
    ),
    http.get(
      `${baseUrl}/item-types/:idOrApiKey`,
      cmaRoute(context, read, ({ params }) => {
        const itemType = context.store.getItemType(paramString(params, 'idOrApiKey'))
        if (!itemType)
          throw notFound(`No model with id or api_key "${paramString(params, 'idOrApiKey')}"`)
        return { status: 200, body: { data: serializeItemType(context.store, itemType) } }
      }),
    ),
    http.get(
      `${baseUrl}/item-types/:idOrApiKey/fields`,
      cmaRoute(context, read, ({ params }) => {
        const itemType = context.store.getItemType(paramString(params, 'idOrApiKey'))
        if (!itemType)
          throw notFound(`No model with id or api_key "${paramString(params, 'idOrApiKey')}"`)
        return {
          status: 200,
          body: { data: context.store.listFields(itemType.id).map(serializeField) },
        }
      }),
    ),
    http.get(
      `${baseUrl}/fields/:idOrKeys`,
      cmaRoute(context, read, ({ params }) => {
        const field = context.store.getField(paramString(params, 'idOrKeys'))
        if (!field) throw notFound(`No field "${paramString(params, 'idOrKeys')}"`)
        return { status: 200, body: { data: serializeField(field) } }
      }),
    ),
    http.post(
      `${baseUrl}/fields/:idOrKeys/duplicate`,
      cmaRoute(context, { mutation: true }, ({ params, token }) => {
        const field = context.store.getField(paramString(params, 'idOrKeys'))
        if (!field) throw notFound(`No field "${paramString(params, 'idOrKeys')}"`)
        return startSingleCmaJob(context, CMA_JOB_KINDS.duplicateField, token, {
          fieldId: field.id,
        })
      }),
    ),
  ]
}
