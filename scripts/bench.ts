/**
 * `npm run bench`: speed as ratios against unified + retext-english parsing
 * the same texts, measured in one process (start-up and memory in fresh
 * child processes). Exits non-zero on an error, never on a missed target.
 *
 *     npm run bench              # everything
 *     npm run bench -- --quick   # fewer rounds
 *     npm run bench -- --quick --only "freshly parsed"   # the groups whose title holds the words
 *
 * Run `npm run build` first: the start-up row imports dist/.
 */

import {cpus} from 'node:os'
import {getHeapStatistics} from 'node:v8'
import {analyzeGroup, analyzeRow, extractorsGroup, reusedGroup} from './bench/extractors.js'
import {type BenchGroup, runGroup} from './bench/lib.js'
import {parseGroup} from './bench/parse.js'
import {compromiseRow, peersGroup} from './bench/peers.js'
import {pathologicalGroups, processRows, scalingGroup} from './bench/scaling.js'
import {benchTexts} from './bench/texts.js'

const quick = process.argv.includes('--quick')
// `--only <words>`: run just the groups whose title holds these words (no start-up and memory rows).
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1]?.toLowerCase()
const texts = benchTexts()
const chars = texts.reduce((sum, text) => sum + text.length, 0)
// The ratios depend on the machine (see the README's Limitations): say which one this is.
const processors = cpus()
const heapLimit = getHeapStatistics().heap_size_limit / 2 ** 20
console.log(
  `nutgraf bench: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} MB, node ${process.version}, ` +
    `${processors.length} x ${processors[0]?.model.trim() ?? 'unknown processor'}, V8 heap limit ${heapLimit.toFixed(0)} MB\n`,
)

// Groups that hold parsed Articles come last: the held trees slow every parse after them.
const groups: Array<() => BenchGroup> = [
  () => parseGroup(texts),
  () => analyzeGroup(texts),
  () => extractorsGroup(texts),
  () => scalingGroup(texts),
  ...pathologicalGroups().map((group) => () => group),
  // The peers come after nutgraf's groups: their garbage slows whatever runs after them.
  () => peersGroup(texts),
  () => reusedGroup(texts),
]
// Throughputs against the baseline, from every group run, for analyze against compromise.
const throughputs = new Map<string, number>()
for (const make of groups) {
  const group = make()
  if (only !== undefined && !group.title.toLowerCase().includes(only)) continue
  if (quick) group.rounds = Math.min(group.rounds ?? 15, 5)
  const {table, ratios} = runGroup(group)
  console.log(`${table}\n`)
  for (const [name, ratio] of ratios) throughputs.set(name, ratio)
  const analyze = throughputs.get(analyzeRow)
  const compromise = throughputs.get(compromiseRow)
  if (analyze !== undefined && compromise !== undefined && ratios.has(compromiseRow)) {
    // Both throughputs are ratios to the same baseline (the bare parse), each measured in its group's rounds.
    const ratio = analyze / compromise
    console.log(
      `analyze throughput = ${ratio.toFixed(1)}x compromise's (target >= 5: ${ratio >= 5 ? 'met' : 'NOT met'})\n`,
    )
  }
}
if (only === undefined) console.log(processRows(quick ? 3 : 7))
