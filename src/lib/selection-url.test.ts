import { describe, expect, it } from 'vitest'
import {
  decodeSelection,
  encodeSelection,
  selectionBuilderPath,
  type Selection,
} from './selection-url'

describe('selection in the URL', () => {
  it('round-trips gids and searches, with non-ASCII text, in URL-safe characters', () => {
    const selection: Selection = [
      'a1',
      { search: { language: 'it', q: '+caffè +crème', filter: ['classes', 'has', 'blog_post'] } },
      { children: 'p1', channel: 'web', exclude: ['p2'] },
    ]
    const encoded = encodeSelection(selection)
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(decodeSelection(encoded)).toEqual(selection)
    expect(selectionBuilderPath(selection)).toBe(`/selections?s=${encoded}`)
  })

  it('refuses text that is not a selection', () => {
    expect(decodeSelection(undefined)).toBeUndefined()
    expect(decodeSelection('%%%')).toBeUndefined()
    expect(decodeSelection(encodeSelection({} as unknown as Selection))).toBeUndefined()
    expect(decodeSelection(btoa(JSON.stringify([{ search: { language: 'en' } }])))).toBeUndefined()
    expect(decodeSelection(btoa(JSON.stringify([42])))).toBeUndefined()
  })
})
