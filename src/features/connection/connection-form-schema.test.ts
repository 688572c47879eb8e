import { validateDatoForm, type DatoFormValues } from './connection-form-schema'

const valid: DatoFormValues = {
  token: '  abc123  ',
  environment: 'main',
  cmaBaseUrl: 'https://site-api.datocms.com',
  projectApiBaseUrl: '',
  projectGid: '',
  rememberToken: false,
}

test('a valid form becomes a trimmed connection', () => {
  const result = validateDatoForm(valid)
  expect(result).toEqual({ ok: true, connection: { kind: 'datocms', ...valid, token: 'abc123' } })
})

test('each bad input gets its own clear message', () => {
  const result = validateDatoForm({
    ...valid,
    token: ' ',
    environment: 'my env',
    cmaBaseUrl: 'site-api.datocms.com',
  })
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.errors).toEqual({
    token: 'Paste your API token.',
    environment: 'An environment name has only letters, digits, - and _.',
    cmaBaseUrl: 'The CMA base URL must be a full address starting with https://',
  })
})

test('the Project API needs both its URL and the project gid', () => {
  const result = validateDatoForm({ ...valid, projectApiBaseUrl: 'https://unicat.app' })
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.errors.projectGid).toMatch(/both/)
})
