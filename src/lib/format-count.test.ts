import { formatCount } from './format-count'

test('groups thousands', () => {
  expect(formatCount(12345, 'en-US')).toBe('12,345')
})
