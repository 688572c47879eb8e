import { useId, type ReactNode } from 'react'
import type { Field } from '@/api/model-queries'
import { colorToHex, formatValue, type DraftValue } from '@/lib/field-values'
import { LinkField } from './link-field'

const INPUT_CLASS =
  'block rounded-md border bg-white px-3 text-sm dark:bg-zinc-900 disabled:bg-zinc-50 disabled:text-zinc-600 dark:disabled:bg-zinc-900/60 dark:disabled:text-zinc-400'

function borderOf(error: string | undefined): string {
  return error ? 'border-red-500 dark:border-red-400' : 'border-zinc-300 dark:border-zinc-700'
}

export interface RecordFieldInputProps {
  field: Field
  locale: string | undefined
  value: DraftValue
  /** The stored value, for types the console shows but does not edit. */
  storedValue: unknown
  onChange: (value: DraftValue) => void
  error: string | undefined
  isReadOnly: boolean
}

/** One field, rendered by its type, with its label, markers, hint and error. */
export function RecordFieldInput({
  field,
  locale,
  value,
  storedValue,
  onChange,
  error,
  isReadOnly,
}: RecordFieldInputProps) {
  const id = useId()
  const { label, field_type: fieldType, hint, validators, localized } = field.attributes
  const isRequired = validators && 'required' in validators
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined]
    .filter(Boolean)
    .join(' ')
  const common = {
    id,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy || undefined,
    'aria-required': isRequired || undefined,
    disabled: isReadOnly,
  }
  const text = typeof value === 'string' ? value : ''

  let control: ReactNode
  switch (fieldType) {
    case 'string':
    case 'slug':
      control = (
        <input
          {...common}
          type="text"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={`${INPUT_CLASS} h-9 w-full ${borderOf(error)} ${fieldType === 'slug' ? 'font-mono' : ''}`}
        />
      )
      break
    case 'text':
      control = (
        <textarea
          {...common}
          rows={field.attributes.appearance.editor === 'markdown' ? 8 : 3}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={`${INPUT_CLASS} w-full py-2 ${borderOf(error)}`}
        />
      )
      break
    case 'integer':
    case 'float':
      // Text, not type=number: the browser would silently drop "12a" instead of letting us
      // explain it, and the editor would lose what they typed.
      control = (
        <input
          {...common}
          type="text"
          inputMode={fieldType === 'integer' ? 'numeric' : 'decimal'}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={`${INPUT_CLASS} h-9 w-48 tabular-nums ${borderOf(error)}`}
        />
      )
      break
    case 'boolean':
      control = (
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(event) => onChange(event.target.checked)}
          className="size-4 accent-indigo-600"
        />
      )
      break
    case 'date':
      control = (
        <input
          {...common}
          type="date"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={`${INPUT_CLASS} h-9 w-48 ${borderOf(error)}`}
        />
      )
      break
    case 'date_time':
      control = (
        <input
          {...common}
          type="datetime-local"
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={`${INPUT_CLASS} h-9 w-64 ${borderOf(error)}`}
        />
      )
      break
    case 'json':
      control = (
        <textarea
          {...common}
          rows={6}
          spellCheck={false}
          value={text}
          onChange={(event) => onChange(event.target.value)}
          className={`${INPUT_CLASS} w-full py-2 font-mono text-xs ${borderOf(error)}`}
        />
      )
      break
    case 'color':
      control = (
        <div className="flex items-center gap-2">
          <input
            type="color"
            aria-label={`${label}: colour picker`}
            disabled={isReadOnly}
            value={
              /^#[0-9a-f]{6}$/i.test(text)
                ? text
                : colorToHex({ red: 0, green: 0, blue: 0, alpha: 255 })
            }
            onChange={(event) => onChange(event.target.value)}
            className="h-9 w-12 rounded border border-zinc-300 dark:border-zinc-700"
          />
          <input
            {...common}
            type="text"
            value={text}
            placeholder="#rrggbb"
            onChange={(event) => onChange(event.target.value)}
            className={`${INPUT_CLASS} h-9 w-32 font-mono ${borderOf(error)}`}
          />
        </div>
      )
      break
    case 'link':
    case 'links':
      control = (
        <LinkField
          inputId={id}
          field={field}
          value={value}
          onChange={onChange}
          isReadOnly={isReadOnly}
          describedBy={describedBy || undefined}
          hasError={error !== undefined}
        />
      )
      break
    default:
      control = (
        <div
          id={id}
          className="rounded-md border border-dashed border-zinc-300 px-3 py-2 text-sm dark:border-zinc-700"
        >
          <p className="text-zinc-600 dark:text-zinc-400">
            {readableFallback(fieldType, storedValue)}
          </p>
        </div>
      )
  }

  const isCheckbox = fieldType === 'boolean'
  return (
    <div data-field={field.attributes.api_key}>
      <div className={isCheckbox ? 'flex items-center gap-2' : ''}>
        {isCheckbox && control}
        <label htmlFor={id} className="flex items-center gap-1.5 text-sm font-medium">
          {label}
          {isRequired && (
            <span className="text-red-700 dark:text-red-300" title="Required">
              *<span className="sr-only"> (required)</span>
            </span>
          )}
          {localized && locale && (
            <span className="rounded bg-zinc-100 px-1.5 text-[11px] font-medium text-zinc-600 uppercase dark:bg-zinc-800 dark:text-zinc-300">
              {locale}
            </span>
          )}
        </label>
      </div>
      {!isCheckbox && <div className="mt-1">{control}</div>}
      {hint && (
        <p id={hintId} className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-700 dark:text-red-300">
          {error}
        </p>
      )}
    </div>
  )
}

function readableFallback(fieldType: string, value: unknown): string {
  if (value === null || value === undefined) return 'Empty. This field type is edited in DatoCMS.'
  if (fieldType === 'file' && typeof value === 'object' && value !== null) {
    const upload = value as { upload_id?: string; alt?: string | null; title?: string | null }
    return `An upload (${upload.title || upload.alt || `id ${upload.upload_id ?? '?'}`}). Files are managed in DatoCMS's media area.`
  }
  return `${formatValue('json', value)} — this field type is shown as stored; edit it in DatoCMS.`
}
