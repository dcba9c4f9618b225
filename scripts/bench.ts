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
import {type BenchGroup, runGroup} from './bench/lib.js'
import {parseGroup} from './bench/parse.js'
<<<<<<< HEAD
import {pathologicalGroups, processRows, scalingGroup} from './bench/scaling.js'
=======
import {quotesGroup} from './bench/quotes.js'
>>>>>>> quotes
import {benchTexts} from './bench/texts.js'

const quick = process.argv.includes('--quick')
const texts = benchTexts()
const chars = texts.reduce((sum, text) => sum + text.length, 0)
console.log(
  `nutgraf bench: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} MB, node ${process.version}\n`,
)

<<<<<<< HEAD
const groups: BenchGroup[] = [parseGroup(texts), scalingGroup(texts), ...pathologicalGroups()]
=======
const groups = [parseGroup(texts), quotesGroup(texts)]
>>>>>>> quotes
for (const group of groups) {
  if (quick) group.rounds = Math.min(group.rounds ?? 15, 5)
  console.log(`${runGroup(group)}\n`)
}
console.log(processRows(quick ? 3 : 7))
