// @vitest-environment node
import '../testing/node-storage-shim'
import 'fake-indexeddb/auto'
import { getResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID } from '../../api/demo-constants'
import { createMockContext, type MockContext } from '../context'
import { TEST_FAULT_SETTINGS } from '../faults'
import { createHandlers } from '../handlers'
import type { StoreSnapshot } from '../store/types'
import { createProjectFixture } from '../project/testing/project-fixture'
import { openSnapshotDb, type SnapshotDb } from './snapshot-db'
import {
  createLocalLocks,
  createStorePersistence,
  STORE_CHANNEL_NAME,
  type LockLike,
  type StorePersistence,
} from './store-persistence'

const UNICAT = 'https://unicat.app'
const PROJECT = `${UNICAT}/api/p/${DEMO_PROJECT_GID}`

const fixtureSnapshot = (): StoreSnapshot => createProjectFixture().store.toSnapshot()
const START_MS = createProjectFixture().clock.now()

/** What two browser tabs share: the origin's IndexedDB (fake), its Web Locks and wall time. */
interface Browser {
  dbName: string
  locks: LockLike
  now: number
}

interface Tab {
  context: MockContext
  persistence: StorePersistence
  db: SnapshotDb
  channel: BroadcastChannel
  call(
    path: string,
    body: unknown,
    jwt?: string,
  ): Promise<{ status: number; headers: Headers; body: { result: Record<string, unknown> } }>
  close(): void
}

let browserSeq = 0
const openTabs: Tab[] = []

function newBrowser(): Browser {
  browserSeq++
  return {
    dbName: `coc-mock-test-${browserSeq}-${Date.now()}`,
    locks: createLocalLocks(),
    now: START_MS,
  }
}

