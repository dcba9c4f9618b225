/**
 * `npm run bench`: speed as ratios against unified + retext-english parsing
 * the same texts, measured in one process (start-up and memory in fresh
 * child processes). Exits non-zero on an error, never on a missed target.
 *
 *     npm run bench              # everything
 *     npm run bench -- --quick   # fewer rounds
 *
 * Run `npm run build` first: the start-up row imports dist/.
 */

import {extractorsGroup} from './bench/extractors.js'
import {type BenchGroup, runGroup} from './bench/lib.js'
import {parseGroup} from './bench/parse.js'
import {pathologicalGroups, processRows, scalingGroup} from './bench/scaling.js'
import {benchTexts} from './bench/texts.js'

const quick = process.argv.includes('--quick')
const texts = benchTexts()
const chars = texts.reduce((sum, text) => sum + text.length, 0)
console.log(
  `nutgraf bench: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} MB, node ${process.version}\n`,
)

const groups: BenchGroup[] = [
  parseGroup(texts),
  extractorsGroup(texts),
  scalingGroup(texts),
  ...pathologicalGroups(),
]
for (const group of groups) {
  if (quick) group.rounds = Math.min(group.rounds ?? 15, 5)
  const {table, medians} = runGroup(group)
  console.log(`${table}\n`)
  if (group.title.startsWith('Extractors')) {
    // analyze against compromise: both throughputs measured in the same rounds.
    const analyze = medians.get('analyze (parse + all four extractors)')!
    const compromise = medians.get('compromise: people() + money() + quotations()')!
    const ratio = compromise / analyze
    console.log(
      `analyze throughput = ${ratio.toFixed(1)}x compromise's (target >= 5: ${ratio >= 5 ? 'met' : 'NOT met'})\n`,
    )
  }
}
console.log(processRows(quick ? 3 : 7))
