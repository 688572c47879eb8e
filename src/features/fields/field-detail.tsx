import * as Dialog from '@radix-ui/react-dialog'
import { useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { describeApiError } from '@/api/http/describe-api-error'
import { modelQueries, type Field, type Model } from '@/api/model-queries'
import { siteQueries } from '@/api/site-queries'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorState, LoadingRows } from '@/components/ui/status-views'
import { describeValidatorList } from '@/lib/validator-description'
import { appearanceOf, fieldTypeLabel, formatFieldValue, humanize } from './field-presentation'

export interface FieldDetailProps {
  fieldId: string
  models: Model[]
  onClose: () => void
}

/** A side sheet with everything about one field: appearance, default values, validators. */
export function FieldDetail({ fieldId, models, onClose }: FieldDetailProps) {
  const field = useQuery(modelQueries.field(fieldId))
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-zinc-950/30 dark:bg-black/50" />
        <Dialog.Content className="fixed inset-y-0 right-0 z-50 flex w-[min(34rem,100vw)] flex-col border-l border-zinc-200 bg-white shadow-xl dark:border-zinc-800 dark:bg-zinc-900">
          <div className="flex items-start justify-between gap-4 border-b border-zinc-200 px-6 py-4 dark:border-zinc-800">
            <div>
              <Dialog.Title className="text-lg font-semibold">
                {field.data ? `Field: ${field.data.attributes.label}` : 'Field'}
              </Dialog.Title>
              <Dialog.Description className="text-sm text-zinc-600 dark:text-zinc-400">
                {field.data
                  ? `${fieldTypeLabel(field.data.attributes.field_type)} · ${field.data.attributes.api_key}`
                  : 'Loading the field'}
              </Dialog.Description>
            </div>
            <Dialog.Close asChild>
              <Button variant="ghost" size="sm">
                Close
              </Button>
            </Dialog.Close>
          </div>
          <div className="flex-1 overflow-y-auto px-6 py-4">
            {field.isPending ? (
              <LoadingRows rows={4} label="Loading the field" />
            ) : field.isError ? (
              <ErrorState
                message={describeApiError(field.error)}
                onRetry={() => void field.refetch()}
              />
            ) : (
              <FieldFacts field={field.data} models={models} />
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  )
}

function FieldFacts({ field, models }: { field: Field; models: Model[] }) {
  const site = useQuery(siteQueries.detail())
  const siblings = useQuery(modelQueries.fields(field.relationships.item_type.data.id))
  const { attributes } = field
  const appearance = appearanceOf(field)
  const validators = describeValidatorList(attributes.validators, {
    modelName: (id) => models.find((model) => model.id === id)?.attributes.name,
    fieldLabel: (id) => siblings.data?.find((entry) => entry.id === id)?.attributes.label,
  })
  const defaults = defaultValuesOf(attributes.default_value, attributes.localized, [
    ...(site.data?.attributes.locales ?? []),
  ])
  const parameters = Object.entries(appearance.parameters)
  return (
    <div className="space-y-6 text-sm">
      <Section title="Basics">
        <Facts>
          <Fact term="Label">{attributes.label}</Fact>
          <Fact term="API key">
            <span className="font-mono">{attributes.api_key}</span>
          </Fact>
          <Fact term="Type">{fieldTypeLabel(attributes.field_type)}</Fact>
          <Fact term="Localized">
            {attributes.localized ? <Badge tone="info">Localized</Badge> : 'No'}
          </Fact>
          <Fact term="Position">{attributes.position}</Fact>
          <Fact term="Hint">{attributes.hint || 'None'}</Fact>
        </Facts>
      </Section>
      <Section title="Validators">
        {validators.length ? (
          <ul className="list-disc space-y-1 pl-5">
            {validators.map((phrase) => (
              <li key={phrase}>{phrase}</li>
            ))}
          </ul>
        ) : (
          <p className="text-zinc-600 dark:text-zinc-400">None: any value is accepted.</p>
        )}
      </Section>
      <Section title="Appearance">
        <Facts>
          <Fact term="Editor">{appearance.editor ? humanize(appearance.editor) : 'Default'}</Fact>
          {parameters.map(([key, value]) => (
            <Fact key={key} term={humanize(key)}>
              {formatFieldValue(value)}
            </Fact>
          ))}
          <Fact term="Add-ons">
            {appearance.addons.length ? String(appearance.addons.length) : 'None'}
          </Fact>
        </Facts>
      </Section>
      <Section title="Default value">
        <Facts>
          {defaults.map(([locale, value]) => (
            <Fact key={locale ?? 'all'} term={locale ? locale.toUpperCase() : 'Every record'}>
              {formatFieldValue(value)}
            </Fact>
          ))}
        </Facts>
      </Section>
    </div>
  )
}

/** Per locale for localized fields (the project's locales first); one value otherwise. */
function defaultValuesOf(
  value: unknown,
  isLocalized: boolean,
  locales: string[],
): [string | null, unknown][] {
  if (!isLocalized) return [[null, value]]
  const perLocale =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {}
  const keys = [...locales, ...Object.keys(perLocale).filter((key) => !locales.includes(key))]
  return keys.map((locale) => [locale, perLocale[locale] ?? null])
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <h3 className="mb-2 text-xs font-semibold tracking-wide text-zinc-600 uppercase dark:text-zinc-400">
        {title}
      </h3>
      {children}
    </section>
  )
}

function Facts({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-[9rem_1fr] gap-x-4 gap-y-1.5">{children}</dl>
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="text-zinc-600 dark:text-zinc-400">{term}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </>
  )
}
