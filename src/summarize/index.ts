/**
 * `summarize`: an extractive summary of a news article. Candidates are the
 * story's body sentences less fragments; each is scored by a position prior,
 * centrality over stemmed content words, coverage of recurring names and
 * numbers; a greedy pick discounts redundancy and avoids opening on a
 * sentence that leans on an earlier one.
 */

import {toArticle} from '../parse/parse-article.js'
import type {Article, Summary, SummarySentence} from '../types.js'
import {checkOptions, checkPositiveInteger} from '../util/input.js'
import {candidatePosition, findCandidates} from './candidates.js'
import {describeCandidates} from './features.js'
import {chooseSentences, defaultWeights, type Limits, type Weights} from './select.js'

/** Options of {@link summarize}. */
export interface SummarizeOptions {
  /**
   * Most sentences in the summary. Default: `3`, or no sentence limit when
   * `words` or `characters` is given.
   */
  sentences?: number
  /** Most words in the summary (an alternative to `sentences`). Default: no limit. */
  words?: number
  /**
   * Most characters in the summary's `text`, the joining spaces included (an
   * alternative to `sentences`). Default: no limit.
   */
  characters?: number
}

const caller = 'summarize'

/**
 * Read and check the options of {@link summarize} into limits.
 *
 * @throws {TypeError} When `options` is not an object or an option is not a number.
 * @throws {RangeError} When an option is not a positive integer.
 */
export function readLimits(options: unknown): Limits {
  const settings = checkOptions<SummarizeOptions>(caller, options)
  const sentences = checkPositiveInteger(caller, 'sentences', settings.sentences)
  const words = checkPositiveInteger(caller, 'words', settings.words)
  const characters = checkPositiveInteger(caller, 'characters', settings.characters)
  const budget = words !== undefined || characters !== undefined
  return {
    sentences: sentences ?? (budget ? Number.POSITIVE_INFINITY : 3),
    words: words ?? Number.POSITIVE_INFINITY,
    characters: characters ?? Number.POSITIVE_INFINITY,
  }
}

/**
 * Summarize with explicit weights (for tuning and evaluation).
 *
 * @param article A parsed article.
 * @param limits How much the summary may hold.
 * @param weights The score's weights.
 * @returns The summary.
 */
export function summarizeArticle(
  article: Article,
  limits: Limits,
  weights: Weights = defaultWeights,
): Summary {
  return summarizeRanked(article, limits, weights, 0).summary
}

/**
 * Summarize one window of a longer text (for `analyze`): the candidates are
 * ranked from `firstRank` on, so that the position prior continues across
 * windows and scores of different windows compare.
 *
 * @param article A parsed window.
 * @param limits How much the summary may hold.
 * @param weights The score's weights.
 * @param firstRank How many candidates the windows before this one had.
 * @returns The window's summary, and how many candidates it had.
 */
export function summarizeRanked(
  article: Article,
  limits: Limits,
  weights: Weights,
  firstRank: number,
): {summary: Summary; candidates: number} {
  const candidates = findCandidates(article)
  const features = describeCandidates(candidates)
  const lengths = candidates.map((candidate, index) => ({
    words: candidate.words.length,
    // Every sentence after the first costs its joining space too.
    characters: candidate.text.length + (index === 0 ? 0 : 1),
  }))
  const chosen = chooseSentences(features, lengths, limits, weights, firstRank)
  const sentences: SummarySentence[] = chosen.map(({index, score}) => {
    const candidate = candidates[index]!
    return {text: candidate.text, position: candidatePosition(candidate), score}
  })
  return {
    summary: {text: sentences.map((sentence) => sentence.text).join(' '), sentences},
    candidates: candidates.length,
  }
}

/**
 * An extractive summary of a news article: the body sentences that best
 * stand for the story, in article order. Never a headline, byline, caption,
 * credit or fragment. Deterministic: the same input gives the same summary.
 *
 * @param input The article as text, or an {@link Article} from `parseArticle`.
 * @param options How long the summary may be: `sentences` (default `3`), or
 *   a `words` or `characters` budget.
 * @returns The {@link Summary}: its text (the sentences joined by a space)
 *   and the sentences with their positions and scores, in article order.
 * @throws {TypeError} When `input` is neither a string nor an Article, or an
 *   option is not a number.
 * @throws {RangeError} When an option is not a positive integer.
 * @example
 * ```ts
 * import {summarize} from 'nutgraf'
 *
 * const summary = summarize(articleText, {sentences: 2})
 * summary.sentences.map((sentence) => sentence.position.start.line)
 * ```
 */
export function summarize(input: string | Article, options?: SummarizeOptions): Summary {
  const article = toArticle(input, caller)
  const limits = readLimits(options)
  return summarizeArticle(article, limits)
}
