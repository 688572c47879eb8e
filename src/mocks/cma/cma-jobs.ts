import type { MockContext } from '../context'
import type { JobKindHandlers } from '../jobs/job-runner'
import type { ContentStore } from '../store/content-store'
import type { JsonValue, StoredJob, StoredJobResult } from '../store/types'
import { errorBody } from './cma-http'
import {
  serializeField,
  serializeItem,
  serializeItemType,
  serializeItemVersion,
} from './serializers'

/** The CMA's asynchronous operations. */
export const CMA_JOB_KINDS = {
  destroyItem: 'cma.item.destroy',
  duplicateItem: 'cma.item.duplicate',
  restoreVersion: 'cma.version.restore',
  duplicateField: 'cma.field.duplicate',
  bulkPublish: 'cma.items.bulk_publish',
  bulkUnpublish: 'cma.items.bulk_unpublish',
  bulkDestroy: 'cma.items.bulk_destroy',
} as const

/** Demo timing: single-record jobs take 0.5–3 s; bulk jobs grow with their size. */
export function singleJobDurationMs(random: () => number): number {
  return 500 + Math.round(random() * 2500)
}

export function bulkJobDurationMs(count: number, random: () => number): number {
  return 1500 + count * 40 + Math.round(random() * 500)
}

function ok(payload: JsonValue | object, status = 200): StoredJobResult {
  return { status, statusText: status === 201 ? 'Created' : 'OK', payload: payload as JsonValue }
}

function gone(what: string): StoredJobResult {
  return {
    status: 404,
    statusText: 'Not Found',
    payload: errorBody([{ code: 'NOT_FOUND', details: { message: `${what} no longer exists` } }]),
  }
}

function inputString(job: StoredJob, key: string): string {
  const input = job.input
  if (input && typeof input === 'object' && !Array.isArray(input)) {
    const value = input[key]
    if (typeof value === 'string') return value
  }
  return ''
}

function inputIds(job: StoredJob): string[] {
  const input = job.input
  if (input && typeof input === 'object' && !Array.isArray(input) && Array.isArray(input.ids)) {
    return input.ids.filter((id): id is string => typeof id === 'string')
  }
  return []
}

const injectedFailure = (): StoredJobResult => ({
  status: 500,
  statusText: 'Internal Server Error',
  payload: errorBody([{ code: 'EXCEPTION', details: { message: 'Injected job failure (mock)' } }]),
})

function bulk(apply: (store: ContentStore, id: string) => boolean): JobKindHandlers {
  return {
    run: (job, store) => {
      let successful = 0
      let failed = 0
      for (const id of inputIds(job)) {
        if (store.getRecord(id) && apply(store, id)) successful++
        else failed++
      }
      return ok({ data: [], meta: { successful, failed } })
    },
    fail: injectedFailure,
  }
}

/** Registers what each CMA job does when its time has come. */
export function registerCmaJobs(context: MockContext): void {
  const { jobs } = context
  jobs.register(CMA_JOB_KINDS.destroyItem, {
    run: (job, store) => {
      const record = store.getRecord(inputString(job, 'itemId'))
      if (!record) return gone('The record')
      const payload = { data: serializeItem(store, record) }
      store.destroyRecord(record.id)
      return ok(payload)
    },
    fail: injectedFailure,
  })
  jobs.register(CMA_JOB_KINDS.duplicateItem, {
    run: (job, store) => {
      const record = store.getRecord(inputString(job, 'itemId'))
      const itemType = record ? store.getItemType(record.itemTypeId) : undefined
      if (!record || !itemType) return gone('The record')
      const copy = store.duplicateRecord(record.id)
      return ok({
        data: serializeItem(store, copy),
        included: [serializeItemType(store, itemType)],
      })
    },
    fail: injectedFailure,
  })
  jobs.register(CMA_JOB_KINDS.restoreVersion, {
    run: (job, store) => {
      const version = store.getVersion(inputString(job, 'versionId'))
      if (!version || !store.getRecord(version.itemId)) return gone('The version')
      const restored = store.restoreVersion(version.id)
      return ok({
        data: [
          serializeItem(store, restored.record),
          serializeItemVersion(store, restored.version),
        ],
      })
    },
    fail: injectedFailure,
  })
  jobs.register(CMA_JOB_KINDS.duplicateField, {
    run: (job, store) => {
      const field = store.getField(inputString(job, 'fieldId'))
      const itemType = field ? store.getItemType(field.itemTypeId) : undefined
      if (!field || !itemType) return gone('The field')
      const copy = store.duplicateField(field.id)
      return ok({ data: serializeField(copy), included: [serializeItemType(store, itemType)] }, 201)
    },
    fail: injectedFailure,
  })
  jobs.register(
    CMA_JOB_KINDS.bulkPublish,
    bulk((store, id) => {
      store.publishRecord(id)
      return true
    }),
  )
  jobs.register(
    CMA_JOB_KINDS.bulkUnpublish,
    bulk((store, id) => {
      // Unpublishing a draft is a no-op that succeeds, as publishing a published record is.
      if (store.getRecord(id)?.meta.publishedVersionId !== null) store.unpublishRecord(id)
      return true
    }),
  )
  jobs.register(
    CMA_JOB_KINDS.bulkDestroy,
    bulk((store, id) => {
      store.destroyRecord(id)
      return true
    }),
  )
}

/** The CMA's 202 answer for a job. */
export function jobAccepted(job: StoredJob): {
  status: 202
  body: { data: { type: 'job'; id: string } }
} {
  return { status: 202, body: { data: { type: 'job', id: job.id } } }
}

/** Starts a single-record CMA job (0.5–3 s at job speed 1) and answers 202 with its id. */
export function startSingleCmaJob(
  context: MockContext,
  kind: string,
  token: string,
  input: Record<string, JsonValue>,
) {
  return jobAccepted(
    context.jobs.start({
      kind,
      dialect: 'cma',
      token,
      input,
      baseDurationMs: singleJobDurationMs(() => context.random()),
    }),
  )
}
