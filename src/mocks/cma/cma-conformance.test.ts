// @vitest-environment node
import '../testing/node-storage-shim'
import { ApiError, buildClient, type Client } from '@datocms/cma-client'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_CMA_BASE_URL } from '../../api/demo-constants'
import { createTestClock, type TestClock } from '../clock'
import { demoCredentials, mockContext, resetMockApi, server } from '../node'

/**
 * The official client against the mock, end to end. The client sleeps with `setTimeout` (job
 * polling, 429 back-off); `drive` fakes those timers and moves the mock's clock in lockstep,
 * so a 3 s job or a 3 s rate-limit window takes milliseconds and behaves as in real time.
 */
let clock: TestClock
let client: Client
let viewer: Client

const TICK_MS = 250

async function drive<T>(promise: Promise<T>): Promise<T> {
  let settled = false
  const watched = promise.finally(() => {
    settled = true
  })
  watched.catch(() => undefined)
  for (let ticks = 0; !settled && ticks < 4 * 60 * 10; ticks++) {
    clock.advance(TICK_MS)
    await vi.advanceTimersByTimeAsync(TICK_MS)
  }
  return watched
}

async function apiError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await drive(promise)
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected an ApiError')
}

function raw(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const headers = new Headers(init.headers)
  if (init.token !== '')
    headers.set('Authorization', `Bearer ${init.token ?? demoCredentials.editorToken}`)
  if (init.body !== undefined && !headers.has('Content-Type'))
    headers.set('Content-Type', 'application/json')
  return fetch(`${DEFAULT_CMA_BASE_URL}${path}`, { ...init, headers })
}

async function modelId(apiKey: string): Promise<string> {
  return (await drive(client.itemTypes.find(apiKey))).id
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
  clock = createTestClock()
  resetMockApi({ clock })
  client = buildClient({ apiToken: demoCredentials.editorToken })
  viewer = buildClient({ apiToken: demoCredentials.viewerToken })
})
afterEach(() => {
  server.resetHandlers()
  vi.useRealTimers()
})

describe('CMA conformance: project and schema', () => {
  it('answers /site with the demo project and the contract headers', async () => {
    const site = await drive(client.site.find())
    expect(site.name).toBe('Content Ops Demo')
    expect(site.locales).toEqual(['en', 'it', 'nl'])
    const response = await raw('/site')
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('x-api-version')).toBe('3')
    expect(response.headers.get('x-environment')).toBe('main')
    expect(response.headers.get('x-ratelimit-limit')).toBe('60')
    expect(Number(response.headers.get('x-ratelimit-remaining'))).toBeLessThan(60)
  })

  it('lists and finds models, by id and by api_key', async () => {
    const models = await drive(client.itemTypes.list())
    expect(models.map((model) => model.api_key)).toEqual([
      'blog_post',
      'author',
      'category',
      'tag',
      'page',
      'product',
    ])
    const page = await drive(client.itemTypes.find('page'))
    expect(page.tree).toBe(true)
    expect((await drive(client.itemTypes.find(page.id))).api_key).toBe('page')
  })

  it('lists fields by position and finds them by id and by model::field', async () => {
    const fields = await drive(client.fields.list('blog_post'))
    expect(fields.map((field) => field.api_key).slice(0, 4)).toEqual([
      'title',
      'slug',
      'excerpt',
      'body',
    ])
    expect(fields.map((field) => field.position)).toEqual(
      [...fields.map((field) => field.position)].sort((a, b) => a - b),
    )
    const title = await drive(client.fields.find('blog_post::title'))
    expect(title.validators).toMatchObject({ required: {}, length: { min: 3, max: 120 } })
    expect((await drive(client.fields.find(title.id))).api_key).toBe('title')
  })

  it('duplicates a field as a job: (copy #N), _copyN, appended, defaults on records', async () => {
    const featured = await drive(client.fields.find('blog_post::featured'))
    const first = await drive(client.fields.duplicate(featured.id))
    expect(first.label).toBe('Featured (copy #1)')
    expect(first.api_key).toBe('featured_copy1')
    const second = await drive(client.fields.duplicate(featured.id))
    expect(second.api_key).toBe('featured_copy2')
    const fields = await drive(client.fields.list('blog_post'))
    expect(fields.at(-1)?.id).toBe(second.id)
    const [post] = await drive(
      client.items.list({ filter: { type: 'blog_post' }, page: { limit: 1 } }),
    )
    expect(post?.featured_copy1).toBe(false)
  })
})

