import { loadConnection, saveConnection } from './connection-storage'
import type { DatoConnection } from './connection'

const real: DatoConnection = {
  kind: 'datocms',
  token: 'secret-token-123',
  environment: 'staging',
  cmaBaseUrl: 'https://site-api.datocms.com',
  projectApiBaseUrl: '',
  projectGid: '',
  rememberToken: false,
}

test('the demo as editor is the default', () => {
  expect(loadConnection()).toEqual({ kind: 'demo', role: 'editor' })
})

test('the token stays in sessionStorage unless remembered', () => {
  saveConnection(real)
  expect(JSON.stringify({ ...localStorage })).not.toContain('secret-token-123')
  expect(sessionStorage.getItem('coc.token.v1')).toBe('secret-token-123')
  expect(loadConnection()).toEqual(real)
})

test('"Remember on this device" keeps the token in localStorage', () => {
  saveConnection({ ...real, rememberToken: true })
  expect(sessionStorage.getItem('coc.token.v1')).toBeNull()
  expect(localStorage.getItem('coc.token.v1')).toBe('secret-token-123')
  expect(loadConnection()).toEqual({ ...real, rememberToken: true })
})

test('switching back to the demo forgets the token everywhere', () => {
  saveConnection({ ...real, rememberToken: true })
  saveConnection({ kind: 'demo', role: 'viewer' })
  expect(localStorage.getItem('coc.token.v1')).toBeNull()
  expect(sessionStorage.getItem('coc.token.v1')).toBeNull()
  expect(loadConnection()).toEqual({ kind: 'demo', role: 'viewer' })
})

test('a real connection whose session token is gone falls back to the demo', () => {
  saveConnection(real)
  sessionStorage.clear()
  expect(loadConnection()).toEqual({ kind: 'demo', role: 'editor' })
})

test('corrupt settings fall back to the demo instead of crashing', () => {
  localStorage.setItem('coc.connection.v1', '{not json')
  expect(loadConnection()).toEqual({ kind: 'demo', role: 'editor' })
  localStorage.setItem('coc.connection.v1', JSON.stringify({ kind: 'datocms' }))
  expect(loadConnection()).toEqual({ kind: 'demo', role: 'editor' })
})
