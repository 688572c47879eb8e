// @vitest-environment node
import '../testing/node-storage-shim'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_PROJECT_API_BASE_URL,
  DEMO_EDITOR_TOKEN,
  DEMO_PROJECT_GID,
  DEMO_VIEWER_TOKEN,
} from '../../api/demo-constants'
import { TEST_FAULT_SETTINGS, type FaultSettings } from '../faults'
import { ContentStore } from '../store'
import type { TestClock } from '../clock'
import { BULK_SELECTION_MAX_RECORDS } from './bulk-duplicate-job'
import { createProjectHandlers } from './project-handlers'
import { JWT_TTL_MS } from './jwt'
import { createProjectFixture, type ProjectFixture } from './testing/project-fixture'

const BASE = DEFAULT_PROJECT_API_BASE_URL
const PROJECT = `${BASE}/api/p/${DEMO_PROJECT_GID}`

/** The handlers read these through getters, so each test can swap in a fresh fixture. */
let fixture: ProjectFixture
let faults: FaultSettings = { ...TEST_FAULT_SETTINGS }

const server = setupServer(
  ...createProjectHandlers({
    get store() {
      return fixture.store
    },
    clock: { now: () => fixture.clock.now() },
    baseUrl: BASE,
    faults: () => faults,
  }),
)

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
beforeEach(() => {
  fixture = createProjectFixture()
  faults = { ...TEST_FAULT_SETTINGS }
})
afterEach(() => server.resetHandlers())

interface Envelope {
  success: boolean
  result: Record<string, unknown>
  data: Record<string, unknown>
}

async function post(
  url: string,
  body: unknown,
  jwt?: string,
): Promise<{ status: number; headers: Headers; body: Envelope }> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (jwt) headers.Authorization = `Bearer ${jwt}`
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Envelope,
  }
}

/**
 * A client shaped like Unicat's own (`unicat/api.py`): authenticate for a JWT, remember the
 * sync cursor, call endpoints, and track a job through `/sync/get` by its token.
 */
class UnicatClient {
  jwt = ''
  constructor(private readonly apiKey = DEMO_EDITOR_TOKEN) {}

  async authenticate(): Promise<number> {
    const response = await post(`${PROJECT}/auth`, { api_key: this.apiKey })
    expect(response.status).toBe(200)
    this.jwt = response.headers.get('Authorization') ?? ''
    return response.body.result['cc.cursor'] as number
  }

  call(path: string, body: unknown) {
    return post(path.startsWith('/sync') ? `${BASE}${path}` : `${PROJECT}${path}`, body, this.jwt)
  }

  async prepareForJob(): Promise<number> {
    const response = await this.call('/sync/cursors', {})
    return response.body.result['cc.cursor'] as number
  }

  async selection(selection: unknown[], extra: Record<string, unknown> = {}): Promise<string[]> {
    const response = await this.call('/records/bulk/get', { selection, 'page.size': 500, ...extra })
    expect(response.body.success, JSON.stringify(response.body.result)).toBe(true)
    return response.body.result.records as string[]
  }

  /** Polls the sync feed once a (mock) second until the job is done or rejected. */
  async trackJob(cursor: number, token: string, clock: TestClock, stepMs = 1000) {
    const events: Record<string, unknown>[] = []
    let last = cursor
    for (let polls = 0; polls < 10_000; polls++) {
      const response = await this.call('/sync/get', { cc_cursor: last })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      for (const item of response.body.result.sync as Record<string, unknown>[]) {
        last = item.cursor as number
        if (item.data_type === 'jobs' && item.data_key === token) events.push(item)
      }
      const status = (events.at(-1)?.data as { status?: string } | undefined)?.status
      if (status === 'done' || status === 'rejected') return events
      clock.advance(stepMs)
    }
    throw new Error('job never finished')
  }
}

const id = (name: string) => fixture.ids[name] ?? `missing:${name}`
const named = (ids: string[]) => {
  const names = new Map(Object.entries(fixture.ids).map(([name, value]) => [value, name]))
  return ids.map((value) => names.get(value) ?? value)
}

