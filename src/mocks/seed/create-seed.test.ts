// @vitest-environment node
import '../testing/node-storage-shim'
import { describe, expect, it } from 'vitest'
import { ContentStore } from '../store/content-store'
import { createSeed } from './create-seed'

describe('createSeed', () => {
  it('is deterministic', () => {
    expect(JSON.stringify(createSeed())).toBe(JSON.stringify(createSeed()))
  })

  it('has realistic demo content', () => {
    const store = ContentStore.fromSnapshot(createSeed())
    expect(store.recordCount).toBeGreaterThanOrEqual(2000)
    const byKey = (key: string) => store.recordsOfType(store.getItemType(key)?.id ?? '')
    const posts = byKey('blog_post')
    const statuses = new Set(posts.map((post) => post.meta.status))
    expect(statuses).toEqual(new Set(['draft', 'updated', 'published']))
    expect(posts.some((post) => store.listVersions(post.id).length >= 20)).toBe(true)
    expect(posts.some((post) => !('nl' in (post.attributes.title as object)))).toBe(true)
    const pages = byKey('page')
    const depth = (id: string | null): number =>
      id === null ? 0 : 1 + depth(store.getRecord(id)?.parentId ?? null)
    expect(Math.max(...pages.map((page) => depth(page.id)))).toBeGreaterThanOrEqual(3)
    expect(store.channelChildrenOf('web', null).length).toBeGreaterThan(3)
    expect(store.channelChildrenOf('print', null).length).toBeGreaterThan(0)
    // The version chain replays to the record's attributes.
    for (const post of posts.slice(0, 50)) {
      expect(store.getVersionAttributes(post.meta.currentVersionId)).toEqual(post.attributes)
    }
    const skus = byKey('product').map((product) => product.attributes.sku)
    expect(new Set(skus).size).toBe(skus.length)
  })

  it('builds a large dataset of 50,000+ records', () => {
    const started = performance.now()
    const snapshot = createSeed({ size: 'large' })
    console.warn(
      `large seed: ${snapshot.records.length} records in ${(performance.now() - started).toFixed(0)} ms`,
    )
    expect(snapshot.records.length).toBeGreaterThanOrEqual(50_000)
  })
})