describe('CMA conformance: listing records', () => {
  it('filters by type and ids, with an exact total_count', async () => {
    const response = await drive(
      client.items.rawList({ filter: { type: 'product' }, page: { limit: 5 } }),
    )
    expect(response.data).toHaveLength(5)
    expect(response.meta.total_count).toBe(
      mockContext.store.recordsOfType(await modelId('product')).length,
    )
    const ids = response.data.slice(0, 3).map((item) => item.id)
    const byIds = await drive(client.items.list({ filter: { ids: ids.join(',') } }))
    expect(byIds.map((item) => item.id).sort()).toEqual([...ids].sort())
  })

  it('searches full text in the requested locale', async () => {
    const italian = await drive(
      client.items.rawList({ filter: { type: 'blog_post', query: 'compostaggio' }, locale: 'it' }),
    )
    expect(italian.meta.total_count).toBeGreaterThan(0)
    const english = await drive(
      client.items.rawList({ filter: { type: 'blog_post', query: 'compostaggio' } }),
    )
    expect(english.meta.total_count).toBe(0)
  })

  it('applies field filters and order_by', async () => {
    const cheap = await drive(
      client.items.list({
        filter: { type: 'product', fields: { price: { lt: 20 }, available: { eq: true } } },
        order_by: 'price_DESC',
        page: { limit: 100 },
      }),
    )
    expect(cheap.length).toBeGreaterThan(0)
    const prices = cheap.map((item) => item.price as number)
    expect(prices.every((price) => price < 20)).toBe(true)
    expect([...prices].sort((a, b) => b - a)).toEqual(prices)
    const matching = await drive(
      client.items.list({
        filter: {
          type: 'blog_post',
          fields: { title: { matches: { pattern: 'myths', case_sensitive: false } } },
        },
      }),
    )
    expect(matching.length).toBeGreaterThan(0)
    expect(matching.every((item) => /myths/i.test((item.title as { en: string }).en))).toBe(true)
  })

  it('pages with page[offset]/page[limit] and iterates 1,000+ records with listPagedIterator', async () => {
    const total = (
      await drive(client.items.rawList({ filter: { type: 'blog_post' }, page: { limit: 1 } }))
    ).meta.total_count
    expect(total).toBeGreaterThan(1000)
    const seen = new Set<string>()
    const iterate = async () => {
      for await (const item of client.items.listPagedIterator(
        { filter: { type: 'blog_post' } },
        { perPage: 500, concurrency: 3 },
      )) {
        seen.add(item.id)
      }
    }
    await drive(iterate())
    expect(seen.size).toBe(total)
    const pageA = await drive(
      client.items.list({ filter: { type: 'blog_post' }, page: { offset: 0, limit: 30 } }),
    )
    const pageB = await drive(
      client.items.list({ filter: { type: 'blog_post' }, page: { offset: 30, limit: 30 } }),
    )
    expect(new Set([...pageA, ...pageB].map((item) => item.id)).size).toBe(60)
  })
})

