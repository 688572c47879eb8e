import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { useEffect } from 'react'
import userEvent from '@testing-library/user-event'
import {
  MemoryRouter,
  useLocation,
  useNavigate,
  type Location,
  type NavigateFunction,
} from 'react-router'
import { AppRoutes } from '@/app/router'
import { LazyToaster } from '@/components/ui/lazy-toaster'

/** A QueryClient for tests: no retries, so an error shows at once. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: 0 }, mutations: { retry: false } },
  })
}

interface RouterHandle {
  /** Where the app is now (pathname, search), like a data router's `state.location`. */
  state: { location: Location }
  navigate: NavigateFunction
}

function RouterProbe({
  onRender,
}: {
  onRender: (location: Location, navigate: NavigateFunction) => void
}) {
  const location = useLocation()
  const navigate = useNavigate()
  useEffect(() => onRender(location, navigate))
  return null
}

/**
 * Renders the real app (shell, routes, providers) at `path`, on a fresh QueryClient.
 * Pair it with `useMockApi()` so requests reach the mock.
 */
export function renderRoute(path: string) {
  const queryClient = createTestQueryClient()
  const handle: Partial<RouterHandle> = {}
  const user = userEvent.setup()
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <RouterProbe
          onRender={(location, navigate) => {
            handle.state = { location }
            handle.navigate = navigate
          }}
        />
        <AppRoutes />
      </MemoryRouter>
      <LazyToaster />
    </QueryClientProvider>,
  )
  return { ...view, router: handle as RouterHandle, queryClient, user }
}
