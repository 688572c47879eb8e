import { describe, expect, it } from 'vitest'
import { cmaFilterParams, filterProblem, operatorsForFieldType } from './field-filter-operators'
import { describeFieldError, parseDraft, toDraft } from './field-values'

describe('field values typed by the editor', () => {
  it('explains a non-number in a number field and keeps nothing but the message', () => {
    const result = parseDraft({ fieldType: 'integer', validators: {} }, '12a')
    expect(result).toEqual({
      ok: false,
      message: '“12a” is not a number. Enter a whole number, like 12.',
    })
    expect(parseDraft({ fieldType: 'float', validators: {} }, '4,5')).toEqual({
      ok: true,
      value: 4.5,
    })
    expect(parseDraft({ fieldType: 'integer', validators: {} }, '')).toEqual({
      ok: true,
      value: null,
    })
  })

  it('checks number ranges and text lengths from the validators', () => {
    expect(
      parseDraft({ fieldType: 'integer', validators: { number_range: { min: 1, max: 60 } } }, '90'),
    ).toEqual({ ok: false, message: 'Must be between 1 and 60.' })
    const title = parseDraft(
      { fieldType: 'string', validators: { length: { min: 3, max: 5 } } },
      'abcdefg',
    )
    expect(title).toEqual({
      ok: false,
      message: 'Too long: 7 characters, at most 5 allowed. Shorten it by 2.',
    })
  })

  it('reports JSON syntax errors and stores valid JSON as the CMA does (a string)', () => {
    const bad = parseDraft({ fieldType: 'json', validators: {} }, '{"a": 1,}')
    expect(bad.ok).toBe(false)
    expect(!bad.ok && bad.message).toMatch(/^This is not valid JSON/)
    expect(parseDraft({ fieldType: 'json', validators: {} }, '{ "a": [1] }')).toEqual({
      ok: true,
      value: '{"a":[1]}',
    })
    expect(toDraft('json', '{"a":1}')).toBe('{\n  "a": 1\n}')
  })

  it('edits colours as hex', () => {
    expect(toDraft('color', { red: 51, green: 102, blue: 255, alpha: 255 })).toBe('#3366ff')
    expect(parseDraft({ fieldType: 'color', validators: {} }, '#3366FF')).toEqual({
      ok: true,
      value: { red: 51, green: 102, blue: 255, alpha: 255 },
    })
  })

  it('puts server validation errors in plain words', () => {
    expect(describeFieldError({ code: 'VALIDATION_LENGTH', max: 120, length: 130 })).toBe(
      'Too long: at most 120 characters (now 130).',
    )
    expect(describeFieldError({ code: 'VALIDATION_REQUIRED' })).toBe('Required: fill this in.')
    expect(describeFieldError({ code: 'VALIDATION_FORMAT', predefined_pattern: 'email' })).toMatch(
      /email address/,
    )
  })
})

describe('field filters', () => {
  it('offers the operators each type allows', () => {
    expect(operatorsForFieldType('boolean').map((op) => op.id)).toEqual(['is_true', 'is_false'])
    expect(operatorsForFieldType('string').map((op) => op.id)).toContain('matches')
    expect(operatorsForFieldType('integer').map((op) => op.id)).not.toContain('matches')
  })

  it('builds CMA parameters and refuses values that do not fit', () => {
    expect(cmaFilterParams({ field: 'title', operator: 'matches', value: 'olive' })).toEqual({
      'filter[fields][title][matches][pattern]': 'olive',
    })
    expect(cmaFilterParams({ field: 'cover', operator: 'not_exists', value: '' })).toEqual({
      'filter[fields][cover][exists]': 'false',
    })
    expect(filterProblem({ field: 'stock', operator: 'gt', value: 'lots' }, 'integer')).toMatch(
      /number/,
    )
    expect(filterProblem({ field: 'stock', operator: 'gt', value: '3' }, 'integer')).toBeUndefined()
  })
})
