// ESLint flat config. Besides the usual recommended sets it makes the layering of DESIGN.md §1 a
// lint error (after VS Code's local/code-layering): generated no-restricted-imports blocks say,
// per layer and folder depth, which of our folders and which packages a file may import.
// Type-aware rules use ONE program (tsconfig.eslint.json) for all of src-main, e2e and scripts:
// one program per tsconfig would type-check the main sources up to four times.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { builtinModules } from 'node:module';
import svelteConfig from './svelte.config.js';

const tsconfigRootDir = import.meta.dirname;

/** Deepest folder nesting the layering blocks cover (src-main/<layer>/a/b/c/d/file.ts = 5). */
const MAX_DEPTH = 6;

/**
 * The layers of src-main and which of our layers each may import (itself included).
 * Dependencies point inward: bindings → services → archive, core (DESIGN §1).
 */
const LAYERS = {
  core: ['core'],
  archive: ['archive', 'core'],
  pdf: ['pdf', 'core'],
  docx: ['docx', 'core'],
  services: ['services', 'archive', 'pdf', 'docx', 'core'],
  electron: ['electron', 'services', 'pdf', 'docx', 'core'],
  web: ['web', 'services', 'pdf', 'docx', 'core'],
  cli: ['cli', 'web', 'services', 'pdf', 'docx', 'core'],
};

/** Packages that belong to exactly one layer. */
const PACKAGE_OWNERS = { electron: 'electron', lowdb: 'archive', 'playwright-core': 'pdf' };

const nodeBuiltins = [...new Set(builtinModules.filter((m) => !m.startsWith('_')))];

/** Escapes regex syntax characters (the rule compiles patterns with the `u` flag). */
const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** no-restricted-imports entries that ban a package (and its subpaths). */
function banPackage(name, message) {
  return { regex: `^${escapeRegex(name)}(/|$)`, message };
}

/** Bans every Node built-in (`fs`, `node:fs`, `fs/promises`, …). */
function banNodeBuiltins(message) {
  return [
    { regex: '^node:', message },
    { regex: `^(${nodeBuiltins.map(escapeRegex).join('|')})(/|$)`, message },
  ];
}

/** `../` repeated `n` times, as a regex. */
const up = (n) => `(\\.\\./){${n}}`;

/** Files of one folder depth: depth 1 = files directly in `dir`. */
function filesAtDepth(dir, depth, extensions) {
  return extensions.map((ext) => `${dir}/${'*/'.repeat(depth - 1)}*.${ext}`);
}

/** The no-restricted-imports patterns for a src-main file of `layer` at `depth`. */
function mainLayerPatterns(layer, depth, isTest) {
  const allowed = LAYERS[layer];
  const patterns = [
    {
      // after `depth` times ../ we stand in src-main: only the allowed layers may follow
      regex: `^${up(depth)}(?!(${allowed.join('|')})/)`,
      message: `src-main/${layer} may import only from ${allowed.map((l) => `src-main/${l}`).join(', ')} (DESIGN §1).`,
    },
  ];
  for (const [pkg, owner] of Object.entries(PACKAGE_OWNERS)) {
    if (owner !== layer) patterns.push(banPackage(pkg, `'${pkg}' may be imported only in src-main/${owner}/ (DESIGN §1).`));
  }
  if (layer === 'core') {
    patterns.push(banPackage('@playwright/test', 'core is pure TypeScript.'), banPackage('svelte', 'core is pure TypeScript.'));
    // core tests may read the corpus from disk; core sources may not touch Node at all
    if (!isTest) patterns.push(...banNodeBuiltins('core is pure: no Node built-ins (DESIGN §1).'));
  }
  return patterns;
}

/** One config block per layer × depth × (source | test), each carrying its full option set. */
function mainLayeringBlocks() {
  const blocks = [];
  for (const layer of Object.keys(LAYERS)) {
    for (let depth = 1; depth <= MAX_DEPTH; depth++) {
      const files = filesAtDepth(`src-main/${layer}`, depth, ['ts', 'cts']);
      for (const isTest of [false, true]) {
        blocks.push({
          name: `vraagbaak/layering/${layer}/${depth}${isTest ? '/test' : ''}`,
          files: isTest ? files.filter((f) => f.endsWith('.ts')).map((f) => f.replace(/\.ts$/, '.test.ts')) : files,
          ...(isTest ? {} : { ignores: ['**/*.test.ts'] }),
          rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: mainLayerPatterns(layer, depth, isTest) }] },
        });
      }
    }
  }
  return blocks;
}

/** Modules of core/api and core/model the renderer may import values from: they import nothing, or only types. */
const RENDERER_VALUE_MODULES = ['names', 'menu-actions', 'errors', 'parts', 'types', 'tag-names', 'tag-edits'];

/**
 * core/present (dates, people, citation, display title) is shared by the printed briefing and the
 * renderer, which bundles it: its sources may import values only from core/present itself and
 * date-fns, and types from the rest of core (a value import of core/model would pull zod into the
 * renderer).
 */
function presentBlock() {
  return {
    name: 'vraagbaak/layering/core/present',
    files: ['src-main/core/present/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            ...mainLayerPatterns('core', 2, false),
            {
              // date-fns: pure functions the renderer may bundle too (the query language's dates)
              regex: '^(?!\\./|date-fns$)',
              allowTypeImports: true,
              message: 'core/present is bundled into the renderer: import values only from core/present (./) or date-fns, types from elsewhere.',
            },
          ],
        },
      ],
    },
  };
}

