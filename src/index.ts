/**
 * nutgraf: read English news articles. Quotes with their speakers, money and
 * numbers, people and their roles, and a short summary, all with positions
 * into the original text.
 *
 * @packageDocumentation
 */

export {type ParseOptions, parseArticle} from './parse/parse-article.js'
export {type SummarizeOptions, summarize} from './summarize/index.js'
export type * from './types.js'
