import { describe, expect, it } from 'vitest'
import {
  EMPTY_SELECTION,
  isRecordSelected,
  rangeBetween,
  searchEntryOfView,
  selectedCount,
  setRecordsSelected,
  toProjectSelection,
  type RecordSelection,
} from './record-selection'
import { DEFAULT_RECORDS_VIEW } from './records-view'

describe('record selection', () => {
  it('keeps picked ids in first-picked order without duplicates', () => {
    let selection = setRecordsSelected(EMPTY_SELECTION, ['b', 'a'], true)
    selection = setRecordsSelected(selection, ['a', 'c'], true)
    expect(toProjectSelection(selection)).toEqual(['b', 'a', 'c'])
    selection = setRecordsSelected(selection, ['a'], false)
    expect(selectedCount(selection)).toBe(2)
    expect(isRecordSelected(selection, 'a')).toBe(false)
  })

  it('selects a range in display order, either direction', () => {
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5']
    expect(rangeBetween(ids, 'r2', 'r4')).toEqual(['r2', 'r3', 'r4'])
    expect(rangeBetween(ids, 'r5', 'r3')).toEqual(['r3', 'r4', 'r5'])
    expect(rangeBetween(ids, 'elsewhere', 'r3')).toEqual(['r3'])
    expect(rangeBetween(ids, undefined, 'r1')).toEqual(['r1'])
  })

  it('describes "all matching" as a search with exclusions, counted from the server total', () => {
    const all: RecordSelection = {
      mode: 'all-matching',
      entry: { search: { language: 'en', filter: ['classes', 'has', 'author'] } },
      total: 120,
      exclude: [],
    }
    const fewer = setRecordsSelected(all, ['x', 'y'], false)
    expect(selectedCount(fewer)).toBe(118)
    expect(isRecordSelected(fewer, 'x')).toBe(false)
    expect(isRecordSelected(fewer, 'z')).toBe(true)
    expect(toProjectSelection(setRecordsSelected(fewer, ['y'], true))).toEqual([
      { search: { language: 'en', filter: ['classes', 'has', 'author'] }, exclude: ['x'] },
    ])
  })

  it('turns the table view into the equivalent Project API search', () => {
    const view = {
      ...DEFAULT_RECORDS_VIEW,
      model: 'blog_post',
      q: 'olive  -oil',
      locale: 'it',
      status: 'published' as const,
      filters: [
        { field: 'reading_time', operator: 'gte', value: '5' },
        { field: 'title', operator: 'is_blank', value: '' },
      ],
    }
    const types = new Map([
      ['reading_time', 'integer'],
      ['title', 'string'],
    ])
    expect(searchEntryOfView(view, types, 'en').entry).toEqual({
      search: {
        language: 'it',
        q: '+olive +oil',
        filter: [
          'and',
          '',
          [
            ['classes', 'has', 'blog_post'],
            ['status', 'is', 'published'],
            [
              'or',
              '',
              [
                ['fields.reading_time', '>', 5],
                ['fields.reading_time', 'is', 5],
              ],
            ],
            ['fields.title', 'is_empty', null],
          ],
        ],
      },
    })
    expect(searchEntryOfView({ ...view, model: undefined }, types, 'en').problem).toBeDefined()
  })
})
