/**
 * The matchers of `extractAmounts`: each finds one shape of amount around a
 * number core (money with a currency before or after, percentages,
 * quantities with a counted noun) or a vague amount ("billions of dollars"),
 * and tags it with a unique reason id.
 */

import {
  countModifiers,
  functionWords,
  irregularPlurals,
  measureUnits,
  monthNames,
  notPlurals,
  timeSpanNouns,
} from '../data/counted-nouns.js'
import {
  type CurrencyForm,
  currencyPrefixes,
  currencySuffixes,
  exactCaseSpelling,
  longestCurrencyForm,
} from '../data/currencies.js'
import {magnitudes, vagueCounts, vagueMagnitudes, vagueMoneyAdjectives} from '../data/magnitudes.js'
import {negativeWords, smallNumbers, tens, wordMultipliers} from '../data/number-words.js'
import {type Candidate, makeCandidate} from './candidate.js'
import {decimalFromInteger, negateDecimal, shiftDecimal} from './decimal.js'
import {magnitudeAt, type NumberCore, numberAt} from './numbers.js'
import type {Token} from './tokens.js'

/** A currency form found in the tokens. */
interface CurrencyMatch {
  form: CurrencyForm
  /** First token of the form. */
  first: number
  /** Token after the form. */
  last: number
  /** The form is a word (not a symbol or code). */
  word: boolean
}

/** The text of tokens `first..last-1` as a lookup key: lower case, one space where there was space. */
function keyOf(tokens: readonly Token[], first: number, last: number, exact: boolean): string {
  let key = ''
  for (let index = first; index < last; index++) {
    const token = tokens[index]!
    if (index > first && token.gap === 'space') key += ' '
    key += exact ? token.text : token.lower
  }
  return key
}

function formMatches(
  form: CurrencyForm,
  tokens: readonly Token[],
  first: number,
  last: number,
  key: string,
) {
  if (!form.exactCase) return true
  return keyOf(tokens, first, last, true) === exactCaseSpelling.get(key)
}

/** The first and the last token of every currency form, to reject most lookups at once. */
// The lookbehind starts a match only at the start of a run of letters, so it is linear.
const wordEnd = /(?<![\p{L}\p{M}])[\p{L}\p{M}]+$/u
const wordStart = /^[\p{L}\p{M}]+/u
const prefixLastTokens = new Set(
  [...currencyPrefixes.keys()].map((key) => wordEnd.exec(key)?.[0] ?? key.slice(-1)),
)
const suffixFirstTokens = new Set(
  [...currencySuffixes.keys()].map((key) => wordStart.exec(key)?.[0] ?? key[0]!),
)

// Spaced dollar prefixes are real only for these ("us $", "c $"); "a $5bn deal" is not Australian.
const spacedDollarPrefixes = new Set(['us $', 'u.s. $', 'u.s $', 'c $', 'hk $', 'nz $', 'mex $'])

/** The currency written right before token `index` (glued or one space), longest first. */
function currencyBefore(
  tokens: readonly Token[],
  index: number,
  floor = 0,
): CurrencyMatch | undefined {
  if (index === 0 || tokens[index]!.gap === 'break') return undefined
  if (!prefixLastTokens.has(tokens[index - 1]!.lower)) return undefined
  for (let length = Math.min(longestCurrencyForm, index - floor); length >= 1; length--) {
    const first = index - length
    let crossesBreak = false
    for (let at = first + 1; at < index; at++) if (tokens[at]!.gap === 'break') crossesBreak = true
    if (crossesBreak) continue
    const key = keyOf(tokens, first, index, false)
    const form = currencyPrefixes.get(key)
    if (!form || !formMatches(form, tokens, first, index, key)) continue
    if (key.includes(' $') && !spacedDollarPrefixes.has(key)) continue
    // The form must start a word: "GUSD5" is not "USD5".
    const before = tokens[first - 1]
    if (before && tokens[first]!.gap === 'none' && before.kind !== 'symbol') continue
    return {form, first, last: index, word: form.name === true}
  }
  return undefined
}

