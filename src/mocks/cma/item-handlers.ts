import { http } from 'msw'
import type { MockContext } from '../context'
import { queryRecords, RECORDS_PAGE_DEFAULT, RECORDS_PAGE_MAX } from '../query/query-records'
import type { JsonValue, RecordAttributes, StoredItemType, StoredRecord } from '../store/types'
import {
  CmaError,
  cmaRoute,
  invalidField,
  isObject,
  notFound,
  paramString,
  readJsonBody,
  requireData,
  type CmaErrorEntry,
} from './cma-http'
import { CMA_JOB_KINDS, startSingleCmaJob } from './cma-jobs'
import { listParam, pageParams, parseBracketParams, stringParam } from './query-params'
import { PLACEMENT_KEYS, validateAttributeShapes, validateRecordValues } from './record-validation'
import { serializeItem, serializeItemType } from './serializers'

function findRecord(context: MockContext, id: string): StoredRecord {
  const record = context.store.getRecord(id)
  if (!record) throw notFound(`No record with id "${id}"`)
  return record
}

function modelOf(context: MockContext, record: StoredRecord): StoredItemType {
  const itemType = context.store.getItemType(record.itemTypeId)
  if (!itemType) throw notFound(`The model of record "${record.id}" no longer exists`)
  return itemType
}

function withModel(context: MockContext, record: StoredRecord) {
  return {
    data: serializeItem(context.store, record),
    included: [serializeItemType(context.store, modelOf(context, record))],
  }
}

function readVersionParam(value: ReturnType<typeof stringParam>): 'current' | 'published' {
  if (value === undefined || value === 'current') return 'current'
  if (value === 'published') return 'published'
  throw new CmaError(
    422,
    invalidField('version', 'VALIDATION_INCLUSION', {
      message: 'version must be current or published',
    }),
  )
}

/** Tree placement from `parent_id`/`position` attributes, validated against the tree. */
function readPlacement(
  context: MockContext,
  itemType: StoredItemType,
  attributes: Record<string, unknown>,
  recordId: string | undefined,
): { parentId?: string | null; position?: number | null; errors: CmaErrorEntry[] } {
  const errors: CmaErrorEntry[] = []
  const out: { parentId?: string | null; position?: number | null; errors: CmaErrorEntry[] } = {
    errors,
  }
  if ('parent_id' in attributes && itemType.tree) {
    const parentId = attributes.parent_id
    if (parentId === null) out.parentId = null
    else if (typeof parentId !== 'string')
      errors.push(
        invalidField('parent_id', 'INVALID_FORMAT', { message: 'Expected a record id or null' }),
      )
    else {
      const parent = context.store.getRecord(parentId)
      let cursor: StoredRecord | undefined = parent
      let isCycle = false
      while (cursor) {
        if (cursor.id === recordId) isCycle = true
        cursor = cursor.parentId ? context.store.getRecord(cursor.parentId) : undefined
      }
      if (!parent || parent.itemTypeId !== itemType.id || isCycle) {
        errors.push(
          invalidField('parent_id', 'INVALID_PARENT', {
            message: `"${parentId}" cannot be this record's parent`,
          }),
        )
      } else out.parentId = parentId
    }
  }
  if ('position' in attributes && (itemType.tree || itemType.sortable)) {
    const position = attributes.position
    if (position === null) out.position = null
    else if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
      errors.push(
        invalidField('position', 'INVALID_FORMAT', { message: 'Expected an integer ≥ 0' }),
      )
    } else out.position = position
  }
  return out
}

function withoutPlacement(attributes: Record<string, unknown>): RecordAttributes {
  const out: RecordAttributes = {}
  for (const [key, value] of Object.entries(attributes)) {
    if (!(PLACEMENT_KEYS as readonly string[]).includes(key)) out[key] = value as JsonValue
  }
  return out
}

/** Values for fields a create request left out: the default in each of the record's locales. */
function withDefaults(
  context: MockContext,
  itemType: StoredItemType,
  given: RecordAttributes,
): RecordAttributes {
  const fields = context.store.listFields(itemType.id)
  const localesGiven = new Set<string>()
  for (const field of fields) {
    const value = given[field.apiKey]
    if (field.localized && isObject(value))
      for (const locale of Object.keys(value)) localesGiven.add(locale)
  }
  const locales = localesGiven.size > 0 ? [...localesGiven] : [...context.store.site.locales]
  const out: RecordAttributes = {}
  for (const field of fields) {
    if (field.apiKey in given) {
      out[field.apiKey] = given[field.apiKey] ?? null
    } else if (field.localized) {
      const perLocale: Record<string, JsonValue> = {}
      const fallback = field.defaultValue
      for (const locale of locales) {
        perLocale[locale] = isObject(fallback)
          ? ((fallback as Record<string, JsonValue>)[locale] ?? null)
          : fallback
      }
      out[field.apiKey] = perLocale
    } else {
      out[field.apiKey] = field.defaultValue
    }
  }
  return out
}

