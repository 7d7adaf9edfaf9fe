// The lint step exists for one reason (issue "hostile and messy input"): regular expressions
// run on text from dumps must not backtrack catastrophically. eslint-plugin-regexp analyses
// every regex literal; its recommended set includes the ReDoS rules
// (regexp/no-super-linear-backtracking, regexp/no-misleading-capturing-group, …) as errors.
// regexp/no-super-linear-move is added: a regex that is cheap once but quadratic when the
// engine retries it at every position (matchAll, replace with /g, search) is just as slow
// on a single 5 MB line. Only the TypeScript parser is loaded (no type information), so the
// step stays fast; style is not this config's business.
import tsParser from '@typescript-eslint/parser'
import regexp from 'eslint-plugin-regexp'

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**', 'fixtures/**'] },
  {
    files: ['src/**/*.ts', 'scripts/**/*.js', 'bench/**/*.js'],
    languageOptions: { parser: tsParser, ecmaVersion: 'latest', sourceType: 'module' },
    // The recommended set only; memo's rules live elsewhere, and a lint step that flags
    // style makes people stop reading it.
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { regexp },
    // Cyrillic letters and full-width digits are ranges every reader of this code knows;
    // the rule's point is ranges like "A-z" whose contents surprise.
    settings: { regexp: { allowedCharacterRanges: ['alphanumeric', 'а-я', 'А-Я', '０-９'] } },
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-move': ['error', { report: 'certain', ignoreSticky: true }],
    },
  },
]
