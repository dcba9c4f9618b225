import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    typecheck: {enabled: true, include: ['test/**/*.test-d.ts']},
    testTimeout: 60_000
  }
})
