/**
 * nutgraf: read English news articles. Quotes with their speakers, money and
 * numbers, people and their roles, and a short summary, all with positions
 * into the original text.
 *
 * @packageDocumentation
 */

export {type AmountsOptions, extractAmounts} from './amounts/index.js'
export {type AnalyzeOptions, analyze} from './analyze.js'
export {type HtmlOptions, toHtml} from './html/index.js'
export {type ParseOptions, parseArticle} from './parse/parse-article.js'
export {extractPeople, type PeopleOptions} from './people/index.js'
export {messageSource, type RetextNutgrafOptions, retextNutgraf} from './plugin/index.js'
export {extractQuotes, type QuotesOptions} from './quotes/index.js'
export {type SummarizeOptions, summarize} from './summarize/index.js'
export type * from './types.js'
