import {configDefaults, defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The Chromium test has its own run (`npm run test:browser`): `npm test` needs no browser.
    exclude: [...configDefaults.exclude, 'test/browser/**'],
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts']},
    testTimeout: 60_000
  }
})
