// @vitest-environment node
import '../testing/node-storage-shim'
import { describe, expect, it } from 'vitest'
import { createTestClock } from '../clock'
import { ContentStore } from './content-store'
import type { StoreChange, StoreSnapshot } from './types'

function tinySnapshot(): StoreSnapshot {
  return {
    schemaVersion: 1,
    seed: { size: 'empty', prngSeed: 1, epoch: 0 },
    site: {
      id: 's',
      name: 'Site',
      internalDomain: 'x',
      locales: ['en', 'it', 'nl'],
      timezone: 'UTC',
      createdAt: 0,
    },
    itemTypes: [
      {
        id: 'm1',
        name: 'Page',
        apiKey: 'page',
        draftModeActive: true,
        sortable: true,
        tree: true,
        singleton: false,
        allLocalesRequired: false,
        hint: null,
        fieldIds: ['f1'],
        titleFieldId: 'f1',
        position: 0,
      },
    ],
    fields: [
      {
        id: 'f1',
        itemTypeId: 'm1',
        label: 'Title',
        apiKey: 'title',
        fieldType: 'string',
        localized: true,
        defaultValue: null,
        hint: null,
        validators: { required: {} },
        appearance: { editor: 'single_line', parameters: {}, addons: [] },
        position: 0,
      },
    ],
    records: [],
    versions: [],
    channels: [],
    jobs: [],
    jobEvents: [],
    counters: { idSeq: 0, eventCursor: 0 },
  }
}

describe('ContentStore', () => {
  it('walks a record through draft → published → updated → draft with versions', () => {
    const clock = createTestClock()
    const store = ContentStore.fromSnapshot(tinySnapshot(), { clock })
    const changes: StoreChange[] = []
    store.subscribe((change) => changes.push(change))

    const record = store.createRecord({ itemTypeId: 'm1', attributes: { title: { en: 'Home' } } })
    expect(record.meta.status).toBe('draft')
    store.publishRecord(record.id)
    expect(store.getRecord(record.id)?.meta.status).toBe('published')
    clock.advance(1000)
    store.updateRecord(record.id, { attributes: { title: { en: 'Home 2' } } })
    expect(store.getRecord(record.id)?.meta.status).toBe('updated')
    store.unpublishRecord(record.id)
    expect(store.getRecord(record.id)?.meta.status).toBe('draft')

    const versions = store.listVersions(record.id)
    expect(versions).toHaveLength(2)
    expect(store.getVersionAttributes(versions[1]?.id ?? '')).toEqual({ title: { en: 'Home' } })
    expect(store.getVersionAttributes(versions[0]?.id ?? '')).toEqual({ title: { en: 'Home 2' } })
    expect(changes.map((change) => change.reason)).toEqual([
      'record.create',
      'record.publish',
      'record.update',
      'record.unpublish',
    ])
  })

  it('round-trips through a JSON snapshot', () => {
    const store = ContentStore.fromSnapshot(tinySnapshot(), { clock: createTestClock() })
    const parent = store.createRecord({ itemTypeId: 'm1', attributes: { title: { en: 'A' } } })
    store.createRecord({
      itemTypeId: 'm1',
      attributes: { title: { en: 'B' } },
      parentId: parent.id,
    })
    const snapshot = JSON.parse(JSON.stringify(store.toSnapshot())) as StoreSnapshot
    const copy = ContentStore.fromSnapshot(snapshot)
    expect(copy.recordCount).toBe(2)
    expect(copy.hasChildren(parent.id)).toBe(true)
    expect(copy.toSnapshot()).toEqual(store.toSnapshot())
  })

  it('duplicates a tree record right after the original', () => {
    const store = ContentStore.fromSnapshot(tinySnapshot(), { clock: createTestClock() })
    const a = store.createRecord({ itemTypeId: 'm1', attributes: { title: { en: 'A' } } })
    const b = store.createRecord({ itemTypeId: 'm1', attributes: { title: { en: 'B' } } })
    const copy = store.duplicateRecord(a.id)
    expect(copy.attributes.title).toEqual({ en: 'A (duplicate)' })
    expect(store.rootsOf('m1').map((record) => record.id)).toEqual([a.id, copy.id, b.id])
  })
})
