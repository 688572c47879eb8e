import { formatRelativeTime } from './relative-time'

const now = Date.parse('2026-06-01T12:00:00Z')

test.each([
  ['2026-06-01T11:57:00Z', '3 minutes ago'],
  ['2026-06-01T12:00:00Z', 'now'],
  ['2026-05-31T12:00:00Z', 'yesterday'],
  ['2026-06-01T14:00:00Z', 'in 2 hours'],
])('%s reads as %s', (iso, expected) => {
  expect(formatRelativeTime(iso, now, 'en')).toBe(expected)
})
