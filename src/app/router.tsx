import { createBrowserRouter, Navigate, type RouteObject } from 'react-router'
import { AppShell } from './shell/app-shell'
import { RouteErrorBoundary } from './route-error-boundary'

/** The deploy base path without its trailing slash ("" at the root, "/console" under a sub-path). */
export const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '')

// Pages load on demand so the first load carries only the shell.
export const appRoutes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    ErrorBoundary: RouteErrorBoundary,
    children: [
      {
        ErrorBoundary: RouteErrorBoundary,
        children: [
          { index: true, element: <Navigate to="/records" replace /> },
          {
            path: 'records',
            lazy: () => import('./pages/records-page').then((m) => ({ Component: m.RecordsPage })),
          },
          {
            path: 'fields',
            lazy: () => import('./pages/fields-page').then((m) => ({ Component: m.FieldsPage })),
          },
          {
            path: 'fields/:modelApiKey',
            lazy: () => import('./pages/fields-page').then((m) => ({ Component: m.FieldsPage })),
          },
          {
            path: 'selections',
            lazy: () =>
              import('./pages/selections-page').then((m) => ({ Component: m.SelectionsPage })),
          },
          {
            path: 'jobs',
            lazy: () => import('./pages/jobs-page').then((m) => ({ Component: m.JobsPage })),
          },
          {
            path: 'settings',
            lazy: () =>
              import('./pages/settings-page').then((m) => ({ Component: m.SettingsPage })),
          },
          {
            path: '*',
            lazy: () =>
              import('./pages/not-found-page').then((m) => ({ Component: m.NotFoundPage })),
          },
        ],
      },
    ],
  },
]

export function createAppRouter() {
  return createBrowserRouter(appRoutes, { basename: ROUTER_BASENAME || '/' })
}
