/**
 * `extractAmounts`: money, percentages and counted quantities, normalised
 * exactly. One linear token scan per block, then matchers around every
 * number core, then refiners (cents, ranges, qualifiers, overlaps).
 */
import {pageCounters} from '../data/counted-nouns.js'
import {defaultDollar} from '../data/currencies.js'
import {type Locator, locatorOf} from '../parse/location.js'
import {toArticle} from '../parse/parse-article.js'
import type {Amount, Article} from '../types.js'
import {checkOptions, describe} from '../util/input.js'
import {WordFilter} from '../util/word-filter.js'
import type {Candidate} from './candidate.js'
import {decimalToNumber} from './decimal.js'
import {mayHoldAmount, readAmount, readInvertedPercent, readVague, startWords} from './matchers.js'
import {
  attachQualifiers,
  attachSubunits,
  dropOverlaps,
  joinRanges,
  keepScaledNumbers,
} from './refiners.js'
import {type Token, tokenize} from './tokens.js'

/** What an amount measures. */
export type AmountKind = Amount['kind']

/** Options of {@link extractAmounts}. */
export interface AmountsOptions {
  /**
   * The kinds of amount to return.
   *
   * @default ['money', 'percent', 'quantity']
   */
  kinds?: readonly AmountKind[]
  /**
   * ISO 4217 code of a bare `$`, "dollars", "cents" and "bucks" (set `'AUD'`
   * for an Australian paper). Explicit forms ("A$", "US$", "Canadian
   * dollars") always win.
   *
   * @default 'USD'
   */
  dollar?: string
}

const allKinds: readonly AmountKind[] = ['money', 'percent', 'quantity']
const caller = 'extractAmounts'
function readOptions(options: unknown): {kinds: Set<AmountKind>; dollar: string} {
  const settings = checkOptions<AmountsOptions>(caller, options)
  let kinds = allKinds
  if (settings.kinds !== undefined) {
    if (!Array.isArray(settings.kinds)) {
      throw new TypeError(
        `${caller}: expected \`kinds\` to be an array of 'money', 'percent', 'quantity', got ${describe(settings.kinds)}`,
      )
    }
    for (const kind of settings.kinds as unknown[]) {
      if (!allKinds.includes(kind as AmountKind)) {
        throw new RangeError(
          `${caller}: expected \`kinds\` to hold only 'money', 'percent', 'quantity', got ${JSON.stringify(kind)}`,
        )
      }
    }
    kinds = settings.kinds
  }
  let dollar = 'USD'
  if (settings.dollar !== undefined) {
    if (typeof settings.dollar !== 'string') {
      throw new TypeError(
        `${caller}: expected \`dollar\` to be an ISO 4217 code, got ${describe(settings.dollar)}`,
      )
    }
    if (!/^[A-Z]{3}$/.test(settings.dollar)) {
      throw new RangeError(
        `${caller}: expected \`dollar\` to be three capital letters (an ISO 4217 code), got ${JSON.stringify(settings.dollar)}`,
      )
    }
    dollar = settings.dollar
  }
  return {kinds: new Set(kinds), dollar}
}

/** Turns away most words before the set of start words. */
const startWordFilter = new WordFilter(startWords)

/** Every amount candidate of one block's tokens, refined. */
export function amountsOfTokens(tokens: readonly Token[], titleCase = false): Candidate[] {
  const found: Candidate[] = []
  let index = 0
  // Tokens before `floor` belong to the amount found last: "20 dollars 43" is not "dollars 43".
  let floor = 0
  while (index < tokens.length) {
    const token = tokens[index]!
    if (
      token.kind === 'symbol' ||
      (token.kind === 'word' &&
        !(startWordFilter.mayHave(token.lower) && startWords.has(token.lower)))
    ) {
      index++
      continue
    }
    if (token.kind === 'word') {
      const vague = readVague(tokens, index)
      if (vague) found.push(vague)
    }
    if (token.kind === 'number' || token.kind === 'word') {
      const amount =
        readAmount(tokens, index, floor, titleCase) ?? readInvertedPercent(tokens, index)
      if (amount) {
        found.push(amount)
        index = Math.max(index + 1, amount.last)
        if (amount.kind !== null) floor = amount.last
        continue
      }
    }
    index++
  }
  let candidates = dropOverlaps(found)
  candidates = attachSubunits(tokens, candidates)
  candidates = joinRanges(tokens, candidates)
  // Bare numbers with a magnitude word count too, ranged with a bare number before them.
  if (keepScaledNumbers(tokens, candidates)) candidates = joinRanges(tokens, candidates)
  candidates = attachQualifiers(tokens, candidates)
  return dropOverlaps(candidates.filter((candidate) => candidate.kind !== null))
}

const digit = /[0-9]/

/** "23 comments" alone on a short line: page furniture, not news. */
function isPageCounter(candidate: Candidate, blockText: string): boolean {
  if (candidate.kind !== 'quantity' || !pageCounters.has(candidate.unit ?? '')) return false
  return blockText.split(' ', 6).length <= 4
}

