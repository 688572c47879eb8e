import { lazy } from 'react'
import { BrowserRouter, Navigate, Route, Routes } from 'react-router'
import { AppShell } from './shell/app-shell'

/** The deploy base path without its trailing slash ("" at the root, "/console" under a sub-path). */
const ROUTER_BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '')

// Pages load on demand so the first load carries only the shell. Declarative routes (not the
// data router) keep react-router about 16 KB gzip lighter; see docs/decisions/005-routing.md.
const RecordsPage = lazy(() =>
  import('./pages/records-page').then((m) => ({ default: m.RecordsPage })),
)
const RecordHistoryPage = lazy(() =>
  import('./pages/record-history-page').then((m) => ({ default: m.RecordHistoryPage })),
)
const RecordEditorPage = lazy(() =>
  import('./pages/record-editor-page').then((m) => ({ default: m.RecordEditorPage })),
)
const FieldsPage = lazy(() =>
  import('./pages/fields-page').then((m) => ({ default: m.FieldsPage })),
)
const SelectionsPage = lazy(() =>
  import('./pages/selections-page').then((m) => ({ default: m.SelectionsPage })),
)
const JobsPage = lazy(() => import('./pages/jobs-page').then((m) => ({ default: m.JobsPage })))
const SettingsPage = lazy(() =>
  import('./pages/settings-page').then((m) => ({ default: m.SettingsPage })),
)
const NotFoundPage = lazy(() =>
  import('./pages/not-found-page').then((m) => ({ default: m.NotFoundPage })),
)

/** The route table; rendered inside a BrowserRouter (app) or a MemoryRouter (tests). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppShell />}>
        <Route index element={<Navigate to="/records" replace />} />
        <Route path="records" element={<RecordsPage />} />
        <Route path="records/new" element={<RecordEditorPage />} />
        <Route path="records/:recordId" element={<RecordEditorPage />} />
        <Route path="records/:recordId/history" element={<RecordHistoryPage />} />
        <Route path="fields" element={<FieldsPage />} />
        <Route path="fields/:modelApiKey" element={<FieldsPage />} />
        <Route path="selections" element={<SelectionsPage />} />
        <Route path="jobs" element={<JobsPage />} />
        <Route path="settings" element={<SettingsPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}

export function AppRouter() {
  return (
    <BrowserRouter basename={ROUTER_BASENAME || '/'}>
      <AppRoutes />
    </BrowserRouter>
  )
}
