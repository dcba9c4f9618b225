import {type AmountsOptions, extractAmounts} from './amounts/index.js'
import {toArticle} from './parse/parse-article.js'
import {extractPeople, type PeopleOptions} from './people/index.js'
import {extractQuotes, type QuotesOptions} from './quotes/index.js'
import {type SummarizeOptions, summarize} from './summarize/index.js'
import type {Analysis, Article} from './types.js'
import {checkOptions} from './util/input.js'

/** Options of {@link analyze}: the options of each extractor, passed through. */
export interface AnalyzeOptions {
  /** Options of {@link extractQuotes} (its `people` are always the ones `analyze` found). */
  quotes?: Omit<QuotesOptions, 'people'>
  /** Options of {@link extractAmounts}. */
  amounts?: AmountsOptions
  /** Options of {@link extractPeople}. */
  people?: PeopleOptions
  /** Options of {@link summarize}. */
  summary?: SummarizeOptions
}

/**
 * Run every extractor on one parse of the article: people first, then quotes
 * (whose speakers are named from those people), amounts and the summary.
 *
 * @param input The article as text, or an {@link Article} from `parseArticle`.
 * @param options Options of each extractor, by name.
 * @returns The text, its blocks, and the quotes, amounts, people and summary.
 * @throws {TypeError} When `input` is neither a string nor an Article, or an option has the wrong type.
 * @throws {RangeError} When an option is out of range (such as `summary.sentences: 0`).
 * @example
 * ```ts
 * import {analyze} from 'nutgraf'
 *
 * const {quotes, people} = analyze('"We will win," said Ann Lee, the party leader.')
 * quotes[0]?.speaker?.name // 'Ann Lee'
 * people[0]?.roles // ['party leader']
 * ```
 */
export function analyze(input: string | Article, options?: AnalyzeOptions): Analysis {
  const article = toArticle(input, 'analyze')
  const settings = checkOptions<AnalyzeOptions>('analyze', options)
  const people = extractPeople(article, settings.people)
  return {
    text: article.text,
    blocks: article.blocks,
    quotes: extractQuotes(article, {...settings.quotes, people}),
    amounts: extractAmounts(article, settings.amounts),
    people,
    summary: summarize(article, settings.summary),
  }
}
