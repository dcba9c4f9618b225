/** extractAmounts on already parsed Articles against the bare unified + retext-english parse. */
import {extractAmounts, parseArticle} from '../../src/index.js'
import type {BenchGroup} from './lib.js'
import {bareParse} from './parse.js'

export function amountsGroup(texts: string[]): BenchGroup {
  // Parsed once, outside the timed work: the cost measured is the extractor's own.
  const articles = texts.map((text) => parseArticle(text))
  return {
    title: `extractAmounts on ${texts.length} parsed articles vs unified + retext-english`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'extractAmounts(article)',
        run: () => {
          let count = 0
          for (const article of articles) count += extractAmounts(article).length
          return count
        },
        report: 'cost',
        target: '<= 0.15',
        meets: (ratio) => ratio <= 0.15,
      },
    ],
  }
}
