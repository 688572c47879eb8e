import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { getActiveConnection } from '@/api/connection/active-connection'
import { startDemoRuntime } from '@/api/connection/demo-runtime'
import { App } from '@/app/app'
import { initTheme } from '@/app/theme-controller'
import './styles.css'

initTheme()

// The demo's API must be listening before the first query; a real connection skips it entirely.
if (getActiveConnection().kind === 'demo') await startDemoRuntime()

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)
