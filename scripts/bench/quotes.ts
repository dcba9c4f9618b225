/** extractQuotes on already parsed Articles against the bare unified + retext-english parse. */
import {extractPeople, extractQuotes, parseArticle} from '../../src/index.js'
import type {BenchGroup} from './lib.js'
import {bareParse} from './parse.js'

export function quotesGroup(texts: string[]): BenchGroup {
  // Parse once (and find people once), outside the timed work: the target is the extractor's own cost.
  const articles = texts.map((text) => parseArticle(text))
  const people = articles.map((article) => extractPeople(article))
  return {
    title: `extractQuotes on ${texts.length} parsed articles vs unified + retext-english parse`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'extractQuotes (parsed Article, people given)',
        run: () => {
          articles.forEach((article, index) => {
            extractQuotes(article, {people: people[index]})
          })
        },
        report: 'cost',
        target: '<= 0.25',
        meets: (ratio) => ratio <= 0.25,
      },
      {
        name: 'extractQuotes indirect: true (parsed Article, people given)',
        run: () => {
          articles.forEach((article, index) => {
            extractQuotes(article, {people: people[index], indirect: true})
          })
        },
        report: 'cost',
        target: '<= 0.25',
        meets: (ratio) => ratio <= 0.25,
      },
      {
        name: 'extractQuotes (parsed Article; runs extractPeople itself)',
        run: () => {
          for (const article of articles) extractQuotes(article)
        },
        report: 'cost',
        target: '<= 0.25 + extractPeople',
        meets: (ratio) => ratio <= 0.25,
      },
    ],
  }
}