/** The currency written right after the number ending before token `index`. */
function currencyAfter(tokens: readonly Token[], index: number): CurrencyMatch | undefined {
  let start = index
  const token = tokens[index]
  if (!token || token.gap === 'break') return undefined
  // "12-cent", "one-yen": a hyphen glued on both sides before a currency name.
  if (token.text === '-' && token.gap === 'none' && tokens[index + 1]?.gap === 'none') start++
  if (!suffixFirstTokens.has(tokens[start]?.lower ?? '')) return undefined
  for (let length = longestCurrencyForm; length >= 1; length--) {
    const last = start + length
    if (last > tokens.length) continue
    let crossesBreak = false
    for (let at = start + 1; at < last; at++) if (tokens[at]!.gap === 'break') crossesBreak = true
    if (crossesBreak) continue
    const key = keyOf(tokens, start, last, false)
    const form = currencySuffixes.get(key)
    if (!form || !formMatches(form, tokens, start, last, key)) continue
    if (form.glued && tokens[start]!.gap !== 'none') continue
    const word = form.name === true
    if (start > index && !word) continue
    // Spaced lower-case "c" is cents only right after digits ("10 c").
    const after = tokens[last]
    if (after && after.gap === 'none' && after.kind !== 'symbol') continue
    // "10 $5": the symbol belongs to the next amount.
    if (after && after.gap === 'none' && after.kind === 'number') continue
    return {form, first: start, last, word}
  }
  return undefined
}

/** Whether "point" or "points" is the spaced word at `index` ("percentage points"). */
function pointsAt(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  return token?.gap === 'space' && (token.lower === 'point' || token.lower === 'points')
}

/** A percent sign or word after the number: its end and unit. */
function percentAfter(
  tokens: readonly Token[],
  index: number,
): {last: number; unit?: string; basisPoints?: boolean} | undefined {
  const token = tokens[index]
  if (!token || token.gap === 'break') return undefined
  const next = tokens[index + 1]
  if (token.text === '%' || token.text === '٪') {
    if (next && next.gap === 'none' && next.kind !== 'symbol') return undefined
    return {last: index + 1}
  }
  if (token.kind !== 'word') return undefined
  switch (token.lower) {
    case 'percent':
    case 'percents':
    case 'pct':
    case 'pc':
      if (token.lower === 'pc' && token.text !== 'pc') return undefined
      if (pointsAt(tokens, index + 1)) {
        return {last: index + 2, unit: 'percentage point'}
      }
      return {last: index + 1}
    case 'per':
      if (next?.lower === 'cent' && next.gap === 'space') return {last: index + 2}
      return undefined
    case 'percentage':
      if (pointsAt(tokens, index + 1)) {
        return {last: index + 2, unit: 'percentage point'}
      }
      return {last: index + 1}
    case 'basis':
      if (pointsAt(tokens, index + 1)) return {last: index + 2, basisPoints: true}
      return undefined
    case 'bp':
    case 'bps':
      return {last: index + 1, basisPoints: true}
    default:
      return undefined
  }
}

function isCapitalised(token: Token): boolean {
  return token.kind === 'word' && token.text !== token.lower && token.text[0] !== token.lower[0]
}

/** Whether `token` is a plural noun that a number counts. */
export function isCountedNoun(token: Token, allowCapital = false): boolean {
  if (token.kind !== 'word') return false
  const word = token.lower
  if (token.text !== word && !(allowCapital && isCapitalised(token))) {
    return measureUnits.has(word) && token.text === token.text.toUpperCase() && word.length > 2
  }
  if (irregularPlurals.has(word) || measureUnits.has(word)) return true
  if (word.length < 3 || !word.endsWith('s') || notPlurals.has(word)) return false
  return !(word.endsWith('ss') || word.endsWith('us') || word.endsWith('is'))
}

/** The counted noun after a number ending before token `index`: up to two modifiers, then the noun. */
export function countedNounAfter(
  tokens: readonly Token[],
  index: number,
  allowCapital = false,
): {noun: number} | undefined {
  for (let at = index; at < index + 3; at++) {
    const token = tokens[at]
    if (token?.kind !== 'word') return undefined
    const glued = token.gap === 'none'
    if (at === index ? token.gap === 'break' : token.gap !== 'space') return undefined
    if (glued && !measureUnits.has(token.lower)) return undefined
    if (isCountedNoun(token, allowCapital)) {
      // "2,000 police officers": a compound's head is its last noun.
      const next = tokens[at + 1]
      if (next?.gap === 'space' && isCountedNoun(next)) return {noun: at + 1}
      return {noun: at}
    }
    // "12,000 British troops", "40 new jobs", "27 member states".
    const modifier =
      countModifiers.has(token.lower) ||
      (isCapitalised(token) && !monthNames.has(token.lower)) ||
      (token.text === token.lower &&
        token.lower.length > 1 &&
        !functionWords.has(token.lower) &&
        !startWords.has(token.lower) &&
        !magnitudes.has(token.lower) &&
        !currencySuffixes.has(token.lower))
    if (!modifier) return undefined
  }
  return undefined
}

