/**
 * `npm run bench`: speed as ratios against unified + retext-english parsing
 * the same texts, measured in one process. Exits non-zero on an error, never
 * on a missed target. `npm run bench -- --quick` runs fewer rounds.
 */
import {runGroup} from './bench/lib.js'
import {parseGroup} from './bench/parse.js'
import {peopleGroup} from './bench/people.js'
import {quotesGroup} from './bench/quotes.js'
import {benchTexts} from './bench/texts.js'

const quick = process.argv.includes('--quick')
const texts = benchTexts()
const chars = texts.reduce((sum, text) => sum + text.length, 0)
console.log(
  `nutgraf bench: ${texts.length} articles, ${(chars / 1e6).toFixed(2)} MB, node ${process.version}\n`,
)

const groups = [parseGroup(texts), peopleGroup(texts), quotesGroup(texts)]
for (const group of groups) {
  if (quick) group.rounds = 5
  console.log(`${runGroup(group)}\n`)
}
