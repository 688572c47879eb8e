// @vitest-environment node
import '../testing/node-storage-shim'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSeed } from '../seed/create-seed'
import { ContentStore } from '../store/content-store'
import { QueryError } from './query-error'
import { queryRecords } from './query-records'

let store: ContentStore
beforeAll(() => {
  store = ContentStore.fromSnapshot(createSeed())
})

function refusal(run: () => unknown): QueryError {
  try {
    run()
  } catch (error) {
    if (error instanceof QueryError) return error
    throw error
  }
  throw new Error('expected a QueryError')
}

describe('queryRecords', () => {
  it('lists newest-updated first with an exact total', () => {
    const { views, totalCount } = queryRecords(store, { limit: 50 })
    expect(totalCount).toBe(store.recordCount)
    expect(views).toHaveLength(50)
    const times = views.map((view) => view.record.meta.updatedAt)
    expect([...times].sort((a, b) => b - a)).toEqual(times)
  })

  it('filters by model api_key and pages', () => {
    const all = queryRecords(store, { types: ['product'], limit: 500 })
    const page2 = queryRecords(store, { types: ['product'], offset: 30, limit: 30 })
    expect(page2.totalCount).toBe(all.totalCount)
    expect(page2.views.map((view) => view.record.id)).toEqual(
      all.views.slice(30, 60).map((view) => view.record.id),
    )
  })

  it('searches full text in a locale', () => {
    const en = queryRecords(store, { types: ['blog_post'], query: 'compost', locale: 'en' })
    const it = queryRecords(store, { types: ['blog_post'], query: 'compostaggio', locale: 'it' })
    expect(en.totalCount).toBeGreaterThan(0)
    expect(it.totalCount).toBeGreaterThan(0)
    expect(
      queryRecords(store, { types: ['blog_post'], query: 'compostaggio', locale: 'en' }).totalCount,
    ).toBe(0)
  })

  it('applies field filters by type', () => {
    const cheap = queryRecords(store, {
      types: ['product'],
      fields: { price: { lt: '10' } },
      limit: 500,
    })
    expect(cheap.views.every((view) => (view.attributes.price as number) < 10)).toBe(true)
    const featured = queryRecords(store, {
      types: ['blog_post'],
      fields: { featured: { eq: 'true' } },
      limit: 500,
    })
    expect(featured.totalCount).toBeGreaterThan(0)
    expect(featured.views.every((view) => view.attributes.featured === true)).toBe(true)
    const matching = queryRecords(store, {
      types: ['blog_post'],
      fields: { title: { matches: { pattern: 'BREAD', case_sensitive: 'false' } } },
    })
    expect(matching.totalCount).toBeGreaterThan(0)
    const roots = queryRecords(store, { types: ['page'], fields: { parent: { exists: 'false' } } })
    expect(roots.views.every((view) => view.record.parentId === null)).toBe(true)
    const drafts = queryRecords(store, {
      types: ['blog_post'],
      fields: { _status: { eq: 'draft' } },
    })
    expect(drafts.views.every((view) => view.record.meta.status === 'draft')).toBe(true)
  })

  it('orders by fields and meta columns', () => {
    const { views } = queryRecords(store, { types: ['product'], orderBy: 'price_ASC', limit: 100 })
    const prices = views.map((view) => view.attributes.price as number)
    expect([...prices].sort((a, b) => a - b)).toEqual(prices)
    const byTitle = queryRecords(store, {
      types: ['blog_post'],
      orderBy: 'title_DESC',
      locale: 'it',
      limit: 20,
    })
    expect(byTitle.views).toHaveLength(20)
  })

  it('refuses operators that do not fit the field type', () => {
    expect(
      refusal(() =>
        queryRecords(store, { types: ['product'], fields: { price: { matches: 'x' } } }),
      ).code,
    ).toBe('INVALID_FILTER_FIELDS_PARAM')
    expect(
      refusal(() => queryRecords(store, { types: ['product'], fields: { nope: { eq: 'x' } } }))
        .code,
    ).toBe('INVALID_FILTER_FIELDS_PARAM')
    expect(refusal(() => queryRecords(store, { fields: { price: { eq: '1' } } })).code).toBe(
      'INVALID_FILTER_FIELDS_PARAM',
    )
    expect(
      refusal(() => queryRecords(store, { types: ['product'], fields: { price: { gt: 'cheap' } } }))
        .code,
    ).toBe('INVALID_FILTER_FIELDS_PARAM')
    expect(refusal(() => queryRecords(store, { orderBy: 'title_ASC' })).code).toBe(
      'INVALID_ORDERING',
    )
    expect(
      refusal(() => queryRecords(store, { types: ['product'], orderBy: 'price_UP' })).code,
    ).toBe('INVALID_ORDERING')
    expect(
      refusal(() => queryRecords(store, { types: ['product'], orderBy: 'position_ASC' })).code,
    ).toBe('INVALID_ORDERING')
  })

  // Speed is measured by `npm run bench`; this checks the large dataset answers correctly.
  it('filters the large dataset', () => {
    const large = ContentStore.fromSnapshot(createSeed({ size: 'large' }))
    const result = queryRecords(large, {
      types: ['blog_post'],
      fields: { reading_time: { gte: '10' }, _status: { eq: 'published' } },
      limit: 100,
    })
    expect(large.recordCount).toBeGreaterThanOrEqual(50_000)
    expect(result.totalCount).toBeGreaterThan(100)
    expect(result.views).toHaveLength(100)
  })
})