/** Opens the demo in a tab the way `startDemo` does, minus the service worker. */
async function openTab(browser: Browser): Promise<Tab> {
  const db = await openSnapshotDb(browser.dbName)
  const persisted = await db.read()
  const context = createMockContext({
    snapshot: persisted?.snapshot ?? fixtureSnapshot(),
    faults: TEST_FAULT_SETTINGS,
  })
  const channel = new BroadcastChannel(`${STORE_CHANNEL_NAME}:${browser.dbName}`)
  const persistence = createStorePersistence({
    context,
    db,
    revision: persisted?.revision ?? 0,
    locks: browser.locks,
    channel,
    debounceMs: 5,
    now: () => browser.now,
  })
  context.setClock(persistence.clock)
  if (!persisted) await persistence.saveNow()
  const handlers = createHandlers(context)
  const tab: Tab = {
    context,
    persistence,
    db,
    channel,
    async call(path, body, jwt) {
      await persistence.beforeRequest()
      const headers: Record<string, string> = { 'Content-Type': 'application/json' }
      if (jwt) headers.Authorization = jwt
      const request = new Request(`${path.startsWith('/sync') ? UNICAT : PROJECT}${path}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
      })
      const response = await getResponse(handlers, request)
      if (!response) throw new Error(`unhandled ${path}`)
      return { status: response.status, headers: response.headers, body: await response.json() }
    },
    close() {
      persistence.dispose()
      channel.close()
      db.close()
    },
  }
  openTabs.push(tab)
  return tab
}

async function authenticate(tab: Tab): Promise<string> {
  const response = await tab.call('/auth', { api_key: DEMO_EDITOR_TOKEN })
  return response.headers.get('Authorization') ?? ''
}

const duplicates = (context: MockContext) =>
  [...context.store.allRecords()].filter((record) =>
    JSON.stringify(record.attributes).includes('(duplicate)'),
  )

afterEach(() => {
  for (const tab of openTabs.splice(0)) tab.close()
})

describe('store persistence', () => {
  it('seeds an empty database once; the next tab loads that revision', async () => {
    const browser = newBrowser()
    const first = await openTab(browser)
    expect(first.persistence.revision).toBe(1)
    const second = await openTab(browser)
    expect(second.persistence.revision).toBe(1)
    expect(second.context.store.recordCount).toBe(first.context.store.recordCount)
  })

  it('writes changes through (debounced) and keeps them across a reload', async () => {
    const browser = newBrowser()
    const tab = await openTab(browser)
    const [record] = tab.context.store.allRecords()
    tab.context.store.updateRecord(record?.id ?? '', { attributes: { slug: 'renamed' } })
    await vi.waitFor(async () => expect(await tab.db.readRevision()).toBe(2))
    tab.close()
    const reloaded = await openTab(browser)
    expect(reloaded.context.store.getRecord(record?.id ?? '')?.attributes.slug).toBe('renamed')
  })

  it('flushes a pending change at once on flush (pagehide path)', async () => {
    const browser = newBrowser()
    const tab = await openTab(browser)
    const [record] = tab.context.store.allRecords()
    tab.context.store.updateRecord(record?.id ?? '', { attributes: { slug: 'flushed' } })
    await tab.persistence.flush()
    expect(
      (await tab.db.read())?.snapshot.records.find((stored) => stored.id === record?.id)?.attributes
        .slug,
    ).toBe('flushed')
  })

  it('shows another tab’s changes', async () => {
    const browser = newBrowser()
    const a = await openTab(browser)
    const b = await openTab(browser)
    const [record] = a.context.store.allRecords()
    a.context.store.updateRecord(record?.id ?? '', { attributes: { slug: 'from-tab-a' } })
    await vi.waitFor(() =>
      expect(b.context.store.getRecord(record?.id ?? '')?.attributes.slug).toBe('from-tab-a'),
    )
    expect(b.persistence.revision).toBe(a.persistence.revision)
  })

  it('continues a job in flight after a reload: the clock, not the page, runs it', async () => {
    const browser = newBrowser()
    const tab = await openTab(browser)
    const jwt = await authenticate(tab)
    const cursor = (await tab.call('/sync/cursors', {}, jwt)).body.result['cc.cursor'] as number
    const started = await tab.call(
      '/records/bulk/duplicate',
      { selection: [{ search: { filter: ['classes', 'has', 'product'] } }] },
      jwt,
    )
    const token = started.body.result['job.token']
    await tab.persistence.flush()
    tab.close()

    browser.now += 60_000
    const reloaded = await openTab(browser)
    const jwtAgain = await authenticate(reloaded)
    const sync = (await reloaded.call('/sync/get', { cc_cursor: cursor }, jwtAgain)).body.result
      .sync as { data_key: string; data: { status: string; result?: { records: string[] } } }[]
    const done = sync.find((event) => event.data_key === token && event.data.status === 'done')
    expect(done?.data.result?.records).toHaveLength(3)
    expect(duplicates(reloaded.context)).toHaveLength(3)
  })

  it('applies a job’s effects exactly once when two tabs settle it at the same moment', async () => {
    const browser = newBrowser()
    const a = await openTab(browser)
    const b = await openTab(browser)
    const jwt = await authenticate(a)
    await a.call(
      '/records/bulk/duplicate',
      { selection: [{ search: { filter: ['classes', 'has', 'product'] } }] },
      jwt,
    )
    await a.persistence.flush()
    await vi.waitFor(() => expect(b.context.store.listJobs()).toHaveLength(1))

    const revisionBefore = await a.db.readRevision()
    browser.now += 60_000
    await Promise.all([
      a.persistence.tick(),
      b.persistence.tick(),
      a.persistence.beforeRequest(),
      b.persistence.beforeRequest(),
    ])
    await vi.waitFor(() => expect(b.persistence.revision).toBe(a.persistence.revision))

    // One tab settled and wrote; the other re-read that inside the lock and found nothing due.
    expect(await a.db.readRevision()).toBe(revisionBefore + 1)
    const persisted = (await a.db.read())?.snapshot
    const copies = persisted?.records.filter((record) =>
      JSON.stringify(record.attributes).includes('(duplicate)'),
    )
    expect(copies).toHaveLength(3)
    expect(persisted?.jobEvents.filter((event) => event.data.status === 'done')).toHaveLength(1)
    expect(duplicates(a.context)).toHaveLength(3)
    expect(duplicates(b.context)).toHaveLength(3)
  })

  it('resets to the seed in every tab', async () => {
    const browser = newBrowser()
    const a = await openTab(browser)
    const b = await openTab(browser)
    const seeded = a.context.store.recordCount
    const [record] = a.context.store.allRecords()
    a.context.store.duplicateRecord(record?.id ?? '')
    await a.persistence.flush()
    await vi.waitFor(() => expect(b.context.store.recordCount).toBe(seeded + 1))

    await b.persistence.replaceAll(fixtureSnapshot())
    await vi.waitFor(() => expect(a.context.store.recordCount).toBe(seeded))
    expect(b.context.store.recordCount).toBe(seeded)
    expect((await a.db.read())?.snapshot.records).toHaveLength(seeded)
  })
})
