import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { useMutationPermission } from '@/api/connection/permissions'
import { isApiError } from '@/api/http/api-error'
import { describeApiError } from '@/api/http/describe-api-error'
import { useRunningJob } from '@/api/jobs/job-registry'
import { modelQueries, type Field, type Model } from '@/api/model-queries'
import {
  duplicateJobKey,
  deleteJobKey,
  startDuplicateRecord,
  useCreateRecord,
  useSetRecordPublished,
  useUpdateRecord,
} from '@/api/record-mutations'
import { recordQueries, type CmaRecord } from '@/api/record-queries'
import { siteQueries } from '@/api/site-queries'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import { PageHeader } from '@/components/ui/page-header'
import { StatusBadge } from '@/components/ui/status-badge'
import { ErrorState, LoadingRows, Notice } from '@/components/ui/status-views'
import { TimeAgo } from '@/components/ui/time-ago'
import {
  describeFieldError,
  isEditableFieldType,
  type DraftValue,
  type FieldSpec,
} from '@/lib/field-values'
import {
  changesOf,
  draftsOf,
  fieldErrorKey,
  localesInUse,
  recordLocalesOf,
  type Drafts,
} from '@/lib/record-draft'
import { displayText } from '@/lib/record-title'
import { ConflictView, type ConflictRow } from './conflict-view'
import { DeleteRecordDialog, type DeleteRecordTarget } from './delete-record-dialog'
import { RecordFieldInput } from './record-field-input'

export interface RecordEditorProps {
  /** The record to edit; omit with `newOfModel` to create one. */
  recordId?: string | undefined
  newOfModel?: string | undefined
  onCreated: (record: CmaRecord) => void
  /** After a delete has started: the editor leaves the record. */
  onDeleteStarted: (modelApiKey: string) => void
}

function specOf(field: Field): FieldSpec {
  return {
    apiKey: field.attributes.api_key,
    label: field.attributes.label,
    fieldType: field.attributes.field_type,
    localized: field.attributes.localized,
    validators: field.attributes.validators as Record<string, unknown>,
  }
}

/** Loads what the form needs: the record, its model, the model's fields, the locales. */
export function RecordEditor({
  recordId,
  newOfModel,
  onCreated,
  onDeleteStarted,
}: RecordEditorProps) {
  const record = useQuery({
    ...recordQueries.detail(recordId ?? ''),
    enabled: recordId !== undefined,
  })
  const models = useQuery(modelQueries.list())
  const site = useQuery(siteQueries.detail())
  const modelId = record.data?.relationships.item_type.data.id
  const model = models.data?.find((entry) =>
    recordId ? entry.id === modelId : entry.attributes.api_key === newOfModel,
  )
  const fields = useQuery({ ...modelQueries.fields(model?.id ?? ''), enabled: model !== undefined })

  const failed = [record, models, site, fields].find((query) => query.isError)
  if (failed?.error) {
    return (
      <>
        <PageHeader title={recordId ? 'Record' : 'New record'} />
        <ErrorState
          title={recordId ? 'Could not open this record' : 'Could not start a new record'}
          message={describeApiError(failed.error)}
          onRetry={() => void failed.refetch()}
        />
      </>
    )
  }
  if (models.isSuccess && !model && (newOfModel !== undefined || record.isSuccess)) {
    return (
      <>
        <PageHeader title="New record" />
        <ErrorState
          title="Unknown model"
          message={
            newOfModel
              ? `There is no model “${newOfModel}” in this project.`
              : 'Pick a model in Records first.'
          }
        />
      </>
    )
  }
  if (!model || !fields.data || !site.data || (recordId && !record.data)) {
    return <LoadingRows label={recordId ? 'Loading record' : 'Loading model'} />
  }
  return (
    <RecordForm
      key={record.data?.id ?? `new:${model.id}`}
      model={model}
      fields={fields.data}
      siteLocales={site.data.attributes.locales}
      record={record.data}
      onCreated={onCreated}
      onDeleteStarted={onDeleteStarted}
    />
  )
}

type ServerErrors = Record<string, string>

