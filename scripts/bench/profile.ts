/**
 * A workload to profile, one part at a time:
 *
 *     node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts analyze
 *
 * Parts: `parse`, `analyze`, `amounts`, `people`, `quotes`, `summarize`
 * (the extractors on already parsed Articles). Prints the time of each round.
 */
import {performance} from 'node:perf_hooks'
import {
  analyze,
  extractAmounts,
  extractPeople,
  extractQuotes,
  parseArticle,
  summarize,
} from '../../src/index.js'
import {benchTexts} from './texts.js'

const [part = 'analyze', roundsArgument = '5'] = process.argv.slice(2)
const texts = benchTexts()
const articles = part === 'parse' || part === 'analyze' ? [] : texts.map((text) => parseArticle(text))
// Quotes get the people found beforehand, as analyze passes them.
const people = part === 'quotes' ? articles.map((article) => extractPeople(article)) : []
const extractors: Record<string, () => void> = {
  parse: () => texts.forEach((text) => parseArticle(text)),
  analyze: () => texts.forEach((text) => analyze(text)),
  amounts: () => articles.forEach((article) => extractAmounts(article)),
  people: () => articles.forEach((article) => extractPeople(article)),
  quotes: () => articles.forEach((article, index) => extractQuotes(article, {people: people[index]!})),
  summarize: () => articles.forEach((article) => summarize(article)),
}
const run = extractors[part]
if (!run) throw new Error(`unknown part ${part}`)
for (let round = 0; round < Number(roundsArgument); round++) {
  const start = performance.now()
  run()
  console.log(`${part} round ${round}: ${(performance.now() - start).toFixed(0)} ms`)
}