/** Whether the token glued right after a match makes it part of a longer word ("1990s", "3D", "5pm"). */
function gluedAfter(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (token?.gap !== 'none') return false
  if (token.kind !== 'symbol') return true
  // "10:30", "12/5", "3.4.5": times, dates and versions.
  const next = tokens[index + 1]
  return (
    (token.text === ':' || token.text === '/' || token.text === '.') &&
    next?.kind === 'number' &&
    next.gap === 'none'
  )
}

/** Whether the number at `index` is glued to a word before it ("G7", "F-35", "COVID-19", "+44"). */
function gluedBefore(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!
  const before = tokens[index - 1]
  if (!before || token.gap !== 'none') return false
  if (before.kind !== 'symbol') return true
  if (before.text === '+' || before.text === '#' || before.text === '№') return true
  if (
    (before.text === '-' || before.text === '/' || before.text === ':') &&
    before.gap === 'none'
  ) {
    // "F-35", "COVID-19"; but not "10m-15m", where the word is a number's magnitude.
    const word = tokens[index - 2]
    if (word?.kind !== 'word' || word.gap === 'break') return false
    return !(word.gap === 'none' && tokens[index - 3]?.kind === 'number')
  }
  return false
}

/** Whether the number core is followed or preceded by a month: a date. */
function besideMonth(tokens: readonly Token[], core: NumberCore): boolean {
  const after = tokens[core.end]
  const before = tokens[core.start - 1]
  return isMonth(after) || (isMonth(before) && tokens[core.start]!.gap !== 'break')
}

function isMonth(token: Token | undefined): boolean {
  return (
    Boolean(
      token && token.kind === 'word' && monthNames.has(token.lower) && token.gap !== 'break',
    ) &&
    (token!.lower !== 'may' || token!.text === 'May')
  )
}

/** Whether a capitalised word right before the number makes it a name ("Boeing 737", "Article 5"). */
function afterName(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  if (!before || tokens[index]!.gap !== 'space' || !isCapitalised(before)) return false
  if (before.sentenceStart || monthNames.has(before.lower)) return false
  return true
}

/** A telephone number: three or more digit groups joined by spaces or hyphens. */
function inDigitRun(tokens: readonly Token[], index: number): boolean {
  let groups = 1
  for (let at = index + 1; at < tokens.length && groups < 3; at += 2) {
    const joint = tokens[at]!
    const next = tokens[at + 1]
    if (joint.text !== '-' || !next || next.kind !== 'number' || /[,.]/.test(next.text)) break
    groups++
  }
  for (let at = index - 1; at > 0 && groups < 3; at -= 2) {
    const joint = tokens[at]!
    const previous = tokens[at - 1]!
    if (joint.text !== '-' || previous.kind !== 'number' || /[,.]/.test(previous.text)) break
    groups++
  }
  return groups >= 3
}

const inexactShares = new Set(['third', 'thirds', 'sixth', 'sixths', 'ninth', 'fraction'])

// "a dollar", "a penny": the article counts one before these names.
const oneOfWords = new Set(['dollar', 'euro', 'cent', 'penny', 'buck', 'rupee', 'yen'])

/** The number core at `index` with its sign, or the "a" of "a dollar". */
function coreAt(tokens: readonly Token[], index: number): NumberCore | undefined {
  const token = tokens[index]!
  if ((token.lower === 'a' || token.lower === 'an') && token.kind === 'word') {
    const next = tokens[index + 1]
    if (next && next.gap === 'space' && oneOfWords.has(next.lower)) {
      return {
        start: index,
        end: index + 1,
        value: decimalFromInteger(1),
        magnitude: 0,
        digits: false,
        plainInteger: false,
        yearLike: false,
      }
    }
  }
  return numberAt(tokens, index)
}