function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160
}

/** The offset of the start of the `count`th word before `offset`, not before `floor`. */
function wordsBefore(text: string, offset: number, floor: number, count: number): number {
  let at = offset
  for (let word = 0; word < count; word++) {
    let next = at
    while (next > floor && isWhiteSpace(text.charCodeAt(next - 1))) next--
    if (next === floor) break
    while (next > floor && !isWhiteSpace(text.charCodeAt(next - 1))) next--
    at = next
  }
  return at
}

/** Digits first: the cheap test settles most sentences. */
function mayHold(text: string): boolean {
  return digit.test(text) || mayHoldAmount.test(text)
}

function toAmount(
  text: string,
  tokens: readonly Token[],
  candidate: Candidate,
  locator: Locator,
  dollar: string,
): Amount {
  const start = tokens[candidate.first]!.start
  const end = tokens[candidate.last - 1]!.end
  const amount: Amount = {
    text: text.slice(start, end),
    kind: candidate.kind!,
    value: candidate.value === null ? null : decimalToNumber(candidate.value),
    position: locator.position(start, end),
  }
  if (candidate.min !== undefined) amount.min = decimalToNumber(candidate.min)
  if (candidate.max !== undefined) amount.max = decimalToNumber(candidate.max)
  if (candidate.kind === 'money' && candidate.currency) {
    amount.currency = candidate.currency === defaultDollar ? dollar : candidate.currency
  }
  if (candidate.unit) amount.unit = candidate.unit
  if (candidate.approximate) amount.approximate = true
  return amount
}

/** Kinds of block whose numbers are the page's, not the story's. */
const noAmounts: ReadonlySet<string> = new Set(['other', 'byline', 'credit'])

/**
 * Find the money, percentages and counted quantities of a news article,
 * with exact values: "£140m" is `140000000` GBP, "16.4m" is `16400000`
 * (decimal arithmetic, no float drift), "£1-2bn" is a range, "nearly three
 * years" is an approximate quantity. Page noise, bylines and credits
 * (blocks of kind `other`, `byline` and `credit`), years, dates, times, ordinals, telephone numbers and names such as "G7"
 * are not amounts.
 *
 * @param input The article text, or an {@link Article} from `parseArticle`.
 * @param options Which kinds to return, and the currency of a bare `$`.
 * @returns The amounts in text order, each with its exact `text` and `position`.
 * @throws {TypeError} When `input` is neither a string nor an Article, or an option has the wrong type.
 * @throws {RangeError} When `kinds` names an unknown kind or `dollar` is not an ISO 4217 code.
 * @example
 * ```ts
 * import {extractAmounts} from 'nutgraf'
 *
 * extractAmounts('Britain pledged £2.26bn, nearly 3% of the total.')
 * // [
 * //   {text: '£2.26bn', kind: 'money', value: 2260000000, currency: 'GBP', position: {...}},
 * //   {text: 'nearly 3%', kind: 'percent', value: 3, approximate: true, position: {...}}
 * // ]
 * ```
 */
export function extractAmounts(input: string | Article, options?: AmountsOptions): Amount[] {
  const article = toArticle(input, caller)
  const {kinds, dollar} = readOptions(options)
  const text = article.text
  const locator = locatorOf(article)
  const amounts: Amount[] = []
  // Page noise ("1.2k views"), bylines ("Published 3 hours ago") and credits are skipped,
  // unless the input is one line: a snippet, not a page.
  const skipNoise = article.blocks.length > 1
  const sentences = article.sentences
  let index = 0
  while (index < sentences.length) {
    const sentence = sentences[index]!
    if ((skipNoise && noAmounts.has(sentence.kind)) || !mayHold(sentence.text)) {
      index++
      continue
    }
    // Scan a run of sentences that may hold amounts, in one block, as one stretch of tokens,
    // with the last two words before it: a sentence split can cut "Rs." or "U.S." off "20".
    const previous = sentences[index - 1]
    let start = sentence.position.start.offset!
    if (previous && previous.block === sentence.block) {
      start = wordsBefore(text, start, previous.position.start.offset!, 2)
    }
    const starts = [sentence.position.start.offset!]
    let last = index
    index++
    while (sentences[index]?.block === sentence.block) {
      // A sentence that may not hold an amount ends the run and is not tested again.
      const next = sentences[index++]!
      if (!mayHold(next.text)) break
      starts.push(next.position.start.offset!)
      last = index - 1
    }
    const tokens = tokenize(text, start, sentences[last]!.position.end.offset!, starts)
    // Headlines capitalise their nouns ("Biden Sends 3,000 Troops").
    for (const candidate of amountsOfTokens(tokens, sentence.kind === 'headline')) {
      if (!kinds.has(candidate.kind!)) continue
      if (isPageCounter(candidate, article.blocks[sentence.block]!.text)) continue
      amounts.push(toAmount(text, tokens, candidate, locator, dollar))
    }
  }
  return amounts
}
