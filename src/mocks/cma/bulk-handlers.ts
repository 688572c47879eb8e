import { http } from 'msw'
import type { MockContext } from '../context'
import { CmaError, cmaRoute, invalidField, isObject, readJsonBody, requireData } from './cma-http'
import { bulkJobDurationMs, CMA_JOB_KINDS, jobAccepted } from './cma-jobs'

/** The most records one bulk call may name. */
export const BULK_MAX_ITEMS = 200

const OPERATIONS = {
  publish: CMA_JOB_KINDS.bulkPublish,
  unpublish: CMA_JOB_KINDS.bulkUnpublish,
  destroy: CMA_JOB_KINDS.bulkDestroy,
} as const

/** `/items/bulk/{publish,unpublish,destroy}`: at most 200 records, as a job. */
export function createBulkHandlers(context: MockContext, baseUrl: string) {
  return (Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[]).map((operation) =>
    http.post(
      `${baseUrl}/items/bulk/${operation}`,
      cmaRoute(context, { mutation: true }, async ({ request, token }) => {
        const data = requireData(await readJsonBody(request), `item_bulk_${operation}_operation`)
        const relationships = isObject(data.relationships) ? data.relationships : {}
        const items = isObject(relationships.items) ? relationships.items.data : undefined
        if (!Array.isArray(items)) {
          throw new CmaError(
            422,
            invalidField('items', 'VALIDATION_REQUIRED', {
              message: 'relationships.items.data must list the records',
            }),
          )
        }
        if (items.length === 0 || items.length > BULK_MAX_ITEMS) {
          throw new CmaError(
            422,
            invalidField('items', 'VALIDATION_LENGTH', {
              min: 1,
              max: BULK_MAX_ITEMS,
              count: items.length,
            }),
          )
        }
        const ids: string[] = []
        const malformed: number[] = []
        items.forEach((entry, index) => {
          if (isObject(entry) && entry.type === 'item' && typeof entry.id === 'string')
            ids.push(entry.id)
          else malformed.push(index)
        })
        if (malformed.length > 0) {
          throw new CmaError(
            422,
            invalidField('items', 'INVALID_FORMAT', {
              message: 'Each entry must be {"type": "item", "id": "…"}',
              entries: malformed,
            }),
          )
        }
        const unknown = ids.filter((id) => !context.store.getRecord(id))
        if (unknown.length > 0) {
          // Refused as a whole, so a typo never applies half a bulk operation.
          throw new CmaError(
            422,
            invalidField('items', 'VALIDATION_NOT_FOUND', {
              message: 'Some records do not exist',
              ids: unknown,
            }),
          )
        }
        const unique = [...new Set(ids)]
        return jobAccepted(
          context.jobs.start({
            kind: OPERATIONS[operation],
            dialect: 'cma',
            token,
            input: { ids: unique },
            baseDurationMs: bulkJobDurationMs(unique.length, () => context.random()),
            info: { total: unique.length },
          }),
        )
      }),
    ),
  )
}