function attributesOf(data: Record<string, unknown>): Record<string, unknown> {
  if (data.attributes === undefined) return {}
  if (!isObject(data.attributes)) {
    throw new CmaError(
      422,
      invalidField('attributes', 'INVALID_FORMAT', { message: 'Expected an object' }),
    )
  }
  return data.attributes
}

/** `/items…`: list, find, create, update, destroy, duplicate, publish, unpublish. */
export function createItemHandlers(context: MockContext, baseUrl: string) {
  const read = { mutation: false }
  const write = { mutation: true }
  const startJob = (kind: string, token: string, input: Record<string, JsonValue>) =>
    startSingleCmaJob(context, kind, token, input)

  return [
    http.get(
      `${baseUrl}/items`,
      cmaRoute(context, read, ({ url }) => {
        const tree = parseBracketParams(url.searchParams)
        const filter = isObject(tree.filter) ? tree.filter : {}
        if (tree.filter !== undefined && !isObject(tree.filter)) {
          throw new CmaError(
            422,
            invalidField('filter', 'INVALID_FORMAT', {
              message: 'Use filter[type], filter[ids], filter[query] or filter[fields]',
            }),
          )
        }
        const types = listParam(filter.type)
        const ids = listParam(filter.ids)
        if (types && ids && filter.fields !== undefined) {
          throw new CmaError(
            422,
            invalidField('filter[ids]', 'INVALID_FORMAT', {
              message: 'filter[ids] cannot be combined with filter[type] and filter[fields]',
            }),
          )
        }
        if (filter.fields !== undefined && !isObject(filter.fields)) {
          throw new CmaError(422, {
            code: 'INVALID_FILTER_FIELDS_PARAM',
            details: { message: 'Expected filter[fields][<field>][<operator>]=<value>' },
          })
        }
        const page = pageParams(tree, RECORDS_PAGE_DEFAULT, RECORDS_PAGE_MAX)
        const version = readVersionParam(stringParam(tree.version, 'version'))
        const result = queryRecords(context.store, {
          types,
          ids,
          query: stringParam(filter.query, 'filter[query]'),
          locale: stringParam(tree.locale, 'locale'),
          fields: isObject(filter.fields) ? filter.fields : undefined,
          orderBy: stringParam(tree.order_by, 'order_by'),
          version,
          offset: page.offset,
          limit: page.limit,
        })
        return {
          status: 200,
          body: {
            data: result.views.map((view) =>
              serializeItem(context.store, view.record, view.attributes),
            ),
            meta: { total_count: result.totalCount },
          },
        }
      }),
    ),

    http.get(
      `${baseUrl}/items/:id`,
      cmaRoute(context, read, ({ params, url }) => {
        const record = findRecord(context, paramString(params, 'id'))
        const version = readVersionParam(url.searchParams.get('version') ?? undefined)
        if (version === 'published') {
          if (!record.meta.publishedVersionId)
            throw notFound(`Record "${record.id}" has no published version`)
          const attributes = context.store.getVersionAttributes(record.meta.publishedVersionId)
          return { status: 200, body: { data: serializeItem(context.store, record, attributes) } }
        }
        return { status: 200, body: { data: serializeItem(context.store, record) } }
      }),
    ),

    http.post(
      `${baseUrl}/items`,
      cmaRoute(context, write, async ({ request }) => {
        const data = requireData(await readJsonBody(request), 'item')
        const relationships = isObject(data.relationships) ? data.relationships : {}
        const itemTypeRef =
          isObject(relationships.item_type) && isObject(relationships.item_type.data)
            ? relationships.item_type.data.id
            : undefined
        const itemType =
          typeof itemTypeRef === 'string' ? context.store.getItemType(itemTypeRef) : undefined
        if (!itemType) {
          throw new CmaError(
            422,
            invalidField(
              'item_type',
              typeof itemTypeRef === 'string' ? 'INVALID_LINK' : 'VALIDATION_REQUIRED',
              { message: 'relationships.item_type.data.id must be an existing model' },
            ),
          )
        }
        if (
          data.id !== undefined &&
          (typeof data.id !== 'string' || data.id === '' || context.store.getRecord(data.id))
        ) {
          throw new CmaError(
            422,
            invalidField('id', 'VALIDATION_UNIQUENESS', {
              message: 'The id is invalid or already taken',
            }),
          )
        }
        const attributes = attributesOf(data)
        const placement = readPlacement(context, itemType, attributes, undefined)
        const shapeErrors = [
          ...validateAttributeShapes(context.store, itemType, attributes),
          ...placement.errors,
        ]
        if (shapeErrors.length > 0) throw new CmaError(422, shapeErrors)
        const values = withDefaults(context, itemType, withoutPlacement(attributes))
        const valueErrors = validateRecordValues(context.store, itemType, values)
        if (valueErrors.length > 0) throw new CmaError(422, valueErrors)
        const record = context.store.createRecord({
          itemTypeId: itemType.id,
          attributes: values,
          parentId: placement.parentId ?? null,
          position: placement.position ?? null,
          id: typeof data.id === 'string' ? data.id : undefined,
        })
        return { status: 201, body: withModel(context, record) }
      }),
    ),

    http.put(
      `${baseUrl}/items/:id`,
      cmaRoute(context, write, async ({ params, request }) => {
        const record = findRecord(context, paramString(params, 'id'))
        const itemType = modelOf(context, record)
        const data = requireData(await readJsonBody(request), 'item')
        if (data.id !== undefined && data.id !== record.id) {
          throw new CmaError(
            422,
            invalidField('id', 'INVALID_FORMAT', { message: 'data.id does not match the URL' }),
          )
        }
        const meta = isObject(data.meta) ? data.meta : {}
        if (
          meta.current_version !== undefined &&
          meta.current_version !== record.meta.currentVersionId
        ) {
          throw new CmaError(422, {
            code: 'STALE_ITEM_VERSION',
            details: {
              message:
                'Someone else made a change while you were editing this record, please refresh the page!',
              current_version: record.meta.currentVersionId,
              sent_version: typeof meta.current_version === 'string' ? meta.current_version : null,
            },
          })
        }
        const attributes = attributesOf(data)
        const placement = readPlacement(context, itemType, attributes, record.id)
        const shapeErrors = [
          ...validateAttributeShapes(context.store, itemType, attributes),
          ...placement.errors,
        ]
        if (shapeErrors.length > 0) throw new CmaError(422, shapeErrors)
        const changes = withoutPlacement(attributes)
        const valueErrors = validateRecordValues(
          context.store,
          itemType,
          { ...record.attributes, ...changes },
          record.id,
        )
        if (valueErrors.length > 0) throw new CmaError(422, valueErrors)
        const updated = context.store.updateRecord(record.id, {
          attributes: changes,
          ...(placement.parentId !== undefined ? { parentId: placement.parentId } : {}),
          ...(placement.position !== undefined ? { position: placement.position } : {}),
        })
        return { status: 200, body: withModel(context, updated) }
      }),
    ),

    http.delete(
      `${baseUrl}/items/:id`,
      cmaRoute(context, write, ({ params, token }) => {
        const record = findRecord(context, paramString(params, 'id'))
        return startJob(CMA_JOB_KINDS.destroyItem, token, { itemId: record.id })
      }),
    ),

    http.post(
      `${baseUrl}/items/:id/duplicate`,
      cmaRoute(context, write, ({ params, token }) => {
        const record = findRecord(context, paramString(params, 'id'))
        return startJob(CMA_JOB_KINDS.duplicateItem, token, { itemId: record.id })
      }),
    ),

    http.put(
      `${baseUrl}/items/:id/publish`,
      cmaRoute(context, write, async ({ params, request }) => {
        const record = findRecord(context, paramString(params, 'id'))
        await readJsonBody(request)
        const itemType = modelOf(context, record)
        const errors = validateRecordValues(context.store, itemType, record.attributes, record.id)
        if (errors.length > 0) throw new CmaError(422, errors)
        context.store.publishRecord(record.id)
        return { status: 200, body: withModel(context, record) }
      }),
    ),

    http.put(
      `${baseUrl}/items/:id/unpublish`,
      cmaRoute(context, write, async ({ params, request }) => {
        const record = findRecord(context, paramString(params, 'id'))
        await readJsonBody(request)
        context.store.unpublishRecord(record.id)
        return { status: 200, body: withModel(context, record) }
      }),
    ),
  ]
}