/**
 * Read the amount whose number core starts at token `index`: money, a
 * percentage, a quantity, or a bare number.
 */
export function readAmount(
  tokens: readonly Token[],
  index: number,
  floor = 0,
  titleCase = false,
): Candidate | undefined {
  const core = coreAt(tokens, index)
  if (!core) return undefined
  // "a third of a billion dollars": a share of the amount, not the amount.
  if (
    !core.digits &&
    tokens[index - 1]?.lower === 'of' &&
    inexactShares.has(tokens[index - 2]?.lower ?? '')
  ) {
    return undefined
  }
  if (gluedBefore(tokens, index) || (core.digits && inDigitRun(tokens, index))) {
    const prefix = currencyBefore(tokens, index, floor)
    if (!prefix || prefix.last !== index) return undefined
  }
  let value = core.value
  let first = core.start
  // "-5%", "minus five per cent".
  const sign = tokens[first - 1]
  if (
    sign?.text === '-' &&
    tokens[first]!.gap === 'none' &&
    (!tokens[first - 2] || sign.gap !== 'none')
  ) {
    value = negateDecimal(value)
    first--
  } else if (sign && negativeWords.has(sign.lower) && tokens[first]!.gap === 'space') {
    value = negateDecimal(value)
    first--
  }

  const percent = percentAfter(tokens, core.end)
  if (percent && core.magnitude === 0) {
    if (gluedAfter(tokens, percent.last)) return undefined
    if (percent.basisPoints) {
      return makeCandidate({
        kind: 'quantity',
        first,
        last: percent.last,
        value,
        unit: 'basis point',
        core,
        reason: 'quantity-basis-points',
      })
    }
    const candidate = makeCandidate({
      kind: 'percent',
      first,
      last: percent.last,
      value,
      core,
      reason: 'percent',
    })
    if (percent.unit) candidate.unit = percent.unit
    return candidate
  }

  const before = currencyBefore(tokens, first, floor)
  const noun = countedNounAfter(tokens, core.end, titleCase)
  if (before && !(before.word && (noun || core.yearLike))) {
    let last = core.end
    let magnitude = core.magnitude
    // "USD 22.5 million" is read by the core; "$ 10 dollars", "£5m sterling" repeat the currency.
    const after = currencyAfter(tokens, last)
    if (after?.word && after.form.code === before.form.code && after.form.scale === 0) {
      last = after.last
    }
    if (magnitude === 0) {
      const scale = magnitudeAt(tokens, last)
      if (scale && !magnitudes.get(tokens[scale.end - 1]!.lower)!.glued) {
        magnitude = scale.exponent
        value = shiftDecimal(value, magnitude)
        last = scale.end
      }
    }
    if (gluedAfter(tokens, last)) return undefined
    return makeCandidate({
      kind: 'money',
      first: before.first,
      last,
      value: shiftDecimal(value, before.form.scale),
      currency: before.form.code,
      currencyScale: before.form.scale,
      currencyBefore: true,
      core: {...core, magnitude},
      reason: before.word ? 'money-name-before' : 'money-symbol-before',
    })
  }

  const after = currencyAfter(tokens, core.end)
  if (after) {
    // "5 pounds of flour" is a weight.
    const isWeight =
      after.form.code === 'GBP' &&
      after.form.scale === 0 &&
      core.magnitude === 0 &&
      tokens[after.last]?.lower === 'of'
    if (!isWeight) {
      let last = after.last
      let magnitude = core.magnitude
      // "75 USD million".
      if (magnitude === 0 && !after.word) {
        const scale = magnitudeAt(tokens, last)
        if (scale && !magnitudes.get(tokens[scale.end - 1]!.lower)!.glued) {
          magnitude = scale.exponent
          value = shiftDecimal(value, magnitude)
          last = scale.end
        }
      }
      if (gluedAfter(tokens, last)) return undefined
      return makeCandidate({
        kind: 'money',
        first,
        last,
        value: shiftDecimal(value, after.form.scale),
        currency: after.form.code,
        currencyScale: after.form.scale,
        currencyBefore: false,
        core: {...core, magnitude},
        reason: after.word ? 'money-name-after' : 'money-symbol-after',
      })
    }
  }

  if (gluedAfter(tokens, core.end) && !noun) return undefined
  if (
    noun &&
    !core.yearLike &&
    !besideMonth(tokens, core) &&
    !(!titleCase && afterName(tokens, first)) &&
    !isRatioDenominator(tokens, first, noun.noun) &&
    !(
      core.value.digits === 1n &&
      core.value.exponent === 0 &&
      !irregularPlurals.has(tokens[noun.noun]!.lower)
    )
  ) {
    return makeCandidate({
      kind: 'quantity',
      first,
      last: noun.noun + 1,
      value,
      unit: tokens[noun.noun]!.lower,
      core,
      reason: 'quantity-counted-noun',
    })
  }
  if (core.yearLike || besideMonth(tokens, core)) return undefined
  return makeCandidate({kind: null, first, last: core.end, value, core, reason: 'bare-number'})
}

