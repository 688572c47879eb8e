import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RECORDS_VIEW,
  orderByOf,
  parseRecordsView,
  recordsViewToParams,
  updateRecordsView,
  type RecordsView,
} from './records-view'

describe('records view in the URL', () => {
  it('round-trips every part of the view', () => {
    const view: RecordsView = {
      model: 'blog_post',
      q: 'olive harvest',
      locale: 'it',
      status: 'draft',
      sort: { field: 'title', direction: 'desc' },
      page: 2,
      perPage: 100,
      filters: [
        { field: 'title', operator: 'matches', value: 'a:b' },
        { field: 'reading_time', operator: 'gte', value: '5' },
      ],
      columns: ['title', 'status'],
      density: 'compact',
    }
    const params = recordsViewToParams(view)
    expect(params.get('page')).toBe('3')
    expect(params.get('sort')).toBe('-title')
    expect(params.getAll('f')).toEqual(['title:matches:a:b', 'reading_time:gte:5'])
    expect(parseRecordsView(new URLSearchParams(params.toString()))).toEqual(view)
  })

  it('leaves defaults out and survives hand-edited nonsense', () => {
    expect(recordsViewToParams(DEFAULT_RECORDS_VIEW).toString()).toBe('')
    const view = parseRecordsView(
      new URLSearchParams('per=7&page=-2&status=gone&sort=a b&f=broken&density=huge'),
    )
    expect(view).toEqual(DEFAULT_RECORDS_VIEW)
  })

  it('goes back to the first page when what matches changes, not when columns do', () => {
    const onPage3 = { ...DEFAULT_RECORDS_VIEW, model: 'author', page: 2 }
    expect(updateRecordsView(onPage3, { q: 'x' }).page).toBe(0)
    expect(updateRecordsView(onPage3, { perPage: 500 }).page).toBe(0)
    expect(updateRecordsView(onPage3, { density: 'compact' }).page).toBe(2)
    expect(updateRecordsView(onPage3, { columns: ['title'] }).page).toBe(2)
  })

  it('drops filters and columns of the previous model when the model changes', () => {
    const view = {
      ...DEFAULT_RECORDS_VIEW,
      model: 'author',
      filters: [{ field: 'name', operator: 'eq', value: 'x' }],
      columns: ['name'],
    }
    const next = updateRecordsView(view, { model: 'product' })
    expect(next.filters).toEqual([])
    expect(next.columns).toBeUndefined()
  })

  it('turns a sort into a CMA order_by', () => {
    expect(orderByOf({ field: '_updated_at', direction: 'desc' })).toBe('_updated_at_DESC')
    expect(orderByOf(undefined)).toBeUndefined()
  })
})
