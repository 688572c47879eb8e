import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { createQueryClient } from '@/api/query-client'
import { LazyToaster } from '@/components/ui/lazy-toaster'
import { createAppRouter } from './router'
import { useThemePreference } from './theme-controller'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(createAppRouter)
  const theme = useThemePreference()
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <LazyToaster position="bottom-right" theme={theme} closeButton richColors />
    </QueryClientProvider>
  )
}
