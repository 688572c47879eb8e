import { act, screen } from '@testing-library/react'
import { startDemoRuntime, stopDemoRuntime } from '@/api/connection/demo-runtime'
import { useMockApi } from '@/testing/mock-api'
import { renderRoute } from '@/testing/render-route'

useMockApi()

afterEach(() => {
  act(() => stopDemoRuntime())
  vi.unstubAllGlobals()
})

test('on plain http the demo explains why it cannot run and points to the settings', async () => {
  vi.stubGlobal('isSecureContext', false)
  const status = await startDemoRuntime()
  expect(status.state).toBe('unsupported')

  renderRoute('/jobs')
  expect(await screen.findByText('The demo cannot run in this page')).toBeInTheDocument()
  expect(
    screen.getByText(/browsers allow that only on https:\/\/ pages or on localhost/),
  ).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Open connection settings' })).toHaveAttribute(
    'href',
    '/settings',
  )
})
