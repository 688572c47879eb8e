import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useMockApi } from '@/testing/mock-api'
import { renderRoute } from '@/testing/render-route'

const { server } = useMockApi()

test('the shell names the product, the sections, the connection and the jobs', async () => {
  renderRoute('/jobs')
  const nav = screen.getByRole('navigation', { name: 'Main' })
  for (const name of ['Records', 'Fields', 'Selections', 'Jobs']) {
    expect(within(nav).getByRole('link', { name })).toBeInTheDocument()
  }
  expect(within(nav).getByRole('link', { name: 'Jobs' })).toHaveAttribute('aria-current', 'page')
  expect(screen.getByRole('link', { name: /Connection: Demo · editor/ })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Jobs: 0 running' })).toBeInTheDocument()
  expect(await screen.findByRole('heading', { name: 'Jobs', level: 1 })).toBeInTheDocument()
})

test('keyboard: g f goes to Fields, ? lists the shortcuts, Esc closes them', async () => {
  const { user, router } = renderRoute('/jobs')
  await screen.findByRole('heading', { name: 'Jobs', level: 1 })
  await user.keyboard('gf')
  expect(await screen.findByRole('heading', { name: 'Fields', level: 1 })).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/fields')

  await user.keyboard('?')
  const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })
  expect(within(dialog).getByText('Go to Selections')).toBeInTheDocument()
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})

test('an unknown address shows the not-found page with a way back', async () => {
  const { user } = renderRoute('/nowhere/at/all')
  expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  expect(screen.getByText('/nowhere/at/all')).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Go to Records' }))
  expect(await screen.findByRole('heading', { name: 'Records', level: 1 })).toBeInTheDocument()
})

test('a server failure shows the reason in words and a retry', async () => {
  server.use(
    http.get('https://site-api.datocms.com/item-types', () =>
      HttpResponse.json(
        {
          data: [
            {
              id: 'e',
              type: 'api_error',
              attributes: { code: 'SERVICE_UNAVAILABLE', details: {} },
            },
          ],
        },
        { status: 503 },
      ),
    ),
  )
  renderRoute('/fields')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The server is temporarily unavailable')
  expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument()
})
