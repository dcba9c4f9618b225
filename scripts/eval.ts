/**
 * `npm run eval`: score every extractor against the annotated corpora in
 * `../shared/corpora` (or `$NUTGRAF_CORPORA`) and print one table each.
 *
 * Every module in `scripts/eval/` that exports an `evaluation` is run, in
 * its `order`. Pass names to run only some: `npm run eval -- amounts people`.
 * Exits non-zero on an error, never on a missed target.
 */
import {readdirSync} from 'node:fs'
import {performance} from 'node:perf_hooks'
import type {Evaluation} from './eval/lib.js'
import {renderTable} from './eval/lib.js'

const folder = new URL('./eval/', import.meta.url)
const wanted = new Set(process.argv.slice(2))
const evaluations: Evaluation[] = []
for (const file of readdirSync(folder).sort()) {
  if (!file.endsWith('.ts') || file === 'lib.ts') continue
  const module = (await import(new URL(file, folder).href)) as {evaluation?: Evaluation}
  if (module.evaluation) evaluations.push(module.evaluation)
}
evaluations.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))

let failed = false
for (const evaluation of evaluations) {
  if (wanted.size > 0 && !wanted.has(evaluation.name)) continue
  const start = performance.now()
  try {
    for (const table of await evaluation.run()) console.log(`${renderTable(table)}\n`)
    console.log(`(${evaluation.name}: ${((performance.now() - start) / 1000).toFixed(1)} s)\n`)
  } catch (error) {
    failed = true
    console.error(`eval ${evaluation.name} failed:`, error)
  }
}
process.exitCode = failed ? 1 : 0