describe('CMA conformance: one record', () => {
  it('finds a record with full meta, and 404s an unknown id', async () => {
    const [listed] = await drive(
      client.items.list({ filter: { type: 'page' }, page: { limit: 1 } }),
    )
    const record = await drive(client.items.find(listed?.id ?? ''))
    expect(record.meta).toMatchObject({
      current_version: expect.any(String),
      stage: null,
      has_children: expect.any(Boolean),
    })
    expect(record.item_type.id).toBe(await modelId('page'))
    expect(record).toHaveProperty('parent_id')
    const error = await apiError(client.items.find('does-not-exist'))
    expect(error.response.status).toBe(404)
    expect(error.findError('NOT_FOUND')).toBeTruthy()
  })

  it('creates a draft with defaults and its model included', async () => {
    const [category] = await drive(
      client.items.list({ filter: { type: 'category' }, page: { limit: 1 } }),
    )
    const [author] = await drive(
      client.items.list({ filter: { type: 'author' }, page: { limit: 1 } }),
    )
    const response = await drive(
      client.items.rawCreate({
        data: {
          type: 'item',
          attributes: {
            title: { en: 'Conformance post', it: 'Articolo di prova', nl: 'Testbericht' },
            slug: { en: 'conformance-post', it: 'articolo-di-prova', nl: 'testbericht' },
            body: { en: 'Body.', it: 'Corpo.', nl: 'Tekst.' },
            category: category?.id ?? '',
            author: author?.id ?? '',
            publish_date: '2026-06-02',
          },
          relationships: {
            item_type: { data: { type: 'item_type', id: await modelId('blog_post') } },
          },
        },
      }),
    )
    expect(response.data.meta.status).toBe('draft')
    expect(response.data.attributes.featured).toBe(false)
    expect(response.included?.[0]).toMatchObject({
      type: 'item_type',
      attributes: { api_key: 'blog_post' },
    })
    const versions = await drive(client.itemVersions.list(response.data.id))
    expect(versions).toHaveLength(1)
  })

  it('refuses invalid records with one INVALID_FIELD per failed validator', async () => {
    const error = await apiError(
      client.items.create({
        item_type: { type: 'item_type', id: await modelId('product') },
        name: { en: 'X' },
        sku: 'not-a-sku',
        price: -5,
      }),
    )
    expect(error.response.status).toBe(422)
    const codes = error.errors.map(
      (entry) =>
        `${String(entry.attributes.details.field)}:${String(entry.attributes.details.code)}`,
    )
    expect(codes).toEqual(
      expect.arrayContaining([
        'name:VALIDATION_LENGTH',
        'sku:VALIDATION_FORMAT',
        'price:VALIDATION_NUMBER_RANGE',
      ]),
    )
    const [existing] = await drive(
      client.items.list({ filter: { type: 'product' }, page: { limit: 1 } }),
    )
    const duplicateSku = await apiError(
      client.items.create({
        item_type: { type: 'item_type', id: await modelId('product') },
        name: { en: 'Copy' },
        sku: existing?.sku as string,
        price: 5,
      }),
    )
    expect(duplicateSku.errors[0]?.attributes.details).toMatchObject({
      field: 'sku',
      code: 'VALIDATION_UNIQUENESS',
      field_label: 'SKU',
      field_type: 'string',
    })
    const missing = await apiError(
      client.items.create({
        item_type: { type: 'item_type', id: await modelId('product') },
        price: 5,
      }),
    )
    expect(missing.errors.map((entry) => entry.attributes.details.code)).toContain(
      'VALIDATION_REQUIRED',
    )
  })

  it('updates with a fresh current_version and refuses a stale one', async () => {
    const [product] = await drive(
      client.items.list({ filter: { type: 'product' }, page: { limit: 1 } }),
    )
    const id = product?.id ?? ''
    const before = product?.meta.current_version ?? ''
    const updated = await drive(
      client.items.update(id, { stock: 7, meta: { current_version: before } }),
    )
    expect(updated.stock).toBe(7)
    expect(updated.meta.current_version).not.toBe(before)
    const stale = await apiError(
      client.items.update(id, { stock: 9, meta: { current_version: before } }),
    )
    expect(stale.response.status).toBe(422)
    expect(stale.findError('STALE_ITEM_VERSION')).toBeTruthy()
    expect((await drive(client.items.find(id))).stock).toBe(7)
  })

  it('publishes, marks edits as updated, unpublishes to draft', async () => {
    const [draft] = await drive(
      client.items.list({
        filter: { type: 'blog_post', fields: { _status: { eq: 'draft' } } },
        page: { limit: 1 },
      }),
    )
    const id = draft?.id ?? ''
    expect((await drive(client.items.publish(id))).meta.status).toBe('published')
    expect((await drive(client.items.update(id, { reading_time: 12 }))).meta.status).toBe('updated')
    const versions = await drive(client.itemVersions.list(id))
    expect(versions[0]?.meta).toMatchObject({ is_current: true, is_published: false })
    expect(versions.find((version) => version.meta.is_published)).toBeTruthy()
    expect((await drive(client.items.unpublish(id))).meta.status).toBe('draft')
  })

  it('destroys a record through a job', async () => {
    const [product] = await drive(
      client.items.list({ filter: { type: 'product' }, page: { limit: 1 } }),
    )
    const destroyed = await drive(client.items.destroy(product?.id ?? ''))
    expect(destroyed.id).toBe(product?.id)
    expect((await apiError(client.items.find(product?.id ?? ''))).response.status).toBe(404)
  })

  it('duplicates a record: (duplicate) title, -duplicate-N unique slug, draft, after the original in the tree', async () => {
    const pageModel = await drive(client.itemTypes.find('page'))
    const parent = mockContext.store
      .rootsOf(pageModel.id)
      .find((record) => mockContext.store.hasChildren(record.id))
    const [original, next] = mockContext.store.childrenOf(parent?.id ?? '')
    const copy = await drive(client.items.duplicate(original?.id ?? ''))
    expect((copy.title as Record<string, string>).en).toBe(
      `${(original?.attributes.title as Record<string, string>).en} (duplicate)`,
    )
    expect(copy.slug).toBe(`${String(original?.attributes.slug)}-duplicate-1`)
    expect(copy.meta.status).toBe('draft')
    expect(copy.parent_id).toBe(parent?.id)
    expect(copy.position).toBe((original?.position ?? 0) + 1)
    expect(mockContext.store.getRecord(next?.id ?? '')?.position).toBe(
      (original?.position ?? 0) + 2,
    )
    expect(await drive(client.itemVersions.list(copy.id))).toHaveLength(1)
    const again = await drive(client.items.duplicate(original?.id ?? ''))
    expect(again.slug).toBe(`${String(original?.attributes.slug)}-duplicate-2`)
  })
})

