/**
 * nutgraf: read English news articles. Quotes with their speakers, money and
 * numbers, people and their roles, and a short summary, all with positions
 * into the original text.
 *
 * @packageDocumentation
 */

export {type AmountsOptions, extractAmounts} from './amounts/index.js'
export {type ParseOptions, parseArticle} from './parse/parse-article.js'
export type * from './types.js'