function errorsFrom422(
  error: unknown,
  fields: readonly Field[],
): { byField: ServerErrors; general: string[] } {
  const byField: ServerErrors = {}
  const general: string[] = []
  if (!isApiError(error)) return { byField, general: [describeApiError(error)] }
  for (const detail of error.errors) {
    const apiKey = typeof detail.details.field === 'string' ? detail.details.field : undefined
    const field = fields.find((entry) => entry.attributes.api_key === apiKey)
    const locale = typeof detail.details.locale === 'string' ? detail.details.locale : undefined
    const message = describeFieldError(detail.details, detail.code)
    if (field && apiKey)
      byField[fieldErrorKey(apiKey, field.attributes.localized ? locale : undefined)] = message
    else general.push(describeApiError(error))
  }
  if (error.errors.length === 0) general.push(describeApiError(error))
  return { byField, general: [...new Set(general)] }
}

function RecordForm({
  model,
  fields,
  siteLocales,
  record,
  onCreated,
  onDeleteStarted,
}: {
  model: Model
  fields: Field[]
  siteLocales: string[]
  record: CmaRecord | undefined
  onCreated: (record: CmaRecord) => void
  onDeleteStarted: (modelApiKey: string) => void
}) {
  const queryClient = useQueryClient()
  const permission = useMutationPermission()
  const specs = fields.map(specOf)
  const mainLocale = siteLocales[0] ?? 'en'
  const initialAttributes = (record?.attributes ?? defaultsOf(fields, mainLocale)) as Record<
    string,
    unknown
  >

  const [base, setBase] = useState<CmaRecord | undefined>(record)
  const [drafts, setDrafts] = useState<Drafts>(() =>
    draftsOf(specs, initialAttributes, siteLocales),
  )
  const [activeLocale, setActiveLocale] = useState(mainLocale)
  const [serverErrors, setServerErrors] = useState<ServerErrors>({})
  const [generalErrors, setGeneralErrors] = useState<string[]>([])
  const [hasTriedToSave, setHasTriedToSave] = useState(false)
  const [conflict, setConflict] = useState<CmaRecord>()
  const [deleteTarget, setDeleteTarget] = useState<DeleteRecordTarget>()

  const update = useUpdateRecord()
  const create = useCreateRecord()
  const publish = useSetRecordPublished()

  const baseAttributes = (base?.attributes ?? {}) as Record<string, unknown>
  const baseLocales = base ? recordLocalesOf(specs, baseAttributes, siteLocales) : [mainLocale]
  const locales = localesInUse(specs, drafts, baseLocales, siteLocales)
  const outcome = changesOf(specs, drafts, baseAttributes, locales)
  const isDirty = Object.keys(outcome.changes).length > 0 || Object.keys(outcome.errors).length > 0

  // A newer version arrived in the background (another tab, a restore) while nothing here
  // is changed: show it rather than the old one.
  if (
    record &&
    base &&
    !isDirty &&
    !conflict &&
    record.meta.current_version !== base.meta.current_version
  ) {
    setBase(record)
    setDrafts(draftsOf(specs, record.attributes as Record<string, unknown>, siteLocales))
  }

  useEffect(() => {
    if (!isDirty) return
    const handleBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault()
    window.addEventListener('beforeunload', handleBeforeUnload)
    return () => window.removeEventListener('beforeunload', handleBeforeUnload)
  }, [isDirty])

  const titleField = fields.find((field) => field.id === model.relationships.title_field.data?.id)
  const title =
    (base &&
      titleField &&
      displayText(base.attributes[titleField.attributes.api_key], mainLocale)) ||
    (base ? `Untitled (#${base.id})` : `New ${model.attributes.name.toLowerCase()}`)
  const hasLocalized = fields.some((field) => field.attributes.localized) && siteLocales.length > 1
  const isReadOnly = !permission.canMutate
  const duplicating = useRunningJob(duplicateJobKey(base?.id ?? ''))
  const deleting = useRunningJob(deleteJobKey(base?.id ?? ''))

  // Errors typed into the form show at once; the server's until the field changes again.
  const errorOf = (apiKey: string, locale?: string): string | undefined => {
    const key = fieldErrorKey(apiKey, locale)
    return outcome.errors[key] ?? serverErrors[key]
  }
  const allErrorKeys = new Set([...Object.keys(outcome.errors), ...Object.keys(serverErrors)])
  const errorCountOf = (locale: string) =>
    [...allErrorKeys].filter((key) => key.endsWith(`:${locale}`)).length

  function setDraft(apiKey: string, locale: string | undefined, value: DraftValue) {
    setDrafts((current) => {
      const existing = current[apiKey]
      if (!locale) return { ...current, [apiKey]: value }
      const perLocale =
        typeof existing === 'object' && existing !== null && !Array.isArray(existing)
          ? existing
          : {}
      return { ...current, [apiKey]: { ...perLocale, [locale]: value } }
    })
    setServerErrors((current) => {
      const key = fieldErrorKey(apiKey, locale)
      if (!(key in current)) return current
      return Object.fromEntries(Object.entries(current).filter(([entry]) => entry !== key))
    })
  }

  function focusFirstError(keys: string[]) {
    const first = keys[0]
    if (!first) return
    const [apiKey, locale] = first.split(':')
    if (locale && locale !== activeLocale) setActiveLocale(locale)
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(`[data-field="${apiKey}"] [aria-invalid="true"]`)
        ?.focus(),
    )
  }

  function handleSaveError(error: unknown) {
    if (isApiError(error) && error.hasCode('STALE_ITEM_VERSION') && base) {
      void queryClient
        .fetchQuery({ ...recordQueries.detail(base.id), staleTime: 0 })
        .then(setConflict, (fetchError: unknown) =>
          setGeneralErrors([describeApiError(fetchError)]),
        )
      return
    }
    const { byField, general } = errorsFrom422(error, fields)
    setServerErrors(byField)
    setGeneralErrors(general)
    focusFirstError(Object.keys(byField))
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    setHasTriedToSave(true)
    setGeneralErrors([])
    if (Object.keys(outcome.errors).length > 0) {
      focusFirstError(Object.keys(outcome.errors))
      return
    }
    if (!base) {
      create.mutate(
        { modelId: model.id, attributes: outcome.changes },
        {
          onSuccess: (created) => {
            notify('success', `${model.attributes.name} created`)
            onCreated(created)
          },
          onError: handleSaveError,
        },
      )
      return
    }
    if (Object.keys(outcome.changes).length === 0) {
      notify('info', 'Nothing to save: no field was changed.')
      return
    }
    update.mutate(
      { id: base.id, attributes: outcome.changes, currentVersion: base.meta.current_version },
      {
        onSuccess: (saved) => {
          setBase(saved)
          setDrafts(draftsOf(specs, saved.attributes as Record<string, unknown>, siteLocales))
          setServerErrors({})
          setHasTriedToSave(false)
          notify('success', `Saved ‘${titleOfRecord(saved, titleField, mainLocale)}’`)
        },
        onError: handleSaveError,
      },
    )
  }

  const conflictRows: ConflictRow[] = conflict
    ? fields.flatMap((field) => {
        const spec = specOf(field)
        if (!isEditableFieldType(spec.fieldType)) return []
        const theirs = conflict.attributes[spec.apiKey]
        const original = baseAttributes[spec.apiKey]
        const mine = outcome.changes[spec.apiKey]
        const mineChanged = spec.apiKey in outcome.changes
        const fieldLocales = spec.localized ? locales : [undefined]
        return fieldLocales.flatMap((locale): ConflictRow[] => {
          const pick = (value: unknown) =>
            locale && value && typeof value === 'object'
              ? (value as Record<string, unknown>)[locale]
              : value
          const row = {
            field,
            locale,
            mine: mineChanged ? pick(mine) : pick(original),
            theirs: pick(theirs),
            base: pick(original),
          }
          const differs = JSON.stringify(row.mine ?? null) !== JSON.stringify(row.theirs ?? null)
          return differs &&
            (mineChanged || JSON.stringify(row.theirs ?? null) !== JSON.stringify(row.base ?? null))
            ? [row]
            : []
        })
      })
    : []

  function reapply() {
    if (!conflict) return
    const fresh = draftsOf(specs, conflict.attributes as Record<string, unknown>, siteLocales)
    const mine = Object.keys(outcome.changes)
    setDrafts((current) => {
      const next = { ...fresh }
      for (const apiKey of mine) next[apiKey] = current[apiKey] ?? null
      return next
    })
    setBase(conflict)
    setConflict(undefined)
    notify('info', 'Your changes are on the newest version. Check them, then save.')
  }

  // An updated record offers both: publish its changes, or take it offline.
  const isPublished = base?.meta.status === 'published'
  const isLive = isPublished || base?.meta.status === 'updated'
  const isSaving = update.isPending || create.isPending

  return (
    <>
      <PageHeader
        title={title}
        description={
          base ? (
            <span className="inline-flex flex-wrap items-center gap-2">
              <StatusBadge status={base.meta.status} />
              {model.attributes.name} · updated <TimeAgo value={base.meta.updated_at} />
              <Link
                to={`/records/${encodeURIComponent(base.id)}/history`}
                className="text-indigo-700 underline dark:text-indigo-300"
              >
                Version history
              </Link>
            </span>
          ) : (
            `A new ${model.attributes.name.toLowerCase()}; it is saved as a draft.`
          )
        }
        actions={
          base && (
            <>
              {(['publish', 'unpublish'] as const)
                .filter((action) => (action === 'publish' ? !isPublished : isLive))
                .map((action) => (
                  <Button
                    key={action}
                    variant={action === 'publish' ? 'primary' : 'secondary'}
                    isBusy={
                      publish.isPending && publish.variables.isPublished === (action === 'publish')
                    }
                    disabled={isReadOnly || publish.isPending || isDirty}
                    title={
                      permission.reason ??
                      (isDirty
                        ? 'Save your changes first: publishing works on the saved version.'
                        : undefined)
                    }
                    onClick={() =>
                      publish.mutate(
                        { id: base.id, isPublished: action === 'publish' },
                        {
                          onSuccess: (saved) => {
                            setBase(saved)
                            notify('success', `‘${title}’ ${action}ed`)
                          },
                          onError: (error) => {
                            const { byField, general } = errorsFrom422(error, fields)
                            setServerErrors(byField)
                            setGeneralErrors(
                              Object.keys(byField).length > 0
                                ? [`Could not ${action}: fix the marked fields first.`]
                                : general,
                            )
                          },
                        },
                      )
                    }
                  >
                    {action === 'publish' ? 'Publish' : 'Unpublish'}
                  </Button>
                ))}
              <Button
                isBusy={duplicating !== undefined}
                disabled={isReadOnly}
                title={permission.reason}
                onClick={() => void startDuplicateRecord({ id: base.id, title, modelId: model.id })}
              >
                Duplicate
              </Button>
              <Button
                variant="danger"
                isBusy={deleting !== undefined}
                disabled={isReadOnly || deleting !== undefined}
                title={permission.reason}
                onClick={() =>
                  setDeleteTarget({
                    record: base,
                    title,
                    modelId: model.id,
                    modelName: model.attributes.name,
                  })
                }
              >
                Delete
              </Button>
            </>
          )
        }
      />
      <p className="-mt-4 mb-4 text-sm">
        <Link
          to={`/records?model=${encodeURIComponent(model.attributes.api_key)}`}
          className="text-zinc-600 hover:text-zinc-900 hover:underline dark:text-zinc-400 dark:hover:text-zinc-100"
        >
          ← All {model.attributes.name.toLowerCase()} records
        </Link>
      </p>
      {isReadOnly && (
        <div className="mb-4">
          <Notice tone="warning" title="Read-only: this record cannot be changed">
            {permission.reason}
          </Notice>
        </div>
      )}
      {conflict && (
        <ConflictView
          rows={conflictRows}
          theirs={conflict}
          onReapply={reapply}
          onDiscard={() => {
            setBase(conflict)
            setDrafts(draftsOf(specs, conflict.attributes as Record<string, unknown>, siteLocales))
            setConflict(undefined)
            setServerErrors({})
          }}
        />
      )}
      {(generalErrors.length > 0 || (hasTriedToSave && allErrorKeys.size > 0)) && (
        <div
          role="alert"
          className="mb-4 rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100"
        >
          <p className="font-medium">
            {allErrorKeys.size > 0
              ? `${allErrorKeys.size} ${allErrorKeys.size === 1 ? 'field needs' : 'fields need'} attention before saving.`
              : 'The record was not saved.'}
          </p>
          {generalErrors.map((message) => (
            <p key={message} className="mt-1">
              {message}
            </p>
          ))}
        </div>
      )}
      <form
        onSubmit={handleSubmit}
        noValidate
        aria-label={base ? `Edit ‘${title}’` : `New ${model.attributes.name.toLowerCase()}`}
      >
        {hasLocalized && (
          <div
            role="tablist"
            aria-label="Languages"
            className="mb-4 flex gap-1 border-b border-zinc-200 dark:border-zinc-800"
          >
            {siteLocales.map((locale) => {
              const errors = errorCountOf(locale)
              const isActive = locale === activeLocale
              return (
                <button
                  key={locale}
                  type="button"
                  role="tab"
                  aria-selected={isActive}
                  onClick={() => setActiveLocale(locale)}
                  className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
                    isActive
                      ? 'border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300'
                      : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
                  }`}
                >
                  {locale.toUpperCase()}
                  {!locales.includes(locale) && (
                    <span className="ml-1 font-normal text-zinc-500 dark:text-zinc-400">
                      (empty)
                    </span>
                  )}
                  {errors > 0 && (
                    <span className="ml-1.5 rounded-full bg-red-600 px-1.5 text-xs text-white">
                      {errors}
                      <span className="sr-only"> {errors === 1 ? 'error' : 'errors'}</span>
                    </span>
                  )}
                </button>
              )
            })}
          </div>
        )}
        <div className="grid max-w-3xl gap-5">
          {fields.map((field) => {
            const apiKey = field.attributes.api_key
            const locale = field.attributes.localized ? activeLocale : undefined
            const draft = drafts[apiKey]
            const value = (
              locale && draft && typeof draft === 'object' && !Array.isArray(draft)
                ? ((draft as Record<string, DraftValue>)[locale] ?? null)
                : (draft ?? null)
            ) as DraftValue
            const stored = base?.attributes[apiKey]
            return (
              <RecordFieldInput
                key={`${field.id}:${locale ?? ''}`}
                field={field}
                locale={locale}
                value={value}
                storedValue={
                  locale && stored && typeof stored === 'object'
                    ? (stored as Record<string, unknown>)[locale]
                    : stored
                }
                onChange={(next) => setDraft(apiKey, locale, next)}
                error={errorOf(apiKey, locale)}
                isReadOnly={isReadOnly}
              />
            )
          })}
        </div>
        <div className="sticky bottom-0 mt-6 flex items-center gap-3 border-t border-zinc-200 bg-white/95 py-3 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
          <Button
            type="submit"
            variant="primary"
            isBusy={isSaving}
            disabled={isReadOnly || isSaving || conflict !== undefined}
            title={
              permission.reason ?? (conflict ? 'Resolve the conflict above first.' : undefined)
            }
          >
            Save
          </Button>
          <span className="text-sm text-zinc-600 dark:text-zinc-400" aria-live="polite">
            {isSaving ? 'Saving…' : isDirty ? 'Unsaved changes' : base ? 'All changes saved' : ''}
          </span>
        </div>
      </form>
      <DeleteRecordDialog
        target={deleteTarget}
        onClose={() => setDeleteTarget(undefined)}
        onStarted={() => onDeleteStarted(model.attributes.api_key)}
      />
    </>
  )
}

function titleOfRecord(record: CmaRecord, titleField: Field | undefined, locale: string): string {
  return (
    (titleField && displayText(record.attributes[titleField.attributes.api_key], locale)) ||
    `#${record.id}`
  )
}

/** A new record starts from the fields' default values (main locale for localized ones). */
function defaultsOf(fields: readonly Field[], mainLocale: string): Record<string, unknown> {
  const attributes: Record<string, unknown> = {}
  for (const field of fields) {
    const fallback = field.attributes.default_value as unknown
    if (fallback === null || fallback === undefined) continue
    attributes[field.attributes.api_key] = field.attributes.localized
      ? {
          [mainLocale]:
            typeof fallback === 'object' && fallback && mainLocale in fallback
              ? (fallback as Record<string, unknown>)[mainLocale]
              : fallback,
        }
      : fallback
  }
  return attributes
}
