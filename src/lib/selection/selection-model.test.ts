import { describe, expect, it } from 'vitest'
import { decodeSelection, encodeSelection } from '../selection-url'
import { appendToGroup, fieldOperators, filterProblems, updateFilterAt } from './filter-grammar'
import { addedByEntry, entryAtPosition, prefixSteps } from './preview-attribution'
import { deleteSavedSelection, loadSavedSelections, saveSelection } from './saved-selections'
import {
  addEntry,
  addRecords,
  describeEntry,
  describeFilter,
  describeSelection,
  entryAtOffset,
  excludeRecord,
  explainQuery,
  includeRecord,
  moveEntry,
  parsePastedIds,
  parseSelectionJson,
  scanJsonError,
  removeEntry,
  selectionToJson,
  validateSelection,
  type Selection,
} from './selection-model'

const search = {
  search: { language: 'en', q: '+cms -draft', filter: ['classes', 'has', 'blog_post'] },
} as const satisfies Selection[number]

describe('building a selection', () => {
  it('adds records once each, keeping the order they were given', () => {
    expect(addRecords(['a'], ['b', 'a', ' c ', '', 'b'])).toEqual(['a', 'b', 'c'])
  })

  it('adds, moves and removes entries', () => {
    const selection = addEntry(addEntry(['a'], { children: 'p', channel: 'web' }), search)
    expect(moveEntry(selection, 2, 0)).toEqual([search, 'a', { children: 'p', channel: 'web' }])
    expect(moveEntry(selection, 0, 5)).toBe(selection)
    expect(removeEntry(selection, 1)).toEqual(['a', search])
  })

  it('excludes a record from the entry that brought it in, and takes it back', () => {
    const selection: Selection = ['a', { children: 'p' }, search]
    const excluded = excludeRecord(excludeRecord(selection, 1, 'x'), 2, 'y')
    expect(excluded).toEqual([
      'a',
      { children: 'p', exclude: ['x'] },
      { ...search, exclude: ['y'] },
    ])
    expect(excludeRecord(excluded, 1, 'x')).toBe(excluded)
    // A record picked one by one is simply removed.
    expect(excludeRecord(excluded, 0, 'a')).toEqual(excluded.slice(1))
    expect(includeRecord(excluded, 1, 'x')).toEqual(['a', { children: 'p' }, excluded[2]])
  })
})

describe('validating a selection', () => {
  it('accepts each kind of entry', () => {
    expect(
      validateSelection(['a', { children: 'p', channel: 'print', ordering: '-updated' }, search]),
    ).toEqual([])
  })

  it('points each problem at its entry', () => {
    const problems = validateSelection(
      [
        'a',
        '',
        { children: 'p', channel: 'tv' },
        { search: { language: 'fr' } },
        { search: { language: 'en', filter: ['status', 'is', 'gone'] } },
        { search: { language: 'en', filter: ['fields.price', 'contains', 'x'] } },
        { neither: true },
      ],
      {
        locales: ['en', 'it', 'nl'],
        fieldTypeOf: (key) => (key === 'price' ? 'float' : undefined),
      },
    )
    expect(problems.map((problem) => problem.entry)).toEqual([1, 2, 3, 3, 4, 5, 6])
    expect(problems[1]?.message).toMatch(/Unknown channel/)
    expect(problems[2]?.message).toMatch(/Unknown language "fr"/)
    expect(problems[3]?.message).toMatch(/needs search terms, a filter, or both/)
    expect(problems[4]?.message).toMatch(/^filter: Status is draft, updated or published/)
    expect(problems[5]?.message).toMatch(/"contains" does not apply/)
    expect(validateSelection({})).toEqual([{ message: 'A selection is a list of entries: [ … ].' }])
  })

  it('knows which operators each property allows', () => {
    expect(fieldOperators('boolean').map((operator) => operator.id)).toEqual([
      'is_true',
      'is_false',
      'is_empty',
    ])
    expect(fieldOperators('integer').map((operator) => operator.id)).toEqual([
      'is',
      'is_not',
      '<',
      '>',
      'is_empty',
    ])
    expect(filterProblems(['and', '', []])).toEqual([
      { path: 'filter', message: '"and" needs at least one filter inside.' },
    ])
    expect(
      filterProblems([
        'or',
        '',
        [
          ['classes', 'has', 'page'],
          ['not', '', ['updated_on', '>', [7, 'days']]],
        ],
      ]),
    ).toEqual([])
  })

  it('edits filter trees by path', () => {
    const tree = appendToGroup(
      ['and', '', [['classes', 'has', 'page']]],
      [],
      ['status', 'is', 'draft'],
    )
    expect(tree).toEqual([
      'and',
      '',
      [
        ['classes', 'has', 'page'],
        ['status', 'is', 'draft'],
      ],
    ])
    expect(updateFilterAt(tree, [0], undefined)).toEqual(['and', '', [['status', 'is', 'draft']]])
    expect(updateFilterAt(tree, [1], ['status', 'is', 'published'])).toEqual([
      'and',
      '',
      [
        ['classes', 'has', 'page'],
        ['status', 'is', 'published'],
      ],
    ])
  })
})

