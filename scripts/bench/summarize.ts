/** summarize on already parsed Articles, against the bare parse of the same texts. */
import {parseArticle, summarize} from '../../src/index.js'
import type {BenchGroup} from './lib.js'
import {bareParse} from './parse.js'

export function summarizeGroup(texts: string[]): BenchGroup {
  // Parse once, outside the timed work: the target is the summarizer's own cost.
  const articles = texts.map((text) => parseArticle(text))
  return {
    title: `summarize on ${texts.length} parsed articles vs unified + retext-english parsing them`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: 'summarize(article)',
        run: () => {
          for (const article of articles) summarize(article)
        },
        report: 'cost',
        target: '<= 0.30',
        meets: (ratio) => ratio <= 0.3,
      },
      {
        name: 'summarize(article, {words: 100})',
        run: () => {
          for (const article of articles) summarize(article, {words: 100})
        },
        report: 'cost',
        target: '<= 0.30',
        meets: (ratio) => ratio <= 0.3,
      },
    ],
  }
}

/**
 * The same measure on long articles (the texts joined twenty at a time): a
 * cost ratio close to the one on ordinary articles shows that summarizing
 * grows linearly with length, as the parse does.
 */
export function summarizeLongGroup(texts: string[], join = 20): BenchGroup {
  const long: string[] = []
  for (let index = 0; index < texts.length; index += join) {
    long.push(texts.slice(index, index + join).join('\n\n'))
  }
  const articles = long.map((text) => parseArticle(text))
  return {
    title: `summarize on ${long.length} long parsed articles (${join} articles each) vs parsing them`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(long)},
    cases: [
      {
        name: 'summarize(article)',
        run: () => {
          for (const article of articles) summarize(article)
        },
        report: 'cost',
        target: '<= 0.30',
        meets: (ratio) => ratio <= 0.3,
      },
    ],
  }
}
