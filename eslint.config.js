import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import reactHooks from 'eslint-plugin-react-hooks'
import reactRefresh from 'eslint-plugin-react-refresh'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The mock is loaded lazily (dynamic import) so a real connection never downloads it. */
const noStaticMockImport = {
  group: ['@/mocks', '@/mocks/*', '**/mocks/*'],
  message: 'Load the mock with a dynamic import(): it must stay out of the first page load.',
  allowTypeImports: true,
}
/** Toasts go through notify(): sonner loads lazily, outside the first page load. */
const lazySonner = {
  name: 'sonner',
  message: "Use notify() from '@/components/ui/notify' (sonner loads lazily).",
  allowTypeImports: true,
}
const noUpwardImport = (...layers) => ({
  group: layers.flatMap((layer) => [`@/${layer}`, `@/${layer}/*`]),
  message: `Layers point down: app → features → api/components/lib. This layer may not import ${layers.join(', ')}.`,
})

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'public', 'playwright-report', 'test-results', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    extends: [pluginQuery.configs['flat/recommended']],
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
    },
  },
  {
    // Column modules (`*-columns.tsx`, per the conventions) export column factories, not
    // components; they hot-reload through the table that imports them.
    files: ['src/**/*-columns.tsx'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    // Test helpers are not hot-reloaded, and `useMockApi()` registers Vitest hooks, not React ones.
    files: ['src/testing/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: { 'react-refresh/only-export-components': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': ['error', { paths: [lazySonner], patterns: [noStaticMockImport] }],
    },
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/features/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [lazySonner],
          patterns: [
            noStaticMockImport,
            noUpwardImport('app'),
            {
              group: ['@/features/*', '../../features/*', '../*/*'],
              message:
                'A feature never imports another feature: move shared code to api/, components/ or lib/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}'],
    ignores: [
      'src/**/*.test.{ts,tsx}',
      'src/components/ui/notify.ts',
      'src/components/ui/lazy-toaster.tsx',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [lazySonner], patterns: [noStaticMockImport, noUpwardImport('app', 'features')] },
      ],
    },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'react', message: 'lib/ is framework-free.' }],
          patterns: [noStaticMockImport, noUpwardImport('app', 'features', 'api', 'components')],
        },
      ],
    },
  },
  {
    files: ['src/mocks/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [noUpwardImport('app', 'features', 'components')] },
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs,ts}', 'e2e/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
)
