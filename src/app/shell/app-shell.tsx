import { lazy, Suspense, useCallback, useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { NavLink, Outlet, useLocation } from 'react-router'
import { PageErrorFallback } from '../page-error-fallback'
import { ConnectionBadge } from './connection-badge'
import { DemoStatusNotice } from './demo-status-notice'
import { ThemeSelect } from './theme-select'
import { useGlobalShortcuts } from './use-global-shortcuts'
import { JobTray } from '@/features/jobs/job-tray'
import { LoadingRows } from '@/components/ui/status-views'

// Loaded the first time `?` is pressed.
const ShortcutsDialog = lazy(() =>
  import('./shortcuts-dialog').then((m) => ({ default: m.ShortcutsDialog })),
)

const NAV_ITEMS = [
  { to: '/records', label: 'Records', shortcut: 'g r' },
  { to: '/fields', label: 'Fields', shortcut: 'g f' },
  { to: '/selections', label: 'Selections', shortcut: 'g s' },
  { to: '/jobs', label: 'Jobs', shortcut: 'g j' },
] as const

export function AppShell() {
  const [isHelpOpen, setIsHelpOpen] = useState(false)
  useGlobalShortcuts(useCallback(() => setIsHelpOpen(true), []))
  const location = useLocation()
  return (
    <div className="flex min-h-full flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900"
      >
        Skip to content
      </a>
      {/* No backdrop-filter here: it would make the header the containing block of the job
          tray's fixed panel, squeezing it to the header's height. */}
      <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-950">
        <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-3 px-4 lg:gap-6">
          <NavLink to="/records" className="flex shrink-0 items-center gap-2 font-semibold">
            <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" className="size-6" />
            {/* On tablets the logo stands alone; the name stays for assistive tech. */}
            <span className="sr-only lg:not-sr-only">Content Ops Console</span>
          </NavLink>
          <nav aria-label="Main" className="flex items-center gap-1">
            {NAV_ITEMS.map((item) => (
              <NavLink
                key={item.to}
                to={item.to}
                title={`${item.label} (${item.shortcut})`}
                className={({ isActive }) =>
                  `rounded-md px-3 py-1.5 text-sm font-medium ${
                    isActive
                      ? 'bg-zinc-100 text-zinc-950 dark:bg-zinc-800 dark:text-white'
                      : 'text-zinc-600 hover:bg-zinc-50 hover:text-zinc-900 dark:text-zinc-400 dark:hover:bg-zinc-900 dark:hover:text-zinc-100'
                  }`
                }
              >
                {item.label}
              </NavLink>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2 lg:gap-3">
            <ConnectionBadge />
            <ThemeSelect />
            <JobTray />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[1600px] flex-1 px-4 py-6">
        <DemoStatusNotice />
        {/* Keyed by path: leaving a broken page clears its error. */}
        <ErrorBoundary key={location.pathname} FallbackComponent={PageErrorFallback}>
          <Suspense fallback={<LoadingRows label="Loading page" />}>
            <Outlet />
          </Suspense>
        </ErrorBoundary>
      </main>
      {isHelpOpen && (
        <Suspense fallback={null}>
          <ShortcutsDialog open onOpenChange={setIsHelpOpen} />
        </Suspense>
      )}
    </div>
  )
}
