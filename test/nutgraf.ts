/**
 * The module under test: the source by default, the built bundle in `dist/`
 * when `NUTGRAF_TEST_DIST` is set (`npm run test:dist`).
 */
import * as source from '../src/index.js'

const fromDist = Boolean(process.env.NUTGRAF_TEST_DIST)
const distPath = '../dist/index.js'

export const nutgraf: typeof source = fromDist
  ? ((await import(/* @vite-ignore */ distPath)) as typeof source)
  : source
export const target = fromDist ? 'dist' : 'src'
