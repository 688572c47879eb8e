import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Toaster } from 'sonner'
import { appRoutes } from '@/app/router'

/** A QueryClient for tests: no retries, so an error shows at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  })
}

/**
 * Renders the real app (shell, routes, providers) at `path`, on a fresh QueryClient.
 * Pair it with `useMockApi()` so requests reach the mock.
 */
export function renderRoute(path: string) {
  const queryClient = createTestQueryClient()
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] })
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster />
    </QueryClientProvider>,
  )
  return { ...view, router, queryClient, user }
}
