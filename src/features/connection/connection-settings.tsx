import { useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useActiveConnection } from '@/api/connection/active-connection'
import { describeConnection, type Connection, type DemoRole } from '@/api/connection/connection'
import { switchConnection } from '@/api/connection/switch-connection'
import { testConnection, type ConnectionTestResult } from '@/api/connection/test-connection'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import { TextField } from '@/components/ui/text-field'
import {
  initialDatoForm,
  validateDatoForm,
  type DatoFormErrors,
  type DatoFormValues,
} from './connection-form-schema'

type Mode = 'demo' | 'datocms'
type TestState =
  { state: 'idle' } | { state: 'testing' } | { state: 'done'; result: ConnectionTestResult }

/** Choose the demo (as editor or viewer) or a real DatoCMS project, test it, and connect. */
export function ConnectionSettings() {
  const active = useActiveConnection()
  const queryClient = useQueryClient()
  const [mode, setMode] = useState<Mode>(active.kind)
  const [demoRole, setDemoRole] = useState<DemoRole>(
    active.kind === 'demo' ? active.role : 'editor',
  )
  const [form, setForm] = useState<DatoFormValues>(() => initialDatoForm(active))
  const [errors, setErrors] = useState<DatoFormErrors>({})
  const [test, setTest] = useState<TestState>({ state: 'idle' })
  const [isSwitching, setIsSwitching] = useState(false)
  const [showToken, setShowToken] = useState(false)
  const headingId = useId()

  function update<K extends keyof DatoFormValues>(key: K, value: DatoFormValues[K]) {
    setForm((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => ({ ...previous, [key]: undefined }))
    setTest({ state: 'idle' })
  }

  function candidate(): Connection | undefined {
    if (mode === 'demo') return { kind: 'demo', role: demoRole }
    const validated = validateDatoForm(form)
    if (!validated.ok) {
      setErrors(validated.errors)
      return undefined
    }
    return validated.connection
  }

  async function runTest(connection: Connection): Promise<ConnectionTestResult> {
    setTest({ state: 'testing' })
    const result = await testConnection(connection)
    setTest({ state: 'done', result })
    return result
  }

  async function handleTest() {
    const connection = candidate()
    if (connection && connection.kind === 'datocms') await runTest(connection)
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const connection = candidate()
    if (!connection) return
    // Read the fresh result, not `test` state: this closure still holds the state from before.
    let siteName: string | undefined
    if (connection.kind === 'datocms') {
      const result = await runTest(connection)
      if (!result.ok) return
      siteName = result.siteName
    }
    setIsSwitching(true)
    try {
      await switchConnection(connection, queryClient)
      notify('success', `Connected: ${describeConnection(connection, siteName)}`)
    } finally {
      setIsSwitching(false)
    }
  }

  return (
    <section aria-labelledby={headingId} className="max-w-2xl">
      <h2 id={headingId} className="text-lg font-semibold">
        Connection
      </h2>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Now connected to{' '}
        <strong className="font-medium text-zinc-900 dark:text-zinc-100">
          {describeConnection(active)}
        </strong>
        . Switching clears everything the console has loaded.
      </p>

      <form onSubmit={handleSubmit} className="mt-5 space-y-5" noValidate>
        <fieldset>
          <legend className="text-sm font-medium">Where the content comes from</legend>
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <ModeOption
              checked={mode === 'demo'}
              onSelect={() => setMode('demo')}
              title="Demo"
              description="A realistic mock API that runs in this browser. Nothing leaves your machine."
            />
            <ModeOption
              checked={mode === 'datocms'}
              onSelect={() => setMode('datocms')}
              title="Connect to DatoCMS"
              description="Your real project, with a Content Management API token."
            />
          </div>
        </fieldset>

        {mode === 'demo' ? (
          <fieldset>
            <legend className="text-sm font-medium">Demo role</legend>
            <div className="mt-2 flex gap-4 text-sm">
              {(['editor', 'viewer'] as const).map((role) => (
                <label key={role} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="demo-role"
                    value={role}
                    checked={demoRole === role}
                    onChange={() => setDemoRole(role)}
                  />
                  {role === 'editor' ? 'Editor (full access)' : 'Viewer (read only)'}
                </label>
              ))}
            </div>
          </fieldset>
        ) : (
          <div className="space-y-4">
            <div className="flex items-end gap-2">
              <TextField
                className="flex-1"
                label="API token"
                name="token"
                type={showToken ? 'text' : 'password'}
                autoComplete="off"
                spellCheck={false}
                value={form.token}
                onChange={(event) => update('token', event.target.value)}
                error={errors.token}
                hint="Settings → API tokens in your DatoCMS project. It never appears in a URL or a log."
              />
              <Button
                className={errors.token ? 'mb-[2.6rem]' : 'mb-[1.35rem]'}
                onClick={() => setShowToken((value) => !value)}
                aria-pressed={showToken}
              >
                {showToken ? 'Hide token' : 'Show token'}
              </Button>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={form.rememberToken}
                onChange={(event) => update('rememberToken', event.target.checked)}
              />
              Remember on this device
              <span className="text-xs text-zinc-600 dark:text-zinc-400">
                (otherwise the token is forgotten when this tab closes)
              </span>
            </label>
            <TextField
              label="Environment (optional)"
              name="environment"
              placeholder="primary environment"
              value={form.environment}
              onChange={(event) => update('environment', event.target.value)}
              error={errors.environment}
            />
            <TextField
              label="CMA base URL"
              name="cmaBaseUrl"
              type="url"
              value={form.cmaBaseUrl}
              onChange={(event) => update('cmaBaseUrl', event.target.value)}
              error={errors.cmaBaseUrl}
            />
            <details className="rounded-md border border-zinc-200 p-3 dark:border-zinc-800">
              <summary className="cursor-pointer text-sm font-medium">
                Project API (optional)
              </summary>
              <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">
                With a Project API the console runs bulk duplicates on the server; without one it
                duplicates record by record through the CMA.
              </p>
              <div className="mt-3 space-y-3">
                <TextField
                  label="Project API base URL"
                  name="projectApiBaseUrl"
                  type="url"
                  placeholder="https://unicat.app"
                  value={form.projectApiBaseUrl}
                  onChange={(event) => update('projectApiBaseUrl', event.target.value)}
                  error={errors.projectApiBaseUrl}
                />
                <TextField
                  label="Project gid"
                  name="projectGid"
                  value={form.projectGid}
                  onChange={(event) => update('projectGid', event.target.value)}
                  error={errors.projectGid}
                />
              </div>
            </details>
          </div>
        )}

        <TestOutcome test={test} />

        <div className="flex gap-3">
          <Button type="submit" variant="primary" isBusy={isSwitching || test.state === 'testing'}>
            {mode === 'demo' ? 'Use the demo' : 'Connect'}
          </Button>
          {mode === 'datocms' && (
            <Button onClick={() => void handleTest()} disabled={test.state === 'testing'}>
              Test connection
            </Button>
          )}
        </div>
      </form>
    </section>
  )
}

function ModeOption(props: {
  checked: boolean
  onSelect: () => void
  title: string
  description: string
}) {
  const descriptionId = useId()
  return (
    <label
      className={`flex cursor-pointer gap-3 rounded-lg border p-3 text-sm ${
        props.checked
          ? 'border-indigo-500 bg-indigo-50/60 dark:border-indigo-400 dark:bg-indigo-950/40'
          : 'border-zinc-300 dark:border-zinc-700'
      }`}
    >
      <input
        type="radio"
        name="connection-mode"
        checked={props.checked}
        onChange={props.onSelect}
        aria-describedby={descriptionId}
        className="mt-1"
      />
      <span>
        <span className="block font-medium">{props.title}</span>
        {/* Described, not labelled: the radio's name stays just its title. */}
        <span id={descriptionId} aria-hidden className="block text-zinc-600 dark:text-zinc-400">
          {props.description}
        </span>
      </span>
    </label>
  )
}

function TestOutcome({ test }: { test: TestState }) {
  return (
    <div aria-live="polite" className="min-h-6 text-sm">
      {test.state === 'testing' && <p>Testing the connection…</p>}
      {test.state === 'done' &&
        (test.result.ok ? (
          <p className="text-emerald-800 dark:text-emerald-300">
            Connected to <strong>{test.result.siteName}</strong> ({test.result.environment}{' '}
            environment, locales {test.result.locales.join(', ')}).
            {test.result.projectApi === 'ok' && ' The Project API accepted the token too.'}
          </p>
        ) : (
          <p role="alert" className="font-medium text-red-700 dark:text-red-300">
            {test.result.message}
          </p>
        ))}
    </div>
  )
}