/**
 * Whether the number at `first`, counting the noun at `noun`, is the second
 * of a ratio: "one in five voters", "1 in 10 children", "three out of four
 * doctors", "one in every five homes". It counts no voters, children or
 * doctors. A span of time is no ratio ("$4 in five days").
 */
function isRatioDenominator(tokens: readonly Token[], first: number, noun: number): boolean {
  if (timeSpanNouns.has(tokens[noun]!.lower)) return false
  let at = first - 1
  if (tokens[at]?.lower === 'every') at--
  let before: Token | undefined
  if (tokens[at]?.lower === 'in') before = tokens[at - 1]
  else if (tokens[at]?.lower === 'of' && tokens[at - 1]?.lower === 'out') before = tokens[at - 2]
  else return false
  if (before === undefined) return false
  return before.kind === 'number' || smallNumbers.has(before.lower) || tens.has(before.lower)
}

function spacedAt(tokens: readonly Token[], index: number): boolean {
  return tokens[index]?.gap === 'space'
}

/** Words that can start an amount written in words, or a vague or inverted one: the scan tries no others. */
export const startWords: ReadonlySet<string> = new Set([
  ...smallNumbers.keys(),
  ...tens.keys(),
  'a',
  'an',
  'half',
  'quarter',
  ...vagueMagnitudes,
  ...vagueCounts,
  ...vagueMoneyAdjectives,
  'multi',
  'percent',
  'percents',
  'per',
])

/**
 * Whether a sentence without a digit may hold an amount: a word that can
 * start or name one. Sentences with neither are not scanned (most of an
 * article). The caller tests for a digit first, with a pattern of its own.
 */
export const mayHoldAmount = new RegExp(
  `\\b${prefixAlternation(
    [...startWords, ...oneOfWords, ...wordMultipliers.keys(), 'dozen'].filter(
      (word) => word !== 'a' && word !== 'an' && word !== 'per',
    ),
  )}\\b|\\bper\\s+cent`,
  'i',
)

/**
 * A pattern that matches any of `words`, its alternatives factored by common
 * prefixes ("t(?:en|hree|wo)" for "ten", "three", "two"): the engine then
 * tries one branch a character instead of every word in turn. Characters
 * special in a pattern are escaped.
 */
export function prefixAlternation(words: readonly string[]): string {
  interface Branch {
    end: boolean
    next: Map<string, Branch>
  }
  const root: Branch = {end: false, next: new Map()}
  for (const word of words) {
    let branch = root
    for (const letter of word) {
      let next = branch.next.get(letter)
      if (next === undefined) {
        next = {end: false, next: new Map()}
        branch.next.set(letter, next)
      }
      branch = next
    }
    branch.end = true
  }
  const write = (branch: Branch): string => {
    const alternatives = [...branch.next].map(
      ([letter, next]) => letter.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') + write(next),
    )
    if (alternatives.length === 0) return ''
    // One way on: no group ("zero", not "z(?:e(?:r(?:o)))").
    if (alternatives.length === 1 && !branch.end) return alternatives[0]!
    return `(?:${alternatives.join('|')})${branch.end ? '?' : ''}`
  }
  return write(root)
}

