import { describe, expect, it } from 'vitest'
import { describeValidatorList, describeValidators } from './validator-description'

describe('describeValidators', () => {
  it('puts presence first and lengths in words', () => {
    expect(
      describeValidators(
        { length: { min: 3, max: 80 }, unique: {}, required: {} },
        { locale: 'en' },
      ),
    ).toBe('required, unique, 3–80 characters')
  })

  it('describes one-sided and exact lengths, with singular units', () => {
    expect(describeValidators({ length: { max: 300 } })).toBe('at most 300 characters')
    expect(describeValidators({ length: { min: 1 } })).toBe('at least 1 character')
    expect(describeValidators({ length: { eq: 10 } })).toBe('exactly 10 characters')
    expect(describeValidators({ size: { min: 1, max: 5 } })).toBe('1–5 items')
  })

  it('groups large numbers in the locale and names ranges', () => {
    expect(describeValidators({ number_range: { min: 0, max: 10000 } }, { locale: 'en' })).toBe(
      'between 0 and 10,000',
    )
    expect(describeValidators({ number_range: { min: 0 } })).toBe('at least 0')
    expect(describeValidators({ number_range: { max: 60 } })).toBe('at most 60')
  })

  it('names formats and linked models', () => {
    expect(describeValidators({ format: { predefined_pattern: 'email' } })).toBe('an email address')
    expect(describeValidators({ format: { custom_pattern: '^[A-Z]{3}-[0-9]{5}$' } })).toBe(
      'matches ^[A-Z]{3}-[0-9]{5}$',
    )
    expect(
      describeValidators(
        { item_item_type: { item_types: ['m1', 'm2'] } },
        { modelName: (id) => ({ m1: 'Category', m2: 'Tag' })[id] },
      ),
    ).toBe('links to Category or Tag')
    expect(describeValidators({ enum: { values: ['a', 'b'] } })).toBe('one of a, b')
    expect(
      describeValidators(
        { slug_title_field: { title_field_id: 'f1' } },
        { fieldLabel: () => 'Title' },
      ),
    ).toBe('generated from Title')
  })

  it('says nothing for no validators and reads unknown ones as words', () => {
    expect(describeValidators({})).toBe('')
    expect(describeValidators(null)).toBe('')
    expect(describeValidatorList({ rich_text_blocks: {} })).toEqual(['rich text blocks'])
  })
})