describe('CMA conformance: bulk operations', () => {
  it('publishes, unpublishes and destroys in bulk, reporting successful/failed', async () => {
    const drafts = await drive(
      client.items.list({
        filter: { type: 'blog_post', fields: { _status: { eq: 'draft' } } },
        page: { limit: 20 },
      }),
    )
    const items = drafts.map((item) => ({ type: 'item' as const, id: item.id }))
    const published = await drive(
      client.items.rawBulkPublish({
        data: { type: 'item_bulk_publish_operation', relationships: { items: { data: items } } },
      }),
    )
    expect(published).toMatchObject({ data: [], meta: { successful: 20, failed: 0 } })
    expect((await drive(client.items.find(items[0]?.id ?? ''))).meta.status).toBe('published')
    await drive(client.items.bulkUnpublish({ items }))
    expect((await drive(client.items.find(items[0]?.id ?? ''))).meta.status).toBe('draft')
    await drive(client.items.bulkDestroy({ items: items.slice(0, 5) }))
    expect((await apiError(client.items.find(items[0]?.id ?? ''))).response.status).toBe(404)
  })

  it('refuses 201 records without applying anything', async () => {
    const all = await drive(
      client.items.list({ filter: { type: 'blog_post' }, page: { limit: 500 } }),
    )
    const items = all.slice(0, 201).map((item) => ({ type: 'item' as const, id: item.id }))
    const jobsBefore = mockContext.store.listJobs().length
    const error = await apiError(client.items.bulkPublish({ items }))
    expect(error.response.status).toBe(422)
    expect(error.errors[0]?.attributes).toMatchObject({
      code: 'INVALID_FIELD',
      details: { field: 'items', code: 'VALIDATION_LENGTH' },
    })
    expect(mockContext.store.listJobs().length).toBe(jobsBefore)
  })
})

