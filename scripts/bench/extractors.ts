/**
 * The corpus rows of the performance issue, all in the same interleaved
 * rounds against the bare parse: analyze end to end, each extractor alone on
 * already parsed Articles, and the peers (compromise, wink-nlp).
 */
import {
  analyze,
  extractAmounts,
  extractPeople,
  extractQuotes,
  parseArticle,
  summarize,
} from '../../src/index.js'
import type {BenchCase, BenchGroup} from './lib.js'
import {bareParse} from './parse.js'
import {runCompromise, runWink} from './peers.js'

/** The group; `compromiseRatio` of the report is derived from the analyze and compromise rows. */
export function extractorsGroup(texts: string[]): BenchGroup {
  const articles = texts.map((text) => parseArticle(text))
  // The people of each Article, found outside the timed runs: analyze passes them to extractQuotes.
  const peopleOf = new Map(articles.map((article) => [article, extractPeople(article)]))
  const alone = (
    name: string,
    extract: (article: (typeof articles)[number]) => unknown,
    target: number,
  ): BenchCase => ({
    name: `${name} on parsed Articles`,
    run: () => {
      for (const article of articles) extract(article)
    },
    report: 'cost',
    target: `<= ${target}`,
    meets: (ratio) => ratio <= target,
  })
  return {
    title: `Extractors on ${texts.length} articles, against unified + retext-english parsing them`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'analyze (parse + all four extractors)',
        run: () => {
          for (const text of texts) analyze(text)
        },
        report: 'throughput',
        target: '>= 0.6',
        meets: (ratio) => ratio >= 0.6,
      },
      alone('extractAmounts', (article) => extractAmounts(article), 0.15),
      alone('extractPeople', (article) => extractPeople(article), 0.25),
      alone(
        'extractQuotes (given the people, as analyze runs it)',
        (article) => extractQuotes(article, {people: peopleOf.get(article)!}),
        0.25,
      ),
      {
        // Without `people`, extractQuotes runs extractPeople itself: both costs in one row.
        name: 'extractQuotes on parsed Articles, finding people itself (= quotes + people)',
        run: () => {
          for (const article of articles) extractQuotes(article)
        },
        report: 'cost',
        target: 'reference',
        meets: () => true,
      },
      alone('summarize', (article) => summarize(article), 0.3),
      {
        name: 'compromise: people() + money() + quotations()',
        run: () => runCompromise(texts),
        report: 'throughput',
        target: 'analyze >= 5x this',
        meets: () => true,
      },
      {
        name: 'wink-nlp: readDoc + entities (reference)',
        run: () => runWink(texts),
        report: 'throughput',
        target: 'reference',
        meets: () => true,
      },
    ],
    rounds: 9,
  }
}