describe('describing a selection', () => {
  const titles: Record<string, string> = { p: 'Magazine', a: 'Hello' }
  const titleOf = (gid: string) => titles[gid]

  it('says each entry in words', () => {
    expect(describeEntry('a', titleOf)).toBe('‘Hello’ (a)')
    expect(describeEntry('zz')).toBe('Record zz')
    expect(describeEntry({ children: 'p', channel: 'web', exclude: ['x', 'y'] }, titleOf)).toBe(
      'Children of ‘Magazine’ in the web channel, except 2 excluded',
    )
    expect(describeEntry({ children: 'p', ordering: 'title' }, titleOf)).toBe(
      'Children of ‘Magazine’ in the content tree, by title',
    )
    expect(describeEntry(search)).toBe(
      'Search in en: text “+cms -draft”, where model is “blog_post”',
    )
    expect(
      describeFilter([
        'and',
        '',
        [
          ['status', 'is_not', 'draft'],
          [
            'or',
            '',
            [
              ['updated_on', '>', [7, 'days']],
              ['fields.featured', 'is_true', null],
            ],
          ],
        ],
      ]),
    ).toBe('status is not “draft” and (updated in the last 7 days or field featured is yes)')
  })

  it('sums up the whole selection', () => {
    expect(describeSelection([])).toBe('Nothing selected yet')
    expect(describeSelection(['a', 'b', { children: 'p' }, search])).toBe(
      '2 records, 1 children entry, 1 search, united',
    )
  })

  it('explains + and - in search terms', () => {
    expect(explainQuery('+cms -draft 225 news + -')).toEqual({
      required: ['cms'],
      forbidden: ['draft'],
      anyOf: ['225', 'news'],
    })
  })
})

describe('the JSON view', () => {
  it('keeps short lists on one line, and strings untouched', () => {
    const selection: Selection = [
      'a',
      { search: { language: 'en', q: 'a,b', filter: ['status', 'is', 'draft'] } },
    ]
    expect(selectionToJson(selection)).toBe(
      [
        '[',
        '  "a",',
        '  {',
        '    "search": {"language": "en", "q": "a,b", "filter": ["status", "is", "draft"]}',
        '  }',
        ']',
      ].join('\n'),
    )
  })

  it('round-trips through JSON and the URL', () => {
    const selection: Selection = ['a', { children: 'p', channel: 'web', exclude: ['x'] }, search]
    const parsed = parseSelectionJson(selectionToJson(selection))
    expect(parsed).toEqual({ selection, problems: [] })
    expect(decodeSelection(encodeSelection(selection))).toEqual(selection)
  })

  it('points a syntax error at the entry and the line', () => {
    const text = '[\n  "a",\n  {"children": "p",, "channel": "web"}\n]'
    const parsed = parseSelectionJson(text)
    expect(parsed.selection).toBeUndefined()
    expect(parsed.problems[0]?.entry).toBe(1)
    expect(parsed.problems[0]?.message).toMatch(/^Not valid JSON at line 3/)
    expect(entryAtOffset('["a", "b", {"c": 1}]', 13)).toBe(2)
    // Engines that give no position in their message: our own scan finds it.
    expect(scanJsonError('[,\n {"a": 1}]')).toBe(1)
    expect(scanJsonError('["a", {"b": tru}]')).toBe(12)
    expect(scanJsonError('["a"]')).toBeUndefined()
    expect(scanJsonError('["a"')).toBe(4)
  })

  it('points a grammar error at the entry', () => {
    const parsed = parseSelectionJson('["a", {"search": {"language": "en"}}]')
    expect(parsed.problems).toEqual([
      { entry: 1, message: 'A search needs search terms, a filter, or both.' },
    ])
  })

  it('reads pasted ids in any common shape', () => {
    expect(parsePastedIds('12, 13\n14 "15"; [16] 12')).toEqual(['12', '13', '14', '15', '16'])
  })
})

describe('which entry brought a record in', () => {
  it('maps union positions to entries from prefix totals', () => {
    const selection: Selection = ['a', 'b', { children: 'p' }, 'c', search]
    const steps = prefixSteps(selection)
    expect(steps).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 2 },
      { start: 3, end: 3 },
      { start: 4, end: 4 },
    ])
    // a, b; then 3 children (one of them b again: 3 added); then c (already a child) and 2 found.
    const totals = [2, 5, 5, 7]
    const counted = steps.map((step, index) => ({ ...step, total: totals[index] ?? 0 }))
    const at = (position: number, gid: string) => entryAtPosition(selection, counted, position, gid)
    expect([at(0, 'a'), at(1, 'b'), at(2, 'x'), at(4, 'z'), at(5, 'q'), at(7, 'r')]).toEqual([
      0,
      1,
      2,
      2,
      4,
      undefined,
    ])
    expect([...addedByEntry(counted)]).toEqual([
      [2, 3],
      [3, 0],
      [4, 2],
    ])
  })
})

describe('saved selections', () => {
  it('keeps named selections per connection, newest first; the same name replaces', () => {
    saveSelection('demo', 'Magazine', ['a'], localStorage, new Date('2026-06-01T10:00:00Z'))
    saveSelection('demo', 'Shop', ['b'], localStorage, new Date('2026-06-01T11:00:00Z'))
    saveSelection('demo', 'magazine', ['c'], localStorage, new Date('2026-06-01T12:00:00Z'))
    expect(loadSavedSelections('demo').map((saved) => [saved.name, saved.selection])).toEqual([
      ['magazine', ['c']],
      ['Shop', ['b']],
    ])
    expect(loadSavedSelections('other')).toEqual([])
    expect(deleteSavedSelection('demo', 'Shop').map((saved) => saved.name)).toEqual(['magazine'])
    localStorage.setItem('coc.saved-selections.v1:demo', '{broken')
    expect(loadSavedSelections('demo')).toEqual([])
  })
})