describe('auth', () => {
  it('exchanges a CMA token for a JWT in the Authorization header and the sync cursor', async () => {
    const response = await post(`${PROJECT}/auth`, { api_key: DEMO_EDITOR_TOKEN })
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/)
    expect(response.headers.get('Authorization')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)
    expect(response.body).toEqual({
      success: true,
      result: expect.objectContaining({ 'cc.cursor': 0, project: DEMO_PROJECT_GID }),
      data: {},
    })
  })

  it('answers 400, 401 and 403 with the failure envelope', async () => {
    const missing = await post(`${PROJECT}/auth`, {})
    expect(missing.status).toBe(400)
    expect(missing.body).toEqual({
      success: false,
      result: { code: 400, message: expect.any(String), info: {} },
      data: {},
    })
    expect((await post(`${PROJECT}/auth`, '{"api_key": ')).status).toBe(400)
    expect((await post(`${PROJECT}/auth`, { api_key: 42 })).status).toBe(400)

    const unknownKey = await post(`${PROJECT}/auth`, { api_key: 'nope' })
    expect(unknownKey.status).toBe(401)
    expect(unknownKey.headers.get('WWW-Authenticate')).toBe('Bearer realm="JWT access to Unicat."')

    const otherProject = await post(`${BASE}/api/p/11111111-2222-4333-8444-555555555555/auth`, {
      api_key: DEMO_EDITOR_TOKEN,
    })
    expect(otherProject.status).toBe(403)
    expect(otherProject.body.result.code).toBe(403)
  })

  it('refuses calls without a JWT, with a tampered one, and for another project', async () => {
    const client = new UnicatClient()
    await client.authenticate()
    expect((await post(`${PROJECT}/records/bulk/get`, { selection: [] })).status).toBe(401)
    const [head, payload, signature] = client.jwt.split('.')
    const tampered = `${head}.${payload}x.${signature}`
    expect((await post(`${PROJECT}/records/bulk/get`, { selection: [] }, tampered)).status).toBe(
      401,
    )
    const elsewhere = await post(
      `${BASE}/api/p/11111111-2222-4333-8444-555555555555/records/bulk/get`,
      { selection: [] },
      client.jwt,
    )
    expect(elsewhere.status).toBe(403)
  })

  it('expires JWTs after 15 minutes of mock time; authenticating again works', async () => {
    const client = new UnicatClient()
    await client.authenticate()
    fixture.clock.advance(JWT_TTL_MS - 1000)
    expect((await client.call('/records/bulk/get', { selection: [id('home')] })).status).toBe(200)
    fixture.clock.advance(1000)
    const expired = await client.call('/records/bulk/get', { selection: [id('home')] })
    expect(expired.status).toBe(401)
    expect(expired.headers.get('WWW-Authenticate')).toMatch(/^Bearer realm="/)
    expect(expired.body).toMatchObject({ success: false, result: { code: 401 } })
    expect((await client.call('/sync/cursors', {})).status).toBe(401)
    await client.authenticate()
    expect((await client.call('/records/bulk/get', { selection: [id('home')] })).status).toBe(200)
  })

  it('lets the viewer token read but not duplicate', async () => {
    const viewer = new UnicatClient(DEMO_VIEWER_TOKEN)
    await viewer.authenticate()
    expect(await viewer.selection([id('home')])).toEqual([id('home')])
    const refused = await viewer.call('/records/bulk/duplicate', { selection: [id('home')] })
    expect(refused.status).toBe(403)
    expect(refused.body.result.code).toBe(403)
  })
})