describe('CMA conformance: versions', () => {
  it('lists newest first (15 by default, exact total), finds and restores', async () => {
    const store = mockContext.store
    const postType = await modelId('blog_post')
    const long = store
      .recordsOfType(postType)
      .find((record) => store.listVersions(record.id).length >= 20)
    const id = long?.id ?? ''
    const response = await drive(client.itemVersions.rawList(id))
    expect(response.data).toHaveLength(15)
    expect(response.meta.total_count).toBe(store.listVersions(id).length)
    const times = response.data.map((version) => Date.parse(version.meta.created_at))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(response.data[0]?.meta.is_current).toBe(true)
    const oldest = response.data.at(-1)
    const found = await drive(client.itemVersions.find(oldest?.id ?? ''))
    expect(found.item.id).toBe(id)

    const restored = await drive(client.itemVersions.rawRestore(oldest?.id ?? ''))
    const [item, version] = restored.data
    expect(item?.id).toBe(id)
    expect(version?.type).toBe('item_version')
    expect(item?.meta.current_version).toBe(version?.id)
    expect(item?.attributes.title).toEqual(found.title)
    expect(version?.meta.is_current).toBe(true)
    expect((await drive(client.itemVersions.rawList(id))).meta.total_count).toBe(
      response.meta.total_count + 1,
    )
  })
})

describe('CMA conformance: errors', () => {
  it('401 for a missing or unknown token', async () => {
    const bad = buildClient({ apiToken: 'nope' })
    const error = await apiError(bad.items.list())
    expect(error.response.status).toBe(401)
    expect(error.findError('INVALID_AUTHORIZATION_HEADER')).toBeTruthy()
    expect((await raw('/items', { token: '' })).status).toBe(401)
  })

  it('403 for the viewer token on every mutation, reads allowed', async () => {
    const [item] = await drive(viewer.items.list({ page: { limit: 1 } }))
    const error = await apiError(viewer.items.publish(item?.id ?? ''))
    expect(error.response.status).toBe(403)
    expect(error.findError('INSUFFICIENT_PERMISSIONS')).toBeTruthy()
    expect((await apiError(viewer.items.destroy(item?.id ?? ''))).response.status).toBe(403)
    expect(mockContext.store.getRecord(item?.id ?? '')).toBeTruthy()
  })

  it('422 INVALID_ENVIRONMENT for an unknown environment', async () => {
    const staging = buildClient({ apiToken: demoCredentials.editorToken, environment: 'staging' })
    const error = await apiError(staging.site.find())
    expect(error.response.status).toBe(422)
    expect(error.findError('INVALID_ENVIRONMENT')).toBeTruthy()
  })

  it('429 after 60 requests in 3 s; the client waits X-RateLimit-Reset and succeeds', async () => {
    for (let index = 0; index < 60; index++) {
      expect((await raw('/site')).status).toBe(200)
    }
    const limited = await raw('/site')
    expect(limited.status).toBe(429)
    const reset = Number(limited.headers.get('x-ratelimit-reset'))
    expect(reset).toBeGreaterThanOrEqual(1)
    expect(reset).toBeLessThanOrEqual(3)
    expect(
      ((await limited.json()) as { data: { attributes: { code: string } }[] }).data[0]?.attributes
        .code,
    ).toBe('RATE_LIMIT_EXCEEDED')
    const before = clock.now()
    const site = await drive(client.site.find())
    expect(site.name).toBe('Content Ops Demo')
    expect(clock.now() - before).toBeGreaterThanOrEqual(reset * 1000)
  })

  it('job results are 404 while running, 200 after, and gone after 24 h', async () => {
    const [product] = await drive(
      client.items.list({ filter: { type: 'product' }, page: { limit: 1 } }),
    )
    const accepted = await raw(`/items/${product?.id ?? ''}/duplicate`, { method: 'POST' })
    expect(accepted.status).toBe(202)
    const { data: job } = (await accepted.json()) as { data: { type: string; id: string } }
    expect(job.type).toBe('job')
    expect(job.id).toMatch(/^[0-9a-f]{24}$/)
    const running = await raw(`/job-results/${job.id}`)
    expect(running.status).toBe(404)
    expect(running.headers.get('content-type')).toContain('application/json')
    clock.advance(3_000)
    const done = await raw(`/job-results/${job.id}`)
    expect(done.status).toBe(200)
    const body = (await done.json()) as {
      data: { type: string; attributes: { status: number; payload: { data: { type: string } } } }
    }
    expect(body.data.type).toBe('job_result')
    expect(body.data.attributes.status).toBe(200)
    expect(body.data.attributes.payload.data.type).toBe('item')
    clock.advance(24 * 60 * 60 * 1000)
    expect((await raw(`/job-results/${job.id}`)).status).toBe(404)
  })

  it('a failing job is a 200 job result with an error status the client throws', async () => {
    mockContext.setFaults({ jobFailureRate: 1 })
    const [product] = await drive(
      client.items.list({ filter: { type: 'product' }, page: { limit: 1 } }),
    )
    const error = await apiError(client.items.duplicate(product?.id ?? ''))
    expect(error.response.status).toBe(500)
    expect(mockContext.store.recordsOfType(product?.item_type.id ?? '').length).toBe(
      (await drive(client.items.rawList({ filter: { type: 'product' }, page: { limit: 1 } }))).meta
        .total_count,
    )
  })
})

