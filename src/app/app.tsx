import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { RouterProvider } from 'react-router'
import { Toaster } from 'sonner'
import { createQueryClient } from '@/api/query-client'
import { createAppRouter } from './router'
import { useThemePreference } from './theme-controller'

export function App() {
  const [queryClient] = useState(createQueryClient)
  const [router] = useState(createAppRouter)
  const theme = useThemePreference()
  return (
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
      <Toaster position="bottom-right" theme={theme} closeButton richColors />
    </QueryClientProvider>
  )
}