describe('records/bulk/get', () => {
  let client: UnicatClient
  beforeEach(async () => {
    client = new UnicatClient()
    await client.authenticate()
  })

  it('answers records, their count, a cursor and the records’ data', async () => {
    const response = await client.call('/records/bulk/get', {
      selection: [id('about'), id('post-cms')],
      language: 'it',
    })
    expect(response.body.result).toEqual({
      records: [id('about'), id('post-cms')],
      'records.size': 2,
      'page.cursor': null,
    })
    const about = fixture.store.getRecord(id('about'))
    expect((response.body.data.records as Record<string, unknown>)[id('about')]).toEqual({
      gid: id('about'),
      definition: fixture.models.page,
      parent: id('home'),
      title: { it: 'Chi siamo' },
      status: 'published',
      updated_on: (about?.meta.updatedAt ?? 0) / 1000,
    })
    const all = await client.call('/records/bulk/get', { selection: [id('post-draft')] })
    expect(
      (all.body.data.records as Record<string, { title: unknown }>)[id('post-draft')]?.title,
    ).toEqual({
      en: 'Untitled draft',
      it: '',
      nl: '',
    })
  })

  it('pages with page.size and page.cursor until the cursor is null', async () => {
    const selection = [{ search: { filter: ['classes', 'has', 'page'] } }]
    const seen: string[] = []
    let cursor: unknown = null
    let pages = 0
    do {
      const response = await client.call('/records/bulk/get', {
        selection,
        'page.size': 3,
        'page.cursor': cursor,
      })
      expect(response.body.result['records.size']).toBe(7)
      seen.push(...(response.body.result.records as string[]))
      cursor = response.body.result['page.cursor']
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(named(seen)).toEqual(['home', 'about', 'blog', 'contact', 'team', 'history', 'founders'])
    const nested = await client.call('/records/bulk/get', { selection, page: { size: 2 } })
    expect(nested.body.result.records).toHaveLength(2)
  })

  it('unites entries, removing duplicates in first-seen order, and applies exclude per entry', async () => {
    expect(
      named(
        await client.selection([
          id('blog'),
          { children: id('home') },
          id('home'),
          { search: { q: 'mug' } },
          id('blog'),
        ]),
      ),
    ).toEqual(['blog', 'about', 'contact', 'home', 'product-mug'])
    expect(
      named(
        await client.selection([
          { children: id('home'), exclude: [id('about')] },
          { search: { filter: ['classes', 'has', 'tag'] }, exclude: [id('tag-cms')] },
        ]),
      ),
    ).toEqual(['blog', 'contact', 'tag-news'])
  })

  it('selects children per channel and ordering', async () => {
    const children = (channel?: string, ordering?: string, parent = 'home', language?: string) =>
      client
        .selection(
          [
            {
              children: id(parent),
              ...(channel ? { channel } : {}),
              ...(ordering ? { ordering } : {}),
            },
          ],
          language ? { language } : {},
        )
        .then(named)
    expect(await children()).toEqual(['about', 'blog', 'contact'])
    expect(await children('__all__', '__default__')).toEqual(['about', 'blog', 'contact'])
    expect(await children('web')).toEqual(['contact', 'about'])
    expect(await children('print')).toEqual(['about'])
    expect(await children('print', undefined, 'about')).toEqual(['history'])
    expect(await children('__all__', 'title')).toEqual(['about', 'blog', 'contact'])
    expect(await children('__all__', 'title', 'home', 'it')).toEqual(['blog', 'about', 'contact'])
    expect(await children('__all__', '-updated')).toEqual(['contact', 'about', 'blog'])
    expect(await children('web', 'title')).toEqual(['about', 'contact'])
  })

  it('searches with +, - and plain terms in a language', async () => {
    const q = (text: string, language?: string) =>
      client.selection([{ search: { q: text, ...(language ? { language } : {}) } }]).then(named)
    expect(await q('+cms +release')).toEqual(['post-release'])
    expect(await q('+CMS -release -founders')).toEqual(['tag-cms', 'post-cms'])
    expect(await q('mug poster')).toEqual(['product-mug', 'product-poster'])
    expect(await q('+cms 225')).toEqual(['founders', 'tag-cms', 'post-cms', 'post-release'])
    expect(await q('caffe', 'it')).toEqual(['post-coffee'])
    expect(await q('koffie', 'en')).toEqual([])
  })

  it.each<[string, unknown, string[]]>([
    ['classes has', ['classes', 'has', 'tag'], ['tag-cms', 'tag-news']],
    ['definition is', ['definition', 'is', 'm-tag'], ['tag-cms', 'tag-news']],
    [
      'definition is_not',
      [
        'and',
        '',
        [
          ['definition', 'is_not', 'page'],
          ['definition', 'is_not', 'blog_post'],
          ['definition', 'is_not', 'tag'],
        ],
      ],
      ['product-mug', 'product-shirt', 'product-poster'],
    ],
    ['status is', ['status', 'is', 'updated'], ['post-release']],
    [
      'status is_not',
      [
        'and',
        '',
        [
          ['classes', 'has', 'blog_post'],
          ['status', 'is_not', 'draft'],
        ],
      ],
      ['post-cms', 'post-release'],
    ],
    ['updated_on >', ['updated_on', '>', [2, 'days']], ['post-release']],
    [
      'updated_on <',
      [
        'and',
        '',
        [
          ['classes', 'has', 'blog_post'],
          ['updated_on', '<', [3, 'days']],
        ],
      ],
      ['post-coffee', 'post-draft'],
    ],
    // Team has no Dutch title, which is required.
    ['validation is_empty', ['validation', 'is_empty'], ['team', 'post-draft']],
    [
      'validation not_translated',
      [
        'and',
        '',
        [
          ['classes', 'has', 'blog_post'],
          ['validation', 'not_translated'],
        ],
      ],
      ['post-release', 'post-draft'],
    ],
    [
      'validation any',
      [
        'and',
        '',
        [
          ['classes', 'has', 'product'],
          ['validation', 'any'],
        ],
      ],
      [],
    ],
    ['fields is', ['fields.sku', 'is', 'SHIRT-1'], ['product-shirt']],
    [
      'fields is_not',
      [
        'and',
        '',
        [
          ['classes', 'has', 'product'],
          ['fields.stock', 'is_not', 0],
        ],
      ],
      ['product-mug', 'product-poster'],
    ],
    ['fields contains', ['fields.body', 'contains', 'KOFFIE'], ['post-coffee']],
    ['fields <', ['fields.stock', '<', 10], ['product-shirt', 'product-poster']],
    ['fields >', ['fields.reading_time', '>', 5], ['post-cms', 'post-coffee']],
    ['fields is_empty', ['fields.publish_date', 'is_empty'], ['post-draft']],
    ['fields is_true', ['fields.featured', 'is_true'], ['post-cms']],
    [
      'fields is_false',
      ['fields.featured', 'is_false'],
      ['post-release', 'post-coffee', 'post-draft'],
    ],
    [
      'or',
      [
        'or',
        '',
        [
          ['fields.sku', 'is', 'MUG-1'],
          ['fields.slug', 'is', 'coffee'],
        ],
      ],
      ['post-coffee', 'product-mug'],
    ],
    [
      'not',
      [
        'and',
        '',
        [
          ['classes', 'has', 'product'],
          ['not', '', ['fields.price', '>', 10]],
        ],
      ],
      ['product-mug'],
    ],
  ])('filters: %s', async (_name, filter, expected) => {
    expect(named(await client.selection([{ search: { language: 'nl', filter } }]))).toEqual(
      expected,
    )
  })

  it('answers 1006 naming the entry for a selection it cannot resolve', async () => {
    const refuse = async (selection: unknown[]) => {
      const response = await client.call('/records/bulk/get', { selection })
      expect(response.status).toBe(422)
      expect(response.body.success).toBe(false)
      expect(response.body.result).toMatchObject({ code: 1006, message: 'Bulk selection error' })
      return response.body.result.info as { entry: number; reason: string }
    }
    expect(await refuse([id('home'), 'no-such-gid'])).toEqual({
      entry: 1,
      reason: 'unknown record "no-such-gid"',
    })
    expect(await refuse([id('home'), id('about'), { children: 'ghost' }])).toEqual({
      entry: 2,
      reason: 'unknown parent record "ghost"',
    })
    expect((await refuse([{ children: id('home'), channel: 'radio' }])).reason).toMatch(
      /unknown channel "radio"/,
    )
    expect((await refuse([{ children: id('home'), ordering: 'random' }])).reason).toMatch(
      /unknown ordering/,
    )
    expect(
      (await refuse([id('home'), { search: { filter: ['fields.price', 'resembles', 3] } }])).entry,
    ).toBe(1)
    expect((await refuse([{ search: { filter: ['status', 'is', 'gone'] } }])).reason).toMatch(
      /status must be one of/,
    )
    expect((await refuse([{ search: {} }])).reason).toMatch(/at least one of q and filter/)
    expect((await refuse([7])).entry).toBe(0)
  })

  it('answers 400 for a missing or mistyped parameter and an oversized page', async () => {
    expect((await client.call('/records/bulk/get', {})).status).toBe(400)
    expect((await client.call('/records/bulk/get', { selection: 'all' })).status).toBe(400)
    expect(
      (await client.call('/records/bulk/get', { selection: [], 'page.size': 501 })).status,
    ).toBe(400)
    expect((await client.call('/records/bulk/get', { selection: [], 'page.size': 0 })).status).toBe(
      400,
    )
    expect((await client.call('/records/bulk/get', { selection: [], language: 'fr' })).status).toBe(
      400,
    )
    expect((await client.call('/records/bulk/get', '[1,2]')).status).toBe(400)
    const badCursor = await client.call('/records/bulk/get', {
      selection: [],
      'page.cursor': 'garbage',
    })
    expect(badCursor.status).toBe(422)
    expect(badCursor.body.result.code).toBe(1006)
  })
})

interface JobEventData {
  project_gid: string
  job: string
  status: string
  info: { total: number; remaining: number; failed?: number; reason?: string }
  created_on: number
  updated_on: number
  result?: { records: string[]; errors: { record: string; reason: string }[] }
}

describe('bulk duplicate and the sync feed', () => {
  let client: UnicatClient
  beforeEach(async () => {
    client = new UnicatClient()
    await client.authenticate()
  })

  const dataOf = (events: Record<string, unknown>[]) =>
    events.map((event) => event.data as JobEventData)

  it('runs queued → processing → done on the clock, reporting shrinking progress and the copies', async () => {
    const cursor = await client.prepareForJob()
    const selection = [
      { children: id('home') },
      id('post-cms'),
      { search: { filter: ['classes', 'has', 'product'] } },
    ]
    const started = await client.call('/records/bulk/duplicate', { selection })
    expect(started.status, JSON.stringify(started.body)).toBe(200)
    const token = started.body.result['job.token'] as string
    expect(token).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(started.body).toEqual({ success: true, result: { 'job.token': token }, data: {} })

    const events = await client.trackJob(cursor, token, fixture.clock, 250)
    const data = dataOf(events)
    expect(
      data.map((event) => event.status).filter((status, index, all) => status !== all[index - 1]),
    ).toEqual(['queued', 'processing', 'done'])
    expect(events[0]).toMatchObject({
      type: 'cc',
      action: 'UPDATE',
      data_type: 'jobs',
      data_key: token,
    })
    expect(data[0]).toMatchObject({
      project_gid: DEMO_PROJECT_GID,
      job: 'bulk_duplicate_records',
      info: { total: 7, remaining: 7 },
    })

    const cursors = events.map((event) => event.cursor as number)
    expect(cursors).toEqual(cursors.map((_, index) => (cursors[0] ?? 0) + index))
    for (let index = 1; index < data.length; index++) {
      const previous = data[index - 1] as JobEventData
      const current = data[index] as JobEventData
      expect(current.info.remaining).toBeLessThanOrEqual(previous.info.remaining)
      expect(current.updated_on).toBeGreaterThanOrEqual(previous.updated_on)
      if (previous.status === 'processing')
        expect(current.updated_on - previous.updated_on).toBeLessThanOrEqual(1)
    }

    const done = data.at(-1) as JobEventData
    expect(done.info).toEqual({ total: 7, remaining: 0, failed: 0 })
    expect(done.result?.errors).toEqual([])
    const copies = done.result?.records ?? []
    expect(copies).toHaveLength(7)
    const copyOfAbout = fixture.store.getRecord(copies[0] ?? '')
    expect(copyOfAbout?.attributes.title).toEqual({
      en: 'About us (duplicate)',
      it: 'Chi siamo (duplicate)',
      nl: 'Over ons (duplicate)',
    })
    expect(copyOfAbout?.attributes.slug).toBe('about-duplicate-1')
    expect(copyOfAbout?.meta.status).toBe('draft')
    expect(copyOfAbout?.parentId).toBe(id('home'))
    expect(fixture.store.getRecord(copies[6] ?? '')?.attributes.sku).toBe('POSTER-1-duplicate-1')
    // The copies are records like any other: the Project API selects them too.
    expect(await client.selection([{ search: { q: '+duplicate' } }])).toEqual(copies)
  })

  it('progresses with time, not with polls: polling twice at one instant changes nothing', async () => {
    const cursor = await client.prepareForJob()
    const started = await client.call('/records/bulk/duplicate', {
      selection: [{ search: { filter: ['classes', 'has', 'blog_post'] } }],
    })
    const token = started.body.result['job.token'] as string
    const first = await client.call('/sync/get', { cc_cursor: cursor })
    const again = await client.call('/sync/get', { cc_cursor: cursor })
    expect(again.body).toEqual(first.body)
    fixture.clock.advance(60_000)
    const later = await client.call('/sync/get', { cc_cursor: cursor })
    const statuses = (later.body.result.sync as { data: JobEventData; data_key: string }[])
      .filter((event) => event.data_key === token)
      .map((event) => event.data.status)
    expect(statuses.at(-1)).toBe('done')
  })

  it('reports progress at least once per 5% of a larger job', async () => {
    for (let n = 0; n < 60; n++)
      fixture.store.createRecord({
        itemTypeId: fixture.models.tag ?? '',
        attributes: { name: { en: `extra ${n}`, it: null, nl: null } },
      })
    const cursor = await client.prepareForJob()
    const started = await client.call('/records/bulk/duplicate', {
      selection: [{ search: { filter: ['classes', 'has', 'tag'] } }],
    })
    const token = started.body.result['job.token'] as string
    const data = dataOf(await client.trackJob(cursor, token, fixture.clock, 5_000))
    const total = data[0]?.info.total ?? 0
    expect(total).toBe(62)
    for (let index = 1; index < data.length; index++) {
      const drop = (data[index - 1]?.info.remaining ?? 0) - (data[index]?.info.remaining ?? 0)
      expect(drop).toBeLessThanOrEqual(Math.ceil(total * 0.05))
    }
    expect(data.at(-1)?.result?.records).toHaveLength(62)
  })

  it('runs one bulk job at a time: a later job waits queued until the first is done', async () => {
    const cursor = await client.prepareForJob()
    const first = (
      await client.call('/records/bulk/duplicate', { selection: [id('home'), id('about')] })
    ).body.result['job.token']
    const second = (await client.call('/records/bulk/duplicate', { selection: [id('blog')] })).body
      .result['job.token']
    const events = await client.trackJob(cursor, second as string, fixture.clock, 500)
    const all = (await client.call('/sync/get', { cc_cursor: cursor })).body.result.sync as {
      data_key: string
      data: JobEventData
    }[]
    const firstDone = all.find((event) => event.data_key === first && event.data.status === 'done')
    const secondProcessing = all.find(
      (event) => event.data_key === second && event.data.status === 'processing',
    )
    expect(dataOf(events)[0]?.status).toBe('queued')
    expect(all.indexOf(secondProcessing as never)).toBeGreaterThan(all.indexOf(firstDone as never))
    expect(secondProcessing?.data.updated_on).toBeGreaterThanOrEqual(
      firstDone?.data.updated_on ?? Infinity,
    )
  })

  it(`rejects a selection over ${BULK_SELECTION_MAX_RECORDS} records, with the reason`, async () => {
    const snapshot = fixture.store.toSnapshot()
    const many = ContentStore.fromSnapshot(snapshot, { clock: fixture.clock })
    many.batch(() => {
      for (let n = 0; n < BULK_SELECTION_MAX_RECORDS; n++) {
        many.createRecord({
          itemTypeId: fixture.models.tag ?? '',
          attributes: { name: { en: `bulk ${n}`, it: null, nl: null } },
        })
      }
    })
    fixture = { ...fixture, store: many }
    const cursor = await client.prepareForJob()
    const started = await client.call('/records/bulk/duplicate', {
      selection: [{ search: { filter: ['classes', 'has', 'tag'] } }],
    })
    expect(started.status).toBe(200)
    const token = started.body.result['job.token'] as string
    const data = dataOf(await client.trackJob(cursor, token, fixture.clock))
    expect(data.map((event) => event.status)).toEqual(['rejected'])
    expect(data[0]?.info).toMatchObject({
      total: BULK_SELECTION_MAX_RECORDS + 2,
      reason: expect.stringMatching(/at most 10000/),
    })
    expect(many.recordCount).toBe(fixture.store.recordCount)
  })

  it('reports records it could not copy in info.failed and result.errors', async () => {
    const cursor = await client.prepareForJob()
    const token = (
      await client.call('/records/bulk/duplicate', { selection: [id('home'), id('contact')] })
    ).body.result['job.token'] as string
    fixture.store.destroyRecord(id('contact'))
    const done = dataOf(await client.trackJob(cursor, token, fixture.clock)).at(-1)
    expect(done?.info).toEqual({ total: 2, remaining: 0, failed: 1 })
    expect(done?.result?.errors).toEqual([
      { record: id('contact'), reason: expect.stringMatching(/deleted/) },
    ])
    expect(done?.result?.records).toHaveLength(1)
  })

  it('fails part of a job when fault injection says jobs fail', async () => {
    faults = { ...faults, jobFailureRate: 1 }
    const cursor = await client.prepareForJob()
    const token = (
      await client.call('/records/bulk/duplicate', {
        selection: [{ search: { filter: ['classes', 'has', 'product'] } }],
      })
    ).body.result['job.token'] as string
    const done = dataOf(await client.trackJob(cursor, token, fixture.clock)).at(-1)
    expect(done?.status).toBe('done')
    expect(done?.info.failed).toBeGreaterThan(0)
    expect(done?.result?.errors[0]?.reason).toMatch(/injected/)
    expect((done?.result?.records.length ?? 0) + (done?.info.failed ?? 0)).toBe(3)
  })

  it('validates the selection before starting a job', async () => {
    const refused = await client.call('/records/bulk/duplicate', {
      selection: [id('home'), { children: id('home'), channel: 'tv' }],
    })
    expect(refused.status).toBe(422)
    expect(refused.body.result).toMatchObject({ code: 1006, info: { entry: 1 } })
    expect((await client.call('/records/bulk/duplicate', {})).status).toBe(400)
    expect(fixture.store.listJobs()).toEqual([])
  })

  it('hands out at most 500 events per /sync/get, with a warning when more remain', async () => {
    const cursor = await client.prepareForJob()
    for (let n = 0; n < 130; n++)
      await client.call('/records/bulk/duplicate', { selection: [id('blog')] })
    fixture.clock.advance(10 * 60_000)
    const first = await client.call('/sync/get', { cc_cursor: cursor })
    const sync = first.body.result.sync as { cursor: number }[]
    expect(sync).toHaveLength(500)
    expect(first.body.result.warning).toEqual(expect.any(String))
    const rest = await client.call('/sync/get', { cc_cursor: sync.at(-1)?.cursor })
    expect(rest.body.result.warning).toBeUndefined()
    expect((rest.body.result.sync as unknown[]).length).toBeGreaterThan(0)
    expect((await client.call('/sync/get', {})).status).toBe(400)
    expect((await client.call('/sync/get', { cc_cursor: 'x' })).status).toBe(400)
  })

  it('runs an empty selection straight through to done', async () => {
    const cursor = await client.prepareForJob()
    const token = (await client.call('/records/bulk/duplicate', { selection: [] })).body.result[
      'job.token'
    ] as string
    const data = dataOf(await client.trackJob(cursor, token, fixture.clock))
    // Queued, then processing (a heartbeat or more while the job's overhead passes), then done.
    const statuses = data.map((event) => event.status)
    expect(statuses[0]).toBe('queued')
    expect(statuses.at(-1)).toBe('done')
    expect(new Set(statuses.slice(1, -1))).toEqual(new Set(['processing']))
    expect(data.at(-1)).toMatchObject({
      info: { total: 0, remaining: 0, failed: 0 },
      result: { records: [], errors: [] },
    })
  })

  it('answers unknown Project API paths in its own envelope', async () => {
    const response = await client.call('/records/bulk/teleport', {})
    expect(response.status).toBe(404)
    expect(response.body).toMatchObject({ success: false, result: { code: 404 } })
  })
})

describe('fault injection', () => {
  it('answers transient 500/503s and 429s in the Project API envelope, before touching the store', async () => {
    const client = new UnicatClient()
    await client.authenticate()
    faults = { ...faults, transientErrorRate: 1 }
    const failed = await client.call('/records/bulk/duplicate', { selection: [id('home')] })
    expect([500, 503]).toContain(failed.status)
    expect(failed.body).toMatchObject({ success: false, result: { code: failed.status } })
    expect(fixture.store.listJobs()).toEqual([])

    faults = { ...faults, transientErrorRate: 0, rateLimitRate: 1 }
    const limited = await client.call('/sync/cursors', {})
    expect(limited.status).toBe(429)
    expect(limited.headers.get('Retry-After')).toBe('1')
    expect(limited.body.result.code).toBe(429)
  })

  it('drops connections', async () => {
    faults = { ...faults, dropRate: 1 }
    await expect(post(`${PROJECT}/auth`, { api_key: DEMO_EDITOR_TOKEN })).rejects.toThrow(TypeError)
  })
})
