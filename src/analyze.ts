import {type AmountsOptions, extractAmounts} from './amounts/index.js'
import {parseArticle, toArticle} from './parse/parse-article.js'
import {extractPeople, type PeopleOptions} from './people/index.js'
import {extractQuotes, type QuotesOptions} from './quotes/index.js'
import {type SummarizeOptions, summarize} from './summarize/index.js'
import type {Analysis, Article} from './types.js'
import {checkOptions, checkPositiveInteger} from './util/input.js'
import {analyzeInWindows} from './window.js'

const caller = 'analyze'

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
  /**
   * Longest text, in characters (UTF-16 code units), that `analyze` parses
   * in one piece. A longer string is cut into windows of about this size,
   * at paragraph breaks (a blank line between blocks; failing one within
   * half a window either side, at a line break, else at white space, else
   * anywhere), and each window is parsed and analysed on its own, its nlcst
   * tree let go before the next: peak memory then follows the window, not
   * the input. The results are merged: positions index the whole text,
   * people named in several windows are one person, and the summary takes
   * the best-scored sentences of all windows. What crosses a window edge is
   * not seen (a pronoun or a surname whose person is named only in another
   * window of text, a quote whose frame is in the previous window).
   *
   * A text no longer than this is analysed in one pass, exactly as before.
   * `0` or `Infinity`: never cut. An {@link Article} is never cut (its tree
   * is already in memory).
   *
   * The default keeps peak memory near 30 times the input on a 10 MB text
   * (a 1,000,000 window: about 85 times, as the garbage of one window's
   * parse outlives it until the collector runs), and is longer than any one
   * news article, which is analysed in one pass.
   *
   * @defaultValue `100_000`
   */
  windowSize?: number
}

/** The default {@link AnalyzeOptions.windowSize}: about 15 to 30 news articles. */
const defaultWindowSize = 100_000

/**
 * Run every extractor on one parse of the article: people first, then quotes
 * (whose speakers are named from those people), amounts and the summary. A
 * string longer than `options.windowSize` (default 100,000 characters) is
 * analysed window by window to bound memory, and the results merged (see
 * {@link AnalyzeOptions.windowSize}).
 *
 * @param input The article as text, or an {@link Article} from `parseArticle`.
 * @param options Options of each extractor, by name, and the window size.
 * @returns The text, its blocks, and the quotes, amounts, people and summary.
 * @throws {TypeError} When `input` is neither a string nor an Article, or an option has the wrong type.
 * @throws {RangeError} When an option is out of range (such as `summary.sentences: 0`
 *   or `windowSize: -1`).
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
  const article = typeof input === 'string' ? undefined : toArticle(input, caller)
  const settings = checkOptions<AnalyzeOptions>(caller, options)
  const windowSize = readWindowSize(settings.windowSize)
  if (article) return analyzeArticle(article, settings)
  const text = input as string
  if (text.length > windowSize) return analyzeInWindows(text, windowSize, settings)
  return analyzeArticle(parseArticle(text), settings)
}

/** The window size option: a positive integer, or `0` or `Infinity` for none (see {@link AnalyzeOptions.windowSize}). */
function readWindowSize(value: unknown): number {
  if (value === 0 || value === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY
  return checkPositiveInteger(caller, 'windowSize', value) ?? defaultWindowSize
}

/** Every extractor on one parsed article. */
function analyzeArticle(article: Article, settings: Partial<AnalyzeOptions>): Analysis {
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
