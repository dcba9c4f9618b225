/**
 * One side of `npm run bench:ab`: loads one checkout's `src/` (through tsx)
 * in its own worker thread, so each side has its own V8 isolate (no code,
 * inline caches or heap shared with the other side), and times one
 * extractor on an article when asked (or, for the part `parse`,
 * `parseArticle` itself).
 */
import {parentPort, workerData} from 'node:worker_threads'
import {tsImport} from 'tsx/esm/api'

const nutgraf = await tsImport(`${workerData.checkout}/src/index.ts`, import.meta.url)
const texts = workerData.texts
const parts = {
  amounts: (article) => nutgraf.extractAmounts(article),
  people: (article) => nutgraf.extractPeople(article),
  quotes: (article, people) => nutgraf.extractQuotes(article, {people}),
  summarize: (article) => nutgraf.summarize(article),
  analyze: (article) => nutgraf.analyze(article),
}
const extract = parts[workerData.part]

// A message is an article's index: parse it (untimed), then time the extractor on it.
parentPort.on('message', (index) => {
  if (workerData.part === 'parse') {
    const start = performance.now()
    nutgraf.parseArticle(texts[index])
    parentPort.postMessage(performance.now() - start)
    return
  }
  const article = nutgraf.parseArticle(texts[index])
  const people = workerData.part === 'quotes' ? nutgraf.extractPeople(article) : undefined
  const start = performance.now()
  extract(article, people)
  parentPort.postMessage(performance.now() - start)
})
parentPort.postMessage('ready')
