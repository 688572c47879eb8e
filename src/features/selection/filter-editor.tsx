import { Button } from '@/components/ui/button'
import {
  appendToGroup,
  conditionProblem,
  defaultOperand,
  operatorsFor,
  PROPERTY_LABELS,
  STATUS_VALUES,
  updateFilterAt,
  type FilterOperatorSpec,
} from '@/lib/selection/filter-grammar'
import type { ProjectFilterNode } from '@/lib/selection-url'
import type { SelectionSchema } from './use-selection-schema'

const SELECT =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900'
const INPUT = `${SELECT} w-40`

const GROUP_LABELS: Record<string, string> = {
  and: 'All of these (and)',
  or: 'Any of these (or)',
  not: 'Not this (not)',
}

function newCondition(schema: SelectionSchema): ProjectFilterNode {
  return ['classes', 'has', schema.models[0]?.apiKey ?? '']
}

function OperandInput({
  spec,
  value,
  label,
  schema,
  onChange,
}: {
  spec: FilterOperatorSpec
  value: unknown
  label: string
  schema: SelectionSchema
  onChange: (value: unknown) => void
}) {
  switch (spec.operand) {
    case 'none':
      return null
    case 'model':
      return (
        <select
          aria-label={label}
          className={SELECT}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
        >
          {schema.models.map((model) => (
            <option key={model.id} value={model.apiKey}>
              {model.name}
            </option>
          ))}
        </select>
      )
    case 'status':
      return (
        <select
          aria-label={label}
          className={SELECT}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value)}
        >
          {STATUS_VALUES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      )
    case 'days': {
      const days = Array.isArray(value) ? Number(value[0]) : 0
      return (
        <label className="inline-flex items-center gap-1 text-sm">
          <input
            aria-label={label}
            type="number"
            min={0}
            className={`${SELECT} w-20`}
            value={Number.isFinite(days) ? days : ''}
            onChange={(event) => onChange([Number(event.target.value), 'days'])}
          />
          days
        </label>
      )
    }
    case 'range': {
      const [from, until] = Array.isArray(value) ? (value as number[]) : [0, 0]
      const day = (seconds: number | undefined) =>
        Number.isFinite(seconds) ? new Date((seconds ?? 0) * 1000).toISOString().slice(0, 10) : ''
      const seconds = (text: string) => Math.floor(Date.parse(`${text}T00:00:00Z`) / 1000)
      return (
        <span className="inline-flex items-center gap-1 text-sm">
          <input
            aria-label={`${label}: from`}
            type="date"
            className={SELECT}
            value={day(from)}
            onChange={(event) => onChange([seconds(event.target.value), until])}
          />
          and
          <input
            aria-label={`${label}: until`}
            type="date"
            className={SELECT}
            value={day(until)}
            onChange={(event) => onChange([from, seconds(event.target.value) + 86_399])}
          />
        </span>
      )
    }
    case 'number':
      return (
        <input
          aria-label={label}
          type="number"
          className={INPUT}
          value={typeof value === 'number' ? value : ''}
          onChange={(event) =>
            onChange(event.target.value === '' ? '' : Number(event.target.value))
          }
        />
      )
    default:
      return (
        <input
          aria-label={label}
          className={INPUT}
          value={typeof value === 'string' || typeof value === 'number' ? String(value) : ''}
          onChange={(event) => onChange(event.target.value)}
        />
      )
  }
}