/** Vague amounts starting at word token `index`: "tens of millions of pounds", "£billions", "thousands of people". */
export function readVague(tokens: readonly Token[], index: number): Candidate | undefined {
  const token = tokens[index]!
  const word = token.lower

  // "multimillion-pound", "multi-billion-dollar".
  let at = index
  if (word === 'multi' && tokens[at + 1]?.text === '-' && tokens[at + 2]?.gap === 'none') at += 2
  const adjective = at === index ? word : `multi${tokens[at]!.lower}`
  if (vagueMoneyAdjectives.has(adjective)) {
    let next = at + 1
    if (tokens[next]?.text === '-' && tokens[next]!.gap === 'none') next++
    const currency =
      tokens[next] && tokens[next]!.gap !== 'break' ? currencyAfter(tokens, next) : undefined
    if (currency?.word) {
      return vague(
        'money',
        index,
        currency.last,
        currency.form.code,
        undefined,
        'money-vague-adjective',
      )
    }
    return undefined
  }

  // "£billions", "$ millions".
  if (vagueMagnitudes.has(word)) {
    const before = currencyBefore(tokens, index)
    if (before && !before.word && ['millions', 'billions', 'trillions'].includes(word)) {
      return vague(
        'money',
        before.first,
        index + 1,
        before.form.code,
        undefined,
        'money-vague-symbol',
      )
    }
    // "tens of millions of pounds", "thousands of people".
    at = index + 1
    // At most three links ("hundreds of thousands of millions of"), so the scan stays linear.
    for (
      let links = 0;
      links < 3 && tokens[at]?.lower === 'of' && spacedAt(tokens, at) && spacedAt(tokens, at + 1);
      links++
    ) {
      const next = tokens[at + 1]!
      if (vagueMagnitudes.has(next.lower) && next.lower !== 'dozens') {
        at += 2
        continue
      }
      const currency = currencyAfter(tokens, at + 1)
      if (currency?.word && currency.form.scale === 0) {
        return vague('money', index, currency.last, currency.form.code, undefined, 'money-vague-of')
      }
      const noun = countedNounAfter(tokens, at + 1, true)
      if (noun && !currencySuffixes.has(tokens[noun.noun]!.lower)) {
        return vague(
          'quantity',
          index,
          noun.noun + 1,
          undefined,
          tokens[noun.noun]!.lower,
          'quantity-vague-of',
        )
      }
      return undefined
    }
    return undefined
  }

  // "several million pounds", "a few billion dollars", "several thousand people".
  if (vagueCounts.has(word) && spacedAt(tokens, index + 1)) {
    if (word === 'few' && tokens[index - 1]?.lower !== 'a') return undefined
    const first = word === 'few' ? index - 1 : index
    const magnitude = tokens[index + 1]!.lower
    if (!['hundred', 'thousand', 'million', 'billion', 'trillion'].includes(magnitude))
      return undefined
    const currency = currencyAfter(tokens, index + 2)
    if (currency?.word && currency.form.scale === 0) {
      return vague(
        'money',
        first,
        currency.last,
        currency.form.code,
        undefined,
        'money-vague-count',
      )
    }
    const noun = countedNounAfter(tokens, index + 2)
    if (noun) {
      return vague(
        'quantity',
        first,
        noun.noun + 1,
        undefined,
        tokens[noun.noun]!.lower,
        'quantity-vague-count',
      )
    }
  }
  return undefined
}

function vague(
  kind: 'money' | 'quantity',
  first: number,
  last: number,
  currency: string | null | undefined,
  unit: string | undefined,
  reason: string,
): Candidate {
  const candidate = makeCandidate({kind, first, last, value: null, approximate: true, reason})
  if (kind === 'money') candidate.currency = currency ?? null
  if (unit) candidate.unit = unit
  return candidate
}

/** "per cent of twenty" opening a sentence: the inverted order of speech and headings. */
export function readInvertedPercent(
  tokens: readonly Token[],
  index: number,
): Candidate | undefined {
  const token = tokens[index]!
  if (!token.sentenceStart) return undefined
  let at = index + 1
  if (token.lower === 'per' && tokens[at]?.lower === 'cent') at++
  else if (token.lower !== 'percent' && token.lower !== 'percents') return undefined
  if (tokens[at]?.lower !== 'of' || tokens[at]!.gap !== 'space') return undefined
  const core =
    tokens[at + 1] && tokens[at + 1]!.gap === 'space' ? numberAt(tokens, at + 1) : undefined
  if (core?.magnitude !== 0 || gluedAfter(tokens, core.end)) return undefined
  return makeCandidate({
    kind: 'percent',
    first: index,
    last: core.end,
    value: core.value,
    core,
    reason: 'percent-inverted',
  })
}
