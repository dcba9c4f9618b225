/**
 * Fuzz every public function with the robustness properties of
 * `test/robust/` (no throw, true positions in text order, determinism, the
 * same result on a string and its Article, the Article left unchanged, and
 * a time bound a case).
 *
 *   npm run fuzz                       # 100,000 cases
 *   npm run fuzz -- --runs 5000        # fewer
 *   npm run fuzz -- --minutes 10       # for ten minutes (or --runs, whichever ends first)
 *   npm run fuzz -- --seed 42          # start from seed 42 (default: the clock)
 *   npm run fuzz -- --seed 42 --path 17:3   # replay one failure
 *
 * Cases run in batches of 1,000, batch i with seed S + i, so a run covers the
 * seeds S to S + batches - 1; a failure prints its seed and path, shrunk, and
 * the process exits 1.
 */
import {parseArgs} from 'node:util'
import fc from 'fast-check'
import * as nutgraf from '../src/index.js'
import {anyText} from '../test/robust/arbitraries.js'
import {checkAll} from '../test/robust/invariants.js'
import {presentTargets} from '../test/robust/targets.js'

const {values} = parseArgs({
  options: {
    runs: {type: 'string'},
    minutes: {type: 'string'},
    seed: {type: 'string'},
    path: {type: 'string'},
    'max-ms': {type: 'string', default: '2000'},
    batch: {type: 'string', default: '1000'},
  },
})

function positiveNumber(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) {
    console.error(`fuzz: --${name} must be a positive number, got ${value}`)
    process.exit(2)
  }
  return number
}

const minutes = positiveNumber('minutes', values.minutes, Number.POSITIVE_INFINITY)
const runs = positiveNumber(
  'runs',
  values.runs,
  values.minutes ? Number.POSITIVE_INFINITY : 100_000,
)
const batchSize = Math.floor(positiveNumber('batch', values.batch, 1000))
const maxMs = positiveNumber('max-ms', values['max-ms'], 2000)
const firstSeed = values.seed === undefined ? Date.now() % 2 ** 31 : Math.floor(Number(values.seed))
if (!Number.isInteger(firstSeed)) {
  console.error(`fuzz: --seed must be an integer, got ${values.seed}`)
  process.exit(2)
}

const names = presentTargets(nutgraf).map(({target}) => target.name)
console.log(`fuzz: ${names.join(', ')}`)

let slowest = {ms: 0, length: 0}

/**
 * Every property on one input, and a time bound: a case may not take longer
 * than `maxMs`. A slow case is timed twice more and fails only when every
 * time is over, so that a busy machine or a garbage collection does not fail it.
 */
function property(input: string): void {
  let ms = Number.POSITIVE_INFINITY
  for (let attempt = 0; attempt < 3 && ms > maxMs; attempt++) {
    const started = performance.now()
    checkAll(nutgraf, input)
    ms = Math.min(ms, performance.now() - started)
  }
  if (ms > slowest.ms) slowest = {ms, length: input.length}
  if (ms > maxMs) {
    throw new Error(
      `took ${ms.toFixed(0)} ms on ${input.length} characters three times (limit --max-ms ${maxMs})`,
    )
  }
}

function report(details: fc.RunDetails<[string]>, seed: number): never {
  const [input] = details.counterexample ?? ['']
  console.error(`\nfuzz: FAILED with seed ${seed}, path ${details.counterexamplePath}`)
  console.error(
    `  error: ${details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance)}`,
  )
  console.error(`  input (${input.length} characters, shrunk): ${JSON.stringify(input)}`)
  console.error(`  replay: npm run fuzz -- --seed ${seed} --path ${details.counterexamplePath}`)
  process.exit(1)
}

if (values.path !== undefined) {
  const details = fc.check(fc.property(anyText, property), {seed: firstSeed, path: values.path})
  if (details.failed) report(details, firstSeed)
  console.log(`fuzz: seed ${firstSeed} path ${values.path} passes`)
  process.exit(0)
}

const started = Date.now()
const deadline = started + minutes * 60_000
let done = 0
let seed = firstSeed
while (done < runs && Date.now() < deadline) {
  const numRuns = Math.min(batchSize, runs - done)
  const details = fc.check(fc.property(anyText, property), {seed, numRuns})
  if (details.failed) report(details, seed)
  done += numRuns
  if (Math.floor(done / 10_000) !== Math.floor((done - numRuns) / 10_000) || done >= runs) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    console.log(`fuzz: ${done} cases passed (seeds ${firstSeed}-${seed}), ${seconds} s`)
  }
  seed++
}
console.log(
  `fuzz: ${done} cases, no failure; seeds ${firstSeed}-${seed - 1} (batches of ${batchSize}); slowest case ${slowest.ms.toFixed(0)} ms on ${slowest.length} characters`,
)
