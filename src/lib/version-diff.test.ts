import { describe, expect, it } from 'vitest'
import { changedFieldKeys, isDeepEqual } from './version-changes'
import {
  describeChange,
  diffStructure,
  diffText,
  diffVersions,
  type DiffField,
} from './version-diff'

const field = (apiKey: string, fieldType: string, localized = false): DiffField => ({
  apiKey,
  label: apiKey,
  fieldType,
  localized,
})

describe('isDeepEqual and changedFieldKeys', () => {
  it('ignores key order and treats null like missing', () => {
    expect(isDeepEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true)
    expect(isDeepEqual({ en: 'x', it: null }, { en: 'x' })).toBe(true)
    expect(isDeepEqual([1, 2], [2, 1])).toBe(false)
    expect(isDeepEqual(null, {})).toBe(false)
  })

  it('lists the fields that differ, in field order, and none without a previous version', () => {
    expect(
      changedFieldKeys(
        ['title', 'body', 'tags'],
        { title: 'a', body: 'b', tags: ['1'] },
        {
          title: 'a',
          body: 'c',
          tags: ['2'],
        },
      ),
    ).toEqual(['body', 'tags'])
    expect(changedFieldKeys(['title'], undefined, { title: 'a' })).toEqual([])
  })
})

describe('diffText', () => {
  it('marks removed and added words and keeps the rest', () => {
    expect(diffText('The quick brown fox', 'The slow brown fox jumps')).toEqual([
      { kind: 'same', text: 'The ' },
      { kind: 'removed', text: 'quick' },
      { kind: 'added', text: 'slow' },
      { kind: 'same', text: ' brown fox' },
      { kind: 'added', text: ' jumps' },
    ])
  })
})

describe('describeChange per field type', () => {
  it('string, text and slug: word parts, null read as empty', () => {
    for (const type of ['string', 'text', 'slug']) {
      const change = describeChange(type, null, 'new words')
      expect(change).toEqual({ kind: 'text', parts: [{ kind: 'added', text: 'new words' }] })
    }
  })

  it('numbers, booleans, dates: before and after', () => {
    expect(describeChange('integer', 3, 4)).toEqual({ kind: 'scalar', before: 3, after: 4 })
    expect(describeChange('float', 9.5, null)).toEqual({ kind: 'scalar', before: 9.5, after: null })
    expect(describeChange('boolean', false, true)).toEqual({
      kind: 'scalar',
      before: false,
      after: true,
    })
    expect(describeChange('date', '2026-01-01', '2026-02-01')).toMatchObject({ kind: 'scalar' })
    expect(describeChange('date_time', null, '2026-02-01T10:00:00Z')).toMatchObject({
      kind: 'scalar',
    })
  })

  it('link: the record before and after', () => {
    expect(describeChange('link', 'r1', 'r2')).toEqual({ kind: 'link', before: 'r1', after: 'r2' })
  })

  it('links: added, removed and reordered', () => {
    expect(describeChange('links', ['a', 'b', 'c'], ['c', 'a', 'd'])).toEqual({
      kind: 'links',
      before: ['a', 'b', 'c'],
      after: ['c', 'a', 'd'],
      added: ['d'],
      removed: ['b'],
      isReordered: true,
    })
    expect(describeChange('links', ['a'], ['a', 'b'])).toMatchObject({ isReordered: false })
  })

  it('json: parsed, so spacing does not count, and changed paths listed', () => {
    expect(
      describeChange(
        'json',
        '{"a":1,"b":{"c":"old text"}}',
        '{ "a": 1, "b": { "c": "new text" }, "d": [1] }',
      ),
    ).toEqual({
      kind: 'structure',
      entries: [
        {
          path: 'b.c',
          kind: 'changed',
          before: 'old text',
          after: 'new text',
          parts: [
            { kind: 'removed', text: 'old' },
            { kind: 'added', text: 'new' },
            { kind: 'same', text: ' text' },
          ],
        },
        { path: 'd', kind: 'added', after: [1] },
      ],
    })
  })

  it('file: per attribute of the upload', () => {
    expect(
      describeChange(
        'file',
        { upload_id: 'u1', alt: 'A cat', title: null, focal_point: null },
        { upload_id: 'u2', alt: 'A cat', title: 'Cat', focal_point: { x: 0.5, y: 0.5 } },
      ),
    ).toEqual({
      kind: 'structure',
      entries: [
        { path: 'upload_id', kind: 'changed', before: 'u1', after: 'u2', parts: expect.any(Array) },
        { path: 'title', kind: 'added', after: 'Cat' },
        { path: 'focal_point', kind: 'added', after: { x: 0.5, y: 0.5 } },
      ],
    })
    expect(diffStructure(null, { upload_id: 'u1' }, '')).toEqual([
      { path: '', kind: 'added', after: { upload_id: 'u1' } },
    ])
  })
})

describe('diffVersions', () => {
  const fields = [
    field('title', 'string', true),
    field('featured', 'boolean'),
    field('tags', 'links'),
  ]

  it('compares per locale in the project order and flags changed fields', () => {
    const result = diffVersions(
      fields,
      { title: { en: 'Hello world', it: 'Ciao' }, featured: false, tags: [] },
      { title: { en: 'Hello there', it: 'Ciao', nl: 'Hallo' }, featured: false, tags: [] },
      { locales: ['en', 'it', 'nl'] },
    )
    expect(result.map((entry) => [entry.field.apiKey, entry.isChanged])).toEqual([
      ['title', true],
      ['featured', false],
      ['tags', false],
    ])
    expect(result[0]?.locales.map((entry) => [entry.locale, entry.isChanged])).toEqual([
      ['en', true],
      ['it', false],
      ['nl', true],
    ])
    expect(result[1]?.locales).toEqual([
      { locale: null, isChanged: false, before: false, after: false },
    ])
  })

  it('keeps locales outside the project list, after the project ones', () => {
    const result = diffVersions(
      [field('title', 'string', true)],
      { title: { de: 'Hallo' } },
      { title: {} },
      {
        locales: ['en'],
      },
    )
    expect(result[0]?.locales.map((entry) => entry.locale)).toEqual(['en', 'de'])
  })
})
