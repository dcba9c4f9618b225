/** extractQuotes on already parsed Articles against the bare unified + retext-english parse. */
import {extractQuotes, parseArticle} from '../../src/index.js'
import type {BenchGroup} from './lib.js'
import {bareParse} from './parse.js'

export function quotesGroup(texts: string[]): BenchGroup {
  // Parse once, outside the timed work: the target is the extractor's own cost.
  const articles = texts.map((text) => parseArticle(text))
  return {
    title: `extractQuotes on ${texts.length} parsed articles vs unified + retext-english parse`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'extractQuotes (parsed Article)',
        run: () => {
          for (const article of articles) extractQuotes(article)
        },
        report: 'cost',
        target: '<= 0.25',
        meets: (ratio) => ratio <= 0.25,
      },
      {
        name: 'extractQuotes indirect: true (parsed Article)',
        run: () => {
          for (const article of articles) extractQuotes(article, {indirect: true})
        },
        report: 'cost',
        target: '<= 0.25',
        meets: (ratio) => ratio <= 0.25,
      },
    ],
  }
}
