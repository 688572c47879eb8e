import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createQueryClient } from '@/api/query-client'
import { LazyToaster } from '@/components/ui/lazy-toaster'
import { AppRouter } from './router'
import { useThemePreference } from './theme-controller'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const theme = useThemePreference()
  return (
    <QueryClientProvider client={queryClient}>
      <AppRouter />
      <LazyToaster position="bottom-right" theme={theme} closeButton />
    </QueryClientProvider>
  )
}
