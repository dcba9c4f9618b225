/**
 * nutgraf: read English news articles. Quotes with their speakers, money and
 * numbers, people and their roles, and a short summary, all with positions
 * into the original text.
 *
 * @packageDocumentation
 */

export {type ParseOptions, parseArticle} from './parse/parse-article.js'
export {extractPeople, type PeopleOptions} from './people/index.js'
export {extractQuotes, type QuotesOptions} from './quotes/index.js'
export type * from './types.js'
