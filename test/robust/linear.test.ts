/**
 * Cost linear in the number of blocks: each extractor on eight times as many
 * short paragraphs takes well under 64 times as long (a quadratic scan, such
 * as a search that runs from each block to the end of the input, takes about
 * 64; linear code about 8, with room left for a loaded machine and the
 * garbage collector). Timed on parsed Articles, best of five.
 */
import {performance} from 'node:perf_hooks'
import {describe, expect, it} from 'vitest'
import type {Article} from '../../src/index.js'
import {nutgraf} from '../nutgraf.js'

function paragraphs(lines: string[], count: number): string {
  const out: string[] = []
  for (let index = 0; index < count; index++) out.push(lines[index % lines.length]!)
  return out.join('\n\n')
}

function best(run: () => unknown): number {
  let fastest = Number.POSITIVE_INFINITY
  for (let round = 0; round < 5; round++) {
    const start = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

const extractors: Array<[string, (article: Article) => unknown]> = [
  ['extractPeople', (article) => nutgraf.extractPeople(article)],
  ['extractQuotes', (article) => nutgraf.extractQuotes(article, {people: []})],
  ['extractAmounts', (article) => nutgraf.extractAmounts(article)],
  ['summarize', (article) => nutgraf.summarize(article)],
]

const layouts: Array<[string, string[]]> = [
  ['paragraphs without a quotation mark', ['Shares rose.', 'Rates fell.']],
  ['paragraphs with a name, an amount and a quote', ['Ann Lee paid £5m.', '“Fine,” she said.']],
]

describe('extractors cost time linear in the number of blocks', () => {
  const small = 4_000
  for (const [layout, lines] of layouts) {
    const one = nutgraf.parseArticle(paragraphs(lines, small))
    const eight = nutgraf.parseArticle(paragraphs(lines, small * 8))
    it.each(extractors)(`%s on ${layout}`, (_name, extract) => {
      extract(one) // warm up
      const ratio =
        best(() => extract(eight)) /
        Math.max(
          2,
          best(() => extract(one)),
        )
      expect(ratio).toBeLessThan(24)
    })
  }
})
