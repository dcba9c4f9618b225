/**
 * A workload to profile, one part at a time:
 *
 *     node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile.ts analyze
 *
 * Parts: `parse`, `analyze`, `amounts`, `people`, `quotes`, `summarize`
 * (the extractors on already parsed Articles; quotes get the people found
 * beforehand, as analyze passes them). Prints the time of each round.
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
const parsed = part !== 'parse' && part !== 'analyze'
const articles = parsed ? texts.map((text) => parseArticle(text)) : []
const people = part === 'quotes' ? articles.map((article) => extractPeople(article)) : []

const parts: Record<string, () => void> = {
  parse: () => {
    for (const text of texts) parseArticle(text)
  },
  analyze: () => {
    for (const text of texts) analyze(text)
  },
  amounts: () => {
    for (const article of articles) extractAmounts(article)
  },
  people: () => {
    for (const article of articles) extractPeople(article)
  },
  quotes: () => {
    articles.forEach((article, index) => {
      extractQuotes(article, {people: people[index]!})
    })
  },
  summarize: () => {
    for (const article of articles) summarize(article)
  },
}
const run = parts[part]
if (!run) throw new Error(`unknown part ${part}: one of ${Object.keys(parts).join(', ')}`)
for (let round = 0; round < Number(roundsArgument); round++) {
  const start = performance.now()
  run()
  console.log(`${part} round ${round}: ${(performance.now() - start).toFixed(0)} ms`)
}