describe('CMA conformance: bad input', () => {
  async function codeOf(response: Response): Promise<{
    status: number
    code: string | undefined
    details: Record<string, unknown> | undefined
  }> {
    const body = (await response.json()) as {
      data: {
        type: string
        id: string
        attributes: { code: string; details: Record<string, unknown> }
      }[]
    }
    expect(body.data[0]?.type).toBe('api_error')
    expect(body.data[0]?.id).toEqual(expect.any(String))
    return {
      status: response.status,
      code: body.data[0]?.attributes.code,
      details: body.data[0]?.attributes.details,
    }
  }

  it('malformed JSON → 422 INVALID_JSON_BODY, nothing created', async () => {
    const before = mockContext.store.recordCount
    const response = await raw('/items', {
      method: 'POST',
      body: '{"data": {',
      headers: { 'Content-Type': 'application/vnd.api+json' },
    })
    expect(await codeOf(response)).toMatchObject({ status: 422, code: 'INVALID_JSON_BODY' })
    expect(mockContext.store.recordCount).toBe(before)
  })

  it('wrong types and unknown keys → 422 INVALID_FIELD, record untouched', async () => {
    const [product] = await drive(
      client.items.list({ filter: { type: 'product' }, page: { limit: 1 } }),
    )
    const id = product?.id ?? ''
    const version = mockContext.store.getRecord(id)?.meta.currentVersionId
    const wrongType = await raw(`/items/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ data: { type: 'item', id, attributes: { stock: 'many', price: 3 } } }),
    })
    expect(await codeOf(wrongType)).toMatchObject({
      status: 422,
      code: 'INVALID_FIELD',
      details: { field: 'stock', code: 'INVALID_FORMAT' },
    })
    const unknownKey = await raw(`/items/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ data: { type: 'item', id, attributes: { colour: 'red' } } }),
    })
    expect(await codeOf(unknownKey)).toMatchObject({
      status: 422,
      details: { field: 'colour', code: 'UNKNOWN_FIELD' },
    })
    const wrongEnvelope = await raw(`/items/${id}`, {
      method: 'PUT',
      body: JSON.stringify({ stock: 1 }),
    })
    expect((await codeOf(wrongEnvelope)).status).toBe(422)
    const badLink = await raw('/items', {
      method: 'POST',
      body: JSON.stringify({
        data: {
          type: 'item',
          attributes: {},
          relationships: { item_type: { data: { type: 'item_type', id: 'nope' } } },
        },
      }),
    })
    expect(await codeOf(badLink)).toMatchObject({
      status: 422,
      code: 'INVALID_FIELD',
      details: { field: 'item_type' },
    })
    expect(mockContext.store.getRecord(id)?.meta.currentVersionId).toBe(version)
  })

  it('oversized pages, bad filters and orderings → documented 422s', async () => {
    expect(await codeOf(await raw('/items?page[limit]=501'))).toMatchObject({
      status: 422,
      code: 'INVALID_FIELD',
      details: { field: 'page[limit]' },
    })
    expect(await codeOf(await raw('/items?page[offset]=-1'))).toMatchObject({
      status: 422,
      code: 'INVALID_FIELD',
    })
    const versionsPage = await raw(
      `/items/${mockContext.store.allRecords().next().value?.id ?? ''}/versions?page[limit]=51`,
    )
    expect((await codeOf(versionsPage)).status).toBe(422)
    expect(
      await codeOf(await raw('/items?filter[type]=product&filter[fields][price][matches]=1')),
    ).toMatchObject({
      status: 422,
      code: 'INVALID_FILTER_FIELDS_PARAM',
    })
    expect(
      await codeOf(await raw('/items?filter[type]=product&filter[fields][price][approximately]=1')),
    ).toMatchObject({
      status: 422,
      code: 'INVALID_FILTER_FIELDS_PARAM',
    })
    expect(await codeOf(await raw('/items?filter[fields][price][eq]=1'))).toMatchObject({
      status: 422,
      code: 'INVALID_FILTER_FIELDS_PARAM',
    })
    expect(await codeOf(await raw('/items?order_by=price_ASC'))).toMatchObject({
      status: 422,
      code: 'INVALID_ORDERING',
    })
    expect(
      await codeOf(await raw('/items?filter[type]=product&order_by=price_SIDEWAYS')),
    ).toMatchObject({ status: 422, code: 'INVALID_ORDERING' })
  })

  it('unknown routes and ids → JSON 404s', async () => {
    expect(await codeOf(await raw('/no-such-thing'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    })
    expect(await codeOf(await raw('/versions/nope'))).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    })
    expect(await codeOf(await raw('/fields/nope/duplicate', { method: 'POST' }))).toMatchObject({
      status: 404,
    })
    expect(await codeOf(await raw('/item-types/nope/fields'))).toMatchObject({ status: 404 })
    expect(await codeOf(await raw('/job-results/0123456789abcdef01234567'))).toMatchObject({
      status: 404,
    })
    const unknownBulk = await raw('/items/bulk/destroy', {
      method: 'POST',
      body: JSON.stringify({
        data: {
          type: 'item_bulk_destroy_operation',
          relationships: { items: { data: [{ type: 'item', id: 'nope' }] } },
        },
      }),
    })
    expect(await codeOf(unknownBulk)).toMatchObject({ status: 422, details: { field: 'items' } })
  })
})

describe('CMA conformance: fault injection', () => {
  it('answers transient 500/503s and drops connections when told to', async () => {
    mockContext.setFaults({ transientErrorRate: 1 })
    const failed = await raw('/site')
    expect([500, 503]).toContain(failed.status)
    const body = (await failed.json()) as { data: { attributes: { transient?: boolean } }[] }
    expect(body.data[0]?.attributes.transient).toBe(true)
    mockContext.setFaults({ transientErrorRate: 0, dropRate: 1 })
    await expect(raw('/site')).rejects.toThrow()
    mockContext.setFaults({ dropRate: 0, rateLimitRate: 1 })
    expect((await raw('/site')).status).toBe(429)
  })
})
