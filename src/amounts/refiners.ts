/**
 * The refiners of `extractAmounts`: they join cents to their dollars, bare
 * numbers and amounts into ranges, qualifiers into approximate amounts, and
 * drop overlaps, in that order.
 */
import {changeWords, longestQualifier, qualifiers} from '../data/amount-qualifiers.js'
import {defaultDollar} from '../data/currencies.js'
import {magnitudes} from '../data/magnitudes.js'
import {type Candidate, makeCandidate} from './candidate.js'
import {addDecimals, isWholeDecimal, lessThan, shiftDecimal} from './decimal.js'
import {countedNounAfter} from './matchers.js'
import type {Token} from './tokens.js'

function isSubunit(candidate: Candidate): boolean {
  return (
    candidate.kind === 'money' && candidate.currencyScale === -2 && candidate.core !== undefined
  )
}

function smallWhole(candidate: Candidate): boolean {
  const core = candidate.core
  if (core?.magnitude !== 0 || candidate.value === null) return false
  if (!isWholeDecimal(core.value)) return false
  if (core.digits)
    return core.plainInteger && core.end - core.start === 1 && core.value.digits < 100n
  return core.value.digits < 100n && core.value.exponent === 0
}

/**
 * "20 dollars 43 cents", "$20 and 43c", "3 GBP and one": a whole amount of a
 * currency and a small number of its cents (with a cents word, or bare at
 * the end of a phrase) make one amount.
 */
export function attachSubunits(tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (let index = 0; index < candidates.length; index++) {
    const main = candidates[index]!
    const next = candidates[index + 1]
    if (
      main.kind !== 'money' ||
      !next ||
      main.currencyScale !== 0 ||
      main.value === null ||
      !main.core ||
      main.core.magnitude !== 0 ||
      !isWholeDecimal(main.value)
    ) {
      out.push(main)
      continue
    }
    let joint = main.last
    if (tokens[joint]?.lower === 'and' && tokens[joint]!.gap === 'space') joint++
    const spaced = tokens[joint]?.gap === 'space'
    if (next.first !== joint || !spaced || !smallWhole(next)) {
      out.push(main)
      continue
    }
    const sameMoney =
      isSubunit(next) &&
      (next.currency === main.currency ||
        (next.currency === defaultDollar && main.currency !== 'GBP') ||
        (next.currency === 'GBP' && main.currency === 'GBP'))
    const bareCents = next.kind === null && !followedByUnit(tokens, next.last)
    if (!sameMoney && !bareCents) {
      out.push(main)
      continue
    }
    const cents = sameMoney ? next.value! : shiftDecimal(next.value!, -2)
    out.push(
      makeCandidate({
        ...main,
        last: next.last,
        value: addDecimals(main.value, cents),
        reason: `${main.reason}+cents`,
      }),
    )
    index++
  }
  return out
}

/** Whether what follows a bare number makes it something else ("43 people", "50 50", "3 million"). */
function followedByUnit(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]
  if (!token || token.gap === 'break') return false
  if (token.kind === 'number') return true
  if (token.kind === 'symbol')
    return token.gap === 'none' && token.text !== '.' && token.text !== ','
  if (magnitudes.has(token.lower) || countedNounAfter(tokens, index)) return true
  return ['percent', 'per', 'pc', 'percentage'].includes(token.lower)
}

const dashes = new Set(['-', '–', '—', '‒', '―'])

/** Whether the word before token `index` (skipping one qualifier word) is a change ("rose", "by"). */
function afterChangeWord(tokens: readonly Token[], index: number): boolean {
  for (let at = index - 1; at >= Math.max(0, index - 3); at--) {
    const token = tokens[at]!
    if (token.kind !== 'word') return false
    if (changeWords.has(token.lower)) return true
    if (!qualifiers.has(token.lower) && token.lower !== 'than' && token.lower !== 'from')
      return false
  }
  return false
}

function sameMeasure(a: Candidate, b: Candidate): boolean {
  if (a.kind === null) return true
  if (a.kind !== b.kind) return false
  if (a.kind === 'money') return a.currency === b.currency && a.currencyScale === b.currencyScale
  return a.unit === b.unit
}

/**
 * "£1-2bn", "$5bn-$6bn", "between £1m and £2m", "from 10 to 20 dollars",
 * "3-5%": two numbers joined by a dash, "to", or "between ... and" make a
 * range with the second's unit (and its magnitude, when the first has none).
 * "rose from £5m to £6m" is a change, not a range.
 */
export function joinRanges(tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (let index = 0; index < candidates.length; index++) {
    const a = candidates[index]!
    const b = candidates[index + 1]
    const joined = b ? rangeOf(tokens, a, b) : undefined
    if (joined) {
      out.push(joined)
      index++
    } else out.push(a)
  }
  return out
}

