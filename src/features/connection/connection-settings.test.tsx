import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useMockApi } from '@/testing/mock-api'
import { renderRoute } from '@/testing/render-route'

const { server } = useMockApi()

async function openRealConnectionForm() {
  const view = renderRoute('/settings')
  await view.user.click(await screen.findByRole('radio', { name: 'Connect to DatoCMS' }))
  return view
}

test('a wrong token is refused in words and never stored', async () => {
  const { user } = await openRealConnectionForm()
  await user.type(screen.getByLabelText('API token'), 'not-a-real-token')
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('The API token was refused')
  expect(JSON.stringify({ ...localStorage, ...sessionStorage })).not.toContain('not-a-real-token')
  expect(screen.getByRole('link', { name: /Connection: Demo · editor/ })).toBeInTheDocument()
})

test('bad input gets a message at the field and keeps what was typed', async () => {
  const { user } = await openRealConnectionForm()
  const baseUrl = screen.getByRole('textbox', { name: 'CMA base URL' })
  await user.clear(baseUrl)
  await user.type(baseUrl, 'site-api.example')
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  expect(screen.getByLabelText('API token')).toHaveAccessibleDescription(/Paste your API token/)
  expect(baseUrl).toHaveAccessibleDescription(/must be a full address starting with https/)
  expect(baseUrl).toHaveValue('site-api.example')
})

test('an unreachable server and an unknown environment are told apart', async () => {
  const { user } = await openRealConnectionForm()
  await user.type(screen.getByLabelText('API token'), 'demo-editor-token')
  await user.type(screen.getByRole('textbox', { name: 'Environment (optional)' }), 'staging')
  await user.click(screen.getByRole('button', { name: 'Test connection' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('That environment does not exist')

  server.use(http.get('https://site-api.datocms.com/site', () => HttpResponse.error()))
  await user.click(screen.getByRole('button', { name: 'Test connection' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Cannot reach site-api.datocms.com')
})

test('a working token connects, keeps the token per tab, and shows the project in the badge', async () => {
  const { user } = await openRealConnectionForm()
  await user.type(screen.getByLabelText('API token'), 'demo-editor-token')
  await user.type(screen.getByRole('textbox', { name: 'Environment (optional)' }), 'main')
  await user.click(screen.getByRole('button', { name: 'Connect' }))
  expect(await screen.findByText(/Connected to/)).toBeInTheDocument()
  expect(await screen.findByRole('link', { name: /Connection: .* · main/ })).toBeInTheDocument()
  expect(sessionStorage.getItem('coc.token.v1')).toBe('demo-editor-token')
  expect(localStorage.getItem('coc.token.v1')).toBeNull()
})
