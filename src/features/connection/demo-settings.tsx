import { useQueryClient } from '@tanstack/react-query'
import { useId, useState, type FormEvent } from 'react'
import { useActiveConnection } from '@/api/connection/active-connection'
import { useDemoStatus } from '@/api/connection/demo-runtime'
import type { DemoControls } from '@/mocks/demo-controls'
import type { FaultSettings } from '@/mocks/faults'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { TextField } from '@/components/ui/text-field'

/** The demo's network conditions and its data reset; shown only while the demo runs. */
export function DemoSettings() {
  const connection = useActiveConnection()
  const demo = useDemoStatus()
  const headingId = useId()
  if (connection.kind !== 'demo' || demo.state !== 'running') return null
  return (
    <section aria-labelledby={headingId} className="max-w-2xl space-y-8">
      <h2 id={headingId} className="text-lg font-semibold">
        Demo
      </h2>
      <NetworkConditions controls={demo.controls} />
      <ResetDemoData controls={demo.controls} />
    </section>
  )
}

type PercentKey = 'transientErrorRate' | 'dropRate' | 'rateLimitRate' | 'jobFailureRate'

const PERCENT_FIELDS: { key: PercentKey; label: string; hint: string }[] = [
  {
    key: 'transientErrorRate',
    label: 'Server errors (%)',
    hint: 'Answered 500 or 503, marked transient.',
  },
  {
    key: 'dropRate',
    label: 'Dropped connections (%)',
    hint: 'The request fails without an answer.',
  },
  {
    key: 'rateLimitRate',
    label: 'Rate-limited answers (%)',
    hint: 'Answered 429 with X-RateLimit-Reset.',
  },
  { key: 'jobFailureRate', label: 'Failing jobs (%)', hint: 'Jobs that end with an error result.' },
]

type Draft = Record<keyof FaultSettings, string>

function toDraft(settings: FaultSettings): Draft {
  return {
    latencyMs: String(settings.latencyMs),
    latencyJitterMs: String(settings.latencyJitterMs),
    transientErrorRate: String(Math.round(settings.transientErrorRate * 100)),
    dropRate: String(Math.round(settings.dropRate * 100)),
    rateLimitRate: String(Math.round(settings.rateLimitRate * 100)),
    jobFailureRate: String(Math.round(settings.jobFailureRate * 100)),
    jobSpeed: String(settings.jobSpeed),
  }
}

function parseDraft(draft: Draft): { settings?: FaultSettings; errors: Partial<Draft> } {
  const errors: Partial<Draft> = {}
  const number = (key: keyof Draft, min: number, max: number, message: string) => {
    const value = Number(draft[key])
    if (draft[key].trim() === '' || !Number.isFinite(value) || value < min || value > max) {
      errors[key] = message
      return 0
    }
    return value
  }
  const settings: FaultSettings = {
    latencyMs: number('latencyMs', 0, 10_000, 'Enter milliseconds between 0 and 10,000.'),
    latencyJitterMs: number(
      'latencyJitterMs',
      0,
      10_000,
      'Enter milliseconds between 0 and 10,000.',
    ),
    transientErrorRate:
      number('transientErrorRate', 0, 100, 'Enter a percentage from 0 to 100.') / 100,
    dropRate: number('dropRate', 0, 100, 'Enter a percentage from 0 to 100.') / 100,
    rateLimitRate: number('rateLimitRate', 0, 100, 'Enter a percentage from 0 to 100.') / 100,
    jobFailureRate: number('jobFailureRate', 0, 100, 'Enter a percentage from 0 to 100.') / 100,
    jobSpeed: number('jobSpeed', 0.1, 100, 'Enter a factor between 0.1 and 100.'),
  }
  return Object.keys(errors).length ? { errors } : { settings, errors }
}

function NetworkConditions({ controls }: { controls: DemoControls }) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(controls.getFaults()))
  const [errors, setErrors] = useState<Partial<Draft>>({})

  function update(key: keyof Draft, value: string) {
    setDraft((previous) => ({ ...previous, [key]: value }))
    setErrors((previous) => ({ ...previous, [key]: undefined }))
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const parsed = parseDraft(draft)
    setErrors(parsed.errors)
    if (!parsed.settings) return
    controls.setFaults(parsed.settings)
    notify('success', 'Demo network conditions applied')
  }

  return (
    <form onSubmit={handleSubmit} noValidate>
      <h3 className="font-medium">Network conditions</h3>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Try the console against a bad network. Also settable from the URL, for example{' '}
        <code className="font-mono text-xs">?mock.latency=800&amp;mock.errors=0.2</code>.
      </p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <TextField
          label="Added latency (ms)"
          inputMode="numeric"
          value={draft.latencyMs}
          onChange={(event) => update('latencyMs', event.target.value)}
          error={errors.latencyMs}
        />
        <TextField
          label="Latency jitter (ms)"
          inputMode="numeric"
          value={draft.latencyJitterMs}
          onChange={(event) => update('latencyJitterMs', event.target.value)}
          error={errors.latencyJitterMs}
        />
        {PERCENT_FIELDS.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            hint={field.hint}
            inputMode="decimal"
            value={draft[field.key]}
            onChange={(event) => update(field.key, event.target.value)}
            error={errors[field.key]}
          />
        ))}
        <TextField
          label="Job speed (×)"
          hint="2 runs jobs twice as fast; 0.5 half as fast."
          inputMode="decimal"
          value={draft.jobSpeed}
          onChange={(event) => update('jobSpeed', event.target.value)}
          error={errors.jobSpeed}
        />
      </div>
      <div className="mt-4 flex gap-3">
        <Button type="submit" variant="primary">
          Apply conditions
        </Button>
        <Button
          onClick={() => {
            controls.setFaults(controls.defaultFaults())
            setDraft(toDraft(controls.getFaults()))
            setErrors({})
            notify('success', 'Demo network back to calm')
          }}
        >
          Back to calm
        </Button>
      </div>
    </form>
  )
}

function ResetDemoData({ controls }: { controls: DemoControls }) {
  const queryClient = useQueryClient()
  const [isOpen, setIsOpen] = useState(false)
  const [isBusy, setIsBusy] = useState(false)

  async function handleConfirm() {
    setIsBusy(true)
    try {
      await controls.resetDemoData()
      queryClient.clear()
      notify('success', 'Demo data restored to its original content')
      setIsOpen(false)
    } finally {
      setIsBusy(false)
    }
  }

  return (
    <div>
      <h3 className="font-medium">Demo data</h3>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Your edits in the demo are kept in this browser, across reloads and tabs.
      </p>
      <Button variant="danger" className="mt-3" onClick={() => setIsOpen(true)}>
        Reset demo data
      </Button>
      <ConfirmDialog
        open={isOpen}
        onOpenChange={setIsOpen}
        title="Reset the demo data?"
        confirmLabel="Reset demo data"
        onConfirm={() => void handleConfirm()}
        isDestructive
        isBusy={isBusy}
      >
        Every record, version and job you created or changed in the demo, in every tab of this
        browser, goes back to the original seed. This cannot be undone.
      </ConfirmDialog>
    </div>
  )
}