/**
 * The renderer sees the API contract and the model, and only their types, except for the
 * dependency-free modules (anything else would bundle zod and our main-process code into it);
 * and the shared presentation of core/present, values included (presentBlock keeps it pure).
 */
function rendererLayeringBlocks() {
  const blocks = [];
  for (let depth = 1; depth <= MAX_DEPTH; depth++) {
    const toRoot = up(depth); // from src-renderer/<depth-1 folders>/file to the repo root
    // renderer tests (never bundled) may also build a real API over a temp archive with main's test helpers
    const patternsFor = (allowed) => [
      {
        regex: `^${toRoot}(?!src-main/(${allowed}))`,
        message: 'The renderer may import only src-main/core/api, src-main/core/model and src-main/core/present (DESIGN §1).',
      },
      {
        regex: `^${toRoot}src-main/core/(api|model)/(?!(${RENDERER_VALUE_MODULES.join('|')})\\.js$)`,
        allowTypeImports: true,
        message: `Import only types from the contract and model (values only from ${RENDERER_VALUE_MODULES.join('.js, ')}.js), or zod and main code end up in the renderer.`,
      },
      ...banNodeBuiltins('The renderer runs in a sandboxed web page: no Node built-ins.'),
      ...Object.entries(PACKAGE_OWNERS).map(([pkg, owner]) =>
        banPackage(pkg, `'${pkg}' belongs to src-main/${owner}/; the renderer talks to main through lib/api.ts only.`),
      ),
    ];
    const files = filesAtDepth('src-renderer', depth, ['ts', 'svelte']);
    blocks.push({
      name: `vraagbaak/layering/renderer/${depth}`,
      files,
      rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: patternsFor('core/(api|model|present)/') }] },
    });
    blocks.push({
      name: `vraagbaak/layering/renderer-tests/${depth}`,
      files: files.filter((f) => f.endsWith('.ts')).flatMap((f) => [f.replace(/\*\.ts$/, '*.test.ts'), f.replace(/\*\.ts$/, 'test-*.ts')]),
      rules: {
        '@typescript-eslint/no-restricted-imports': ['error', { patterns: patternsFor('core/(api|model|present)/|services/test-[a-z-]+\\.js$') }],
      },
    });
  }
  return blocks;
}

/** Type-checked TypeScript: all of src-main, the e2e specs and TS scripts, in one program. */
const TYPED_FILES = ['src-main/**/*.ts', 'src-main/**/*.cts', 'e2e/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', '*.config.ts'];

export default defineConfig(
  {
    name: 'vraagbaak/ignores',
    ignores: ['dist-main/', 'dist-renderer/', 'release/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'],
  },
  {
    name: 'vraagbaak/report-unused-disable-directives',
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  {
    name: 'vraagbaak/javascript',
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },

  // TypeScript without type information everywhere (renderer .ts and .svelte included)
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: ['**/*.ts', '**/*.cts', '**/*.svelte'] })),

  // type-aware rules where one NodeNext program covers the files
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: TYPED_FILES })),
  {
    name: 'vraagbaak/typescript-typed',
    files: TYPED_FILES,
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir },
      globals: globals.node,
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // `async` without `await` is how a slot of an async contract (ApiHandlers, PdfPrinter) is
      // written; it also turns a synchronous throw into a rejection, which Promise.resolve() would not
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // tests inspect raw JSON from disk and HTTP on purpose (JSON.parse gives `any`)
    name: 'vraagbaak/tests',
    files: ['**/*.test.ts', 'e2e/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },

  // Svelte 5 components and rune modules, TypeScript inside
  ...svelte.configs.recommended,
  {
    name: 'vraagbaak/svelte',
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'], svelteConfig },
    },
    rules: {
      // the core rule wants `const { a } = $props()` / `const x = $derived(…)`; the svelte rule knows runes
      'prefer-const': 'off',
      'svelte/prefer-const': 'error',
    },
  },
  {
    name: 'vraagbaak/renderer',
    files: ['src-renderer/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },

  {
    name: 'vraagbaak/house-rules',
    files: ['**/*.ts', '**/*.cts', '**/*.svelte'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  {
    // `s.replace(x, text)` expands `$&`, `$'`, `` $` `` and `$1` inside `text`: a URL or title holding
    // them comes out garbled (issue 11 item 7). Only a literal (whose `$` patterns are meant) or a
    // replacer function may be the second argument; `() => text` inserts `text` as it is.
    name: 'vraagbaak/replace-with-literal-or-function',
    files: ['src-main/**/*.ts', 'src-main/**/*.cts', 'src-renderer/**/*.ts', 'src-renderer/**/*.svelte', 'scripts/**/*.ts', 'scripts/**/*.js'],
    // tests build variants of fixed texts with literals they control
    ignores: ['**/*.test.ts', '**/test-*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name=/^replace(All)?$/][arguments.length=2]:not([arguments.1.type=/^(Literal|ArrowFunctionExpression|FunctionExpression)$/])",
          message:
            "A string replacement expands $& $' $` $1 patterns: pass a literal, or a function (`() => text`) to insert text as it is.",
        },
      ],
    },
  },

  ...mainLayeringBlocks(),
  presentBlock(),
  ...rendererLayeringBlocks(),
);
