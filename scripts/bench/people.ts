/** extractPeople on already parsed Articles against the bare unified + retext-english parse. */
import {extractPeople, parseArticle} from '../../src/index.js'
import type {BenchGroup} from './lib.js'
import {bareParse} from './parse.js'

export function peopleGroup(texts: string[]): BenchGroup {
  // Parse once, outside the timed function: the target is the extractor's own cost.
  const articles = texts.map((text) => parseArticle(text))
  return {
    title: `extractPeople on ${texts.length} parsed articles vs unified + retext-english parse`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'extractPeople (parsed Article)',
        run: () => {
          for (const article of articles) extractPeople(article)
        },
        report: 'cost',
        target: '<= 0.25',
        meets: (ratio) => ratio <= 0.25,
      },
    ],
  }
}