function ConditionRow({
  node,
  path,
  schema,
  onChange,
  onRemove,
}: {
  node: ProjectFilterNode
  path: readonly number[]
  schema: SelectionSchema
  onChange: (next: ProjectFilterNode) => void
  onRemove: () => void
}) {
  const [property, operator, operand] = node
  const operators = operatorsFor(property, schema.fieldTypeOf)
  const spec = operators.find((entry) => entry.id === operator) ?? operators[0]
  const name = `Condition ${path.map((index) => index + 1).join('.') || '1'}`
  const problem = conditionProblem(node, schema.fieldTypeOf)
  const modelKeys = schema.models.map((model) => model.apiKey)
  const setProperty = (next: string) => {
    const first = operatorsFor(next, schema.fieldTypeOf)[0]
    onChange([next, first?.id ?? '', first ? defaultOperand(first.operand, modelKeys) : null])
  }
  return (
    <li className="flex flex-wrap items-center gap-2">
      <select
        aria-label={`${name}: property`}
        className={`${SELECT} max-w-48`}
        value={property}
        onChange={(event) => setProperty(event.target.value)}
      >
        {Object.entries(PROPERTY_LABELS).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
        <optgroup label="Fields">
          {schema.fields.map((field) => (
            <option key={field.apiKey} value={`fields.${field.apiKey}`}>
              {field.label} ({field.apiKey})
            </option>
          ))}
        </optgroup>
      </select>
      <select
        aria-label={`${name}: operator`}
        className={SELECT}
        value={spec?.id ?? ''}
        onChange={(event) => {
          const next = operators.find((entry) => entry.id === event.target.value)
          if (next)
            onChange([
              property,
              next.id,
              next.operand === spec?.operand ? operand : defaultOperand(next.operand, modelKeys),
            ])
        }}
      >
        {operators.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {entry.label}
          </option>
        ))}
      </select>
      {spec && (
        <OperandInput
          spec={spec}
          value={operand}
          label={`${name}: value`}
          schema={schema}
          onChange={(value) => onChange([property, spec.id, value])}
        />
      )}
      <Button
        size="sm"
        variant="ghost"
        aria-label={`Remove ${name.toLowerCase()}`}
        onClick={onRemove}
      >
        Remove
      </Button>
      {problem && (
        <p className="w-full text-xs font-medium text-red-700 dark:text-red-300">{problem}</p>
      )}
    </li>
  )
}

function FilterNodeView({
  root,
  path,
  schema,
  onChange,
}: {
  root: ProjectFilterNode
  path: number[]
  schema: SelectionSchema
  onChange: (next: ProjectFilterNode | undefined) => void
}) {
  let node = root
  for (const index of path) {
    node =
      node[0] === 'not'
        ? (node[2] as ProjectFilterNode)
        : ((node[2] as ProjectFilterNode[])[index] as ProjectFilterNode)
  }
  const replace = (next: ProjectFilterNode | undefined) =>
    onChange(updateFilterAt(root, path, next))
  const [kind] = node
  if (kind !== 'and' && kind !== 'or' && kind !== 'not') {
    return (
      <ConditionRow
        node={node}
        path={path}
        schema={schema}
        onChange={replace}
        onRemove={() => replace(undefined)}
      />
    )
  }
  const children =
    kind === 'not' ? [node[2] as ProjectFilterNode] : ((node[2] as ProjectFilterNode[]) ?? [])
  const groupName = `Group ${path.map((index) => index + 1).join('.') || '1'}`
  return (
    <li className="rounded-md border border-zinc-200 p-2 dark:border-zinc-700">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <select
          aria-label={`${groupName}: combine`}
          className={SELECT}
          value={kind}
          onChange={(event) => {
            const next = event.target.value
            if (next === 'not') replace(['not', '', children[0] ?? newCondition(schema)])
            else replace([next, '', children])
          }}
        >
          {Object.entries(GROUP_LABELS).map(([key, label]) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        {kind !== 'not' && (
          <>
            <Button
              size="sm"
              onClick={() => onChange(appendToGroup(root, path, newCondition(schema)))}
            >
              Add condition
            </Button>
            <Button
              size="sm"
              onClick={() =>
                onChange(appendToGroup(root, path, ['or', '', [newCondition(schema)]]))
              }
            >
              Add group
            </Button>
          </>
        )}
        <Button
          size="sm"
          variant="ghost"
          aria-label={`Remove ${groupName.toLowerCase()}`}
          onClick={() => replace(undefined)}
        >
          Remove group
        </Button>
      </div>
      <ul className="space-y-2 pl-3">
        {children.map((_, index) => (
          <FilterNodeView
            key={index}
            root={root}
            path={[...path, index]}
            schema={schema}
            onChange={onChange}
          />
        ))}
      </ul>
    </li>
  )
}

/**
 * Builds a Project API filter: conditions whose operators fit each property, in groups
 * combined with and, or and not.
 */
export function FilterEditor({
  filter,
  schema,
  onChange,
}: {
  filter: ProjectFilterNode | undefined
  schema: SelectionSchema
  onChange: (next: ProjectFilterNode | undefined) => void
}) {
  if (!filter) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No filter.</p>
        <Button size="sm" onClick={() => onChange(['and', '', [newCondition(schema)]])}>
          Add filter
        </Button>
      </div>
    )
  }
  return (
    <ul aria-label="Filter" className="space-y-2">
      <FilterNodeView root={filter} path={[]} schema={schema} onChange={onChange} />
    </ul>
  )
}
