/** parseArticle against the bare unified + retext-english parse. */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {parseArticle} from '../../src/index.js'
import type {BenchGroup} from './lib.js'

/** A unified processor with retext-english: the floor nutgraf cannot go under. */
export const bareParser = unified().use(retextEnglish)

/** Parse every text with unified + retext-english. */
export function bareParse(texts: string[]): void {
  for (const text of texts) bareParser.parse(text)
}

export function parseGroup(texts: string[]): BenchGroup {
  return {
    title: `parseArticle vs unified + retext-english on ${texts.length} articles`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'parseArticle',
        run: () => {
          for (const text of texts) parseArticle(text)
        },
        report: 'cost',
        target: '<= 1.15',
        meets: (ratio) => ratio <= 1.15,
      },
    ],
    baselineChars: texts.reduce((sum, text) => sum + text.length, 0),
  }
}