function rangeOf(tokens: readonly Token[], a: Candidate, b: Candidate): Candidate | undefined {
  // "£1-2bn", "$5 to 6m": the second number takes the first's currency.
  if (b.kind === null && a.kind === 'money' && a.currencyBefore && b.core) {
    b = makeCandidate({
      ...b,
      kind: 'money',
      currency: a.currency,
      currencyScale: a.currencyScale,
      currencyBefore: true,
    })
    if (a.currencyScale) b.value = shiftDecimal(b.value!, a.currencyScale)
  }
  if (b.kind === null || a.value === null || b.value === null || !a.core || !b.core)
    return undefined
  if (a.core.yearLike || b.core.yearLike || !sameMeasure(a, b)) return undefined
  const gap = b.first - a.last
  const connector = tokens[a.last]
  if (!connector) return undefined
  let first = a.first
  const opener = tokens[a.first - 1]
  if (gap === 1 && dashes.has(connector.text)) {
    // "1-2" glued both sides, or "1 - 2" spaced both sides; not "1 -2".
    const glued = connector.gap === 'none' && tokens[b.first]!.gap === 'none'
    const spaced = connector.gap === 'space' && tokens[b.first]!.gap === 'space'
    if (!glued && !(spaced && connector.text !== '—')) return undefined
    if (opener?.lower === 'from' || opener?.lower === 'between') first--
  } else if (gap === 1 && connector.lower === 'to' && connector.gap === 'space') {
    if (opener?.lower === 'from') {
      if (afterChangeWord(tokens, a.first - 1)) return undefined
      first--
    } else if (afterChangeWord(tokens, a.first) || opener?.lower === 'between') return undefined
  } else if (gap === 1 && connector.lower === 'and' && opener?.lower === 'between') {
    first--
  } else return undefined

  let low = a.value
  if (a.core.magnitude === 0 && b.core.magnitude > 0) low = shiftDecimal(low, b.core.magnitude)
  if (a.kind === null && b.kind === 'money' && b.currencyScale)
    low = shiftDecimal(low, b.currencyScale)
  const high = b.value
  if (lessThan(high, low)) return undefined
  const range = makeCandidate({
    ...b,
    first,
    last: b.last,
    value: null,
    min: low,
    max: high,
    reason: `range-${b.reason}`,
  })
  if (a.approximate) range.approximate = true
  return range
}

/** "nearly £3bn", "more than 12,000 troops": a qualifier before an amount makes it approximate and joins its text. */
export function attachQualifiers(tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  for (const candidate of candidates) {
    if (candidate.kind === null) continue
    for (let length = longestQualifier; length >= 1; length--) {
      const first = candidate.first - length
      if (first < 0) continue
      let key = ''
      let ok = tokens[candidate.first]!.gap === 'space'
      for (let at = first; at < candidate.first && ok; at++) {
        const token = tokens[at]!
        if (token.kind !== 'word' && token.text !== '.') ok = false
        if (at > first && token.gap === 'break') ok = false
        if (at > first && token.gap === 'space') key += ' '
        key += token.lower
      }
      if (!ok || !qualifiers.has(key)) continue
      // "went up to 30 per cent" is a move, not a bound.
      if (key === 'up to' && movedBefore(tokens, first)) break
      candidate.first = first
      candidate.approximate = true
      candidate.reason += '+qualifier'
      break
    }
  }
  return candidates
}

const goWords = new Set(['go', 'goes', 'going', 'gone', 'went', 'come', 'came', 'coming'])

function movedBefore(tokens: readonly Token[], index: number): boolean {
  const before = tokens[index - 1]
  return before?.kind === 'word' && (changeWords.has(before.lower) || goWords.has(before.lower))
}

/** Keep the first, longest of overlapping amounts, in text order. */
export function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.first - b.first || b.last - a.last)
  const out: Candidate[] = []
  let reach = -1
  for (const candidate of sorted) {
    if (candidate.first < reach) continue
    out.push(candidate)
    reach = candidate.last
  }
  return out
}

/** Magnitude words that make a bare number worth reporting: "7.6 million", "two billion". */
const countingMagnitudes: ReadonlySet<string> = new Set([
  'million',
  'millions',
  'billion',
  'billions',
  'trillion',
  'trillions',
  'mn',
  'mln',
  'bn',
  'bln',
  'tn',
  'trn',
])

/**
 * "Waiting lists reached 7.6 million", "the population is 67 million": a
 * bare number written with a magnitude word counts something the sentence
 * names elsewhere; it is reported as a quantity without a unit. A plain
 * number ("43", "2019") stays unreported. Returns whether any was kept.
 */
export function keepScaledNumbers(tokens: readonly Token[], candidates: Candidate[]): boolean {
  let kept = false
  for (const candidate of candidates) {
    const core = candidate.core
    if (candidate.kind !== null || candidate.value === null || !core || core.magnitude < 6) continue
    const last = tokens[candidate.last - 1]
    if (last?.kind !== 'word' || !countingMagnitudes.has(last.lower)) continue
    candidate.kind = 'quantity'
    candidate.reason = 'quantity-scaled-number'
    kept = true
  }
  return kept
}
