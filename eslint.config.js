import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

/** `src/modules/<name>/<rest>` → [name, rest]; anything else → null. */
function moduleOf(file) {
  const match = /^src\/modules\/([^/]+)\/(.+)$/.exec(relative(root, file).split('\\').join('/'));
  return match ? [match[1], match[2]] : null;
}

/**
 * One public face per module: code outside a module's folder imports only its index.ts, and the
 * platform imports no module at all. Relative imports only (the code base has no path aliases).
 */
const moduleBoundaries = {
  meta: { type: 'problem', schema: [], messages: {
    inner: "'{{source}}' is inside module {{module}}: import '{{module}}/index.ts' instead (its public face)",
    platform: "The platform must not import a module ('{{source}}'): pass what it needs in from the module",
  } },
  create(context) {
    const file = context.filename;
    const inPlatform = relative(root, file).split('\\').join('/').startsWith('src/platform/');
    const own = moduleOf(file)?.[0];
    const check = (node) => {
      const source = node?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = moduleOf(resolve(dirname(file), source));
      if (!target) return;
      if (inPlatform) context.report({ node, messageId: 'platform', data: { source } });
      else if (target[0] !== own && target[1] !== 'index.ts') context.report({ node, messageId: 'inner', data: { source, module: target[0] } });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.portico/**', 'coverage/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `interface Database extends MyTables {}`: how a module adds its tables (declaration merging).
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
    },
  },
  {
    // Tests under test/ may reach into the modules they test; everything in src/ keeps to the faces.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { portico: { rules: { 'module-boundaries': moduleBoundaries } } },
    rules: { 'portico/module-boundaries': 'error' },
  },
  {
    files: ['web/**/*.{ts,tsx}', 'test/browser/**'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', navigator: 'readonly', localStorage: 'readonly', fetch: 'readonly' } },
  },
);
