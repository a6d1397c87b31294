// ESLint for the preview's web files (resources/preview) and the test harness scripts:
// classic browser scripts sharing the window.callStudio namespace, the JavaScript of
// Chromium 102 (Qt 6.4's WebEngine). Run by the js_lint test; `npm ci` installs it.
const js = require('@eslint/js');
const globals = require('globals');

module.exports = [
  {
    files: ['resources/preview/**/*.js', 'tests/**/*.js'],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'script',
      globals: { ...globals.browser, QWebChannel: 'readonly', QWebChannelMessageTypes: 'readonly', qt: 'readonly' },
    },
    rules: {
      ...js.configs.recommended.rules,
      'no-unused-vars': ['error', { args: 'after-used', caughtErrors: 'none' }],
      'no-undef': 'error',
      eqeqeq: ['error', 'always'],
      'prefer-const': 'error',
      'no-var': 'error',
      'max-lines': ['error', { max: 600 }],
      'max-lines-per-function': ['error', { max: 80 }],
    },
  },
  {
    files: ['eslint.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
];
