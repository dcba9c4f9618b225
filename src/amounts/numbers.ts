/**
 * The number cores of amounts: digits ("12,000", "2.26"), words ("two
 * billion", "forty-five"), fractions of a magnitude ("half a billion", "a
 * quarter of a million"), each with an optional magnitude ("m", "bn",
 * "million"), valued exactly.
 */
import {magnitudes} from '../data/magnitudes.js'
import {fractionWords, smallNumbers, tens, wordMultipliers} from '../data/number-words.js'
import {
  addDecimals,
  type Decimal,
  decimalFromInteger,
  decimalFromString,
  multiplyDecimals,
  shiftDecimal,
} from './decimal.js'
import type {Token} from './tokens.js'

/** A number found in the tokens. */
export interface NumberCore {
  /** Index of its first token. */
  start: number
  /** Index after its last token. */
  end: number
  /** Its exact value, magnitude applied. */
  value: Decimal
  /** Power of ten of its magnitude ("bn" 9), or 0 without one. */
  magnitude: number
  /** Written in digits (not words). */
  digits: boolean
  /** Digits only, a whole number, no separators, no magnitude ("2019", "43"). */
  plainInteger: boolean
  /** A four-digit whole number from 1000 to 2099 without separators: most likely a year. */
  yearLike: boolean
}

/** Whether `token` is on the same line as the token before it, glued or spaced. */
export function near(token: Token): boolean {
  return token.gap !== 'break'
}

/**
 * Whether digit groups separated by "," are a grouped number: 1-3 digits,
 * then groups of 3 (or of 2 then 3, as Indian grouping writes "12,34,567").
 */
function validGrouping(text: string): boolean {
  const groups = text.split(',')
  if (groups.length === 1) return true
  if (groups[0]!.length > 3 || groups[0]!.length === 0) return false
  for (let index = 1; index < groups.length; index++) {
    const group = groups[index]!
    const digits = index === groups.length - 1 ? group.split('.')[0]! : group
    if (
      index === groups.length - 1 ? digits.length !== 3 : digits.length !== 2 && digits.length !== 3
    ) {
      return false
    }
  }
  return true
}

/** The magnitude at token `index` when it may follow the number ending at `index - 1`. */
export function magnitudeAt(
  tokens: readonly Token[],
  index: number,
): {exponent: number; end: number} | undefined {
  let token = tokens[index]
  let at = index
  // "$3-billion": a hyphen glued on both sides.
  if (
    token?.text === '-' &&
    token.gap === 'none' &&
    tokens[index + 1]?.gap === 'none' &&
    tokens[index + 1]!.kind === 'word'
  ) {
    at = index + 1
    token = tokens[at]
  }
  if (token?.kind !== 'word' || !near(token)) return undefined
  const magnitude = magnitudes.get(token.lower)
  if (!magnitude) return undefined
  if (magnitude.glued && (token.gap !== 'none' || at !== index)) return undefined
  return {exponent: magnitude.exponent, end: at + 1}
}

/** Parse a number written in digits at `index`. */
function digitsAt(tokens: readonly Token[], index: number): NumberCore | undefined {
  const token = tokens[index]!
  const text = token.text
  if (text.indexOf('.') !== text.lastIndexOf('.')) return undefined
  if (!validGrouping(text)) return undefined
  const plain = text.replaceAll(',', '')
  // Longer digit strings are identifiers or noise, not amounts.
  if (plain.length > 21) return undefined
  // "020", "0800": codes and telephone numbers, not amounts.
  if (plain.length > 1 && plain[0] === '0' && plain[1] !== '.') return undefined
  let value = decimalFromString(plain)
  let end = index + 1
  // "1 point 5" as speech writes it.
  if (
    !plain.includes('.') &&
    tokens[end]?.lower === 'point' &&
    tokens[end + 1]?.kind === 'number' &&
    /^[0-9]+$/.test(tokens[end + 1]!.text)
  ) {
    value = decimalFromString(`${plain}.${tokens[end + 1]!.text}`)
    end += 2
  }
  let magnitude = 0
  const scale = magnitudeAt(tokens, end)
  if (scale) {
    magnitude = scale.exponent
    value = shiftDecimal(value, magnitude)
    end = scale.end
  }
  const plainInteger = magnitude === 0 && /^[0-9]+$/.test(text) && end === index + 1
  return {
    start: index,
    end,
    value,
    magnitude,
    digits: true,
    plainInteger,
    yearLike: plainInteger && text.length === 4 && text >= '1000' && text <= '2099',
  }
}

function wordAt(tokens: readonly Token[], index: number): Token | undefined {
  const token = tokens[index]
  return token && token.kind === 'word' && near(token) ? token : undefined
}

/** Skip a hyphen glued between two words ("forty-five"). */
function skipHyphen(tokens: readonly Token[], index: number): number {
  const token = tokens[index]
  if (token?.text === '-' && token.gap === 'none' && tokens[index + 1]?.gap === 'none') {
    return index + 1
  }
  return index
}

/** Parse a whole number in words at `index`: "two hundred and fifty thousand". */
function integerWordsAt(
  tokens: readonly Token[],
  index: number,
): {value: bigint; end: number; largest: number} | undefined {
  let total = 0n
  let current = 0n
  let seen = false
  let largest = 0
  let at = index
  let lastEnd = index
  let allowArticle = true
  // Multipliers must shrink after a large one and not repeat ("hundred hundred" ends the number).
  let lastLarge = 100
  let previousWasMultiplier = false
  for (;;) {
    const token = at === index ? tokens[at] : wordAt(tokens, at)
    if (token?.kind !== 'word') break
    const word = token.lower
    const small = smallNumbers.get(word) ?? tens.get(word)
    const multiplier = wordMultipliers.get(word)
    if (small !== undefined) {
      // "twenty one" continues; "five six" does not.
      if (
        seen &&
        current % 100n !== 0n &&
        !(current % 10n === 0n && small < 10 && current % 100n >= 20n)
      ) {
        break
      }
      current += BigInt(small)
      seen = true
    } else if ((word === 'a' || word === 'an') && allowArticle && !seen) {
      // "a million", "a hundred": only before a multiplier.
      const next = wordAt(tokens, at + 1)
      if (!next || (!wordMultipliers.has(next.lower) && next.lower !== 'dozen')) break
      current = 1n
      seen = true
    } else if (word === 'dozen' && seen && current > 0n && current < 100n) {
      // "two dozen", "a dozen": twelve each.
      current *= 12n
    } else if (multiplier !== undefined && seen) {
      if (multiplier === 2 ? previousWasMultiplier : multiplier >= lastLarge) break
      if (multiplier === 2) current = (current === 0n ? 1n : current) * 100n
      else {
        lastLarge = multiplier
        total += (current === 0n ? 1n : current) * 10n ** BigInt(multiplier)
        current = 0n
      }
      largest = Math.max(largest, multiplier)
    } else if (word === 'and' && seen) {
      // "one hundred and fifty": "and" only inside a number.
      const next = wordAt(tokens, at + 1)
      if (!next || (!smallNumbers.has(next.lower) && !tens.has(next.lower))) break
      if (current === 0n && total === 0n) break
      at++
      continue
    } else {
      break
    }
    allowArticle = false
    previousWasMultiplier = multiplier !== undefined
    at++
    lastEnd = at
    at = skipHyphen(tokens, at)
  }
  if (!seen) return undefined
  return {value: total + current, end: lastEnd, largest}
}

/** "of a" / "a" between a fraction and its magnitude ("half a billion", "a quarter of a million"). */
function skipFractionLink(tokens: readonly Token[], index: number): number {
  if (
    wordAt(tokens, index)?.lower === 'of' &&
    ['a', 'an'].includes(wordAt(tokens, index + 1)?.lower ?? '')
  ) {
    return index + 2
  }
  if (['a', 'an'].includes(wordAt(tokens, index)?.lower ?? '')) return index + 1
  return index
}

function largeMultiplierAt(tokens: readonly Token[], index: number): number | undefined {
  const word = wordAt(tokens, index)
  const exponent = word ? wordMultipliers.get(word.lower) : undefined
  return exponent !== undefined && exponent >= 3 ? exponent : undefined
}

/** Parse a number in words at `index`, fractions of magnitudes included. */
function wordsAt(tokens: readonly Token[], index: number): NumberCore | undefined {
  const first = tokens[index]!
  // "half a billion", "(a) quarter (of a) million", "three quarters of a billion".
  let at = index
  let count: Decimal = decimalFromInteger(1)
  if (first.lower === 'a' || first.lower === 'an') at++
  else {
    const numerator = smallNumbers.get(first.lower)
    if (
      numerator !== undefined &&
      fractionWords.has(wordAt(tokens, skipHyphen(tokens, index + 1))?.lower ?? '')
    ) {
      count = decimalFromInteger(numerator)
      at = skipHyphen(tokens, index + 1)
    }
  }
  const fraction = wordAt(tokens, at)
  const fractionValue = fraction ? fractionWords.get(fraction.lower) : undefined
  if (fraction && fractionValue !== undefined) {
    const multiplierIndex = skipFractionLink(tokens, at + 1)
    const exponent = largeMultiplierAt(tokens, multiplierIndex)
    if (exponent !== undefined) {
      const value = shiftDecimal(
        multiplyDecimals(count, decimalFromString(fractionValue)),
        exponent,
      )
      return {
        start: index,
        end: multiplierIndex + 1,
        value,
        magnitude: exponent,
        digits: false,
        plainInteger: false,
        yearLike: false,
      }
    }
  }
  const integer = integerWordsAt(tokens, index)
  if (!integer) return undefined
  let value: Decimal = decimalFromInteger(integer.value)
  let end = integer.end
  let magnitude = integer.largest >= 3 ? integer.largest : 0
  // "one and a half million".
  if (
    wordAt(tokens, end)?.lower === 'and' &&
    ['a', 'an'].includes(wordAt(tokens, end + 1)?.lower ?? '') &&
    wordAt(tokens, end + 2)?.lower === 'half'
  ) {
    const exponent = largeMultiplierAt(tokens, end + 3)
    if (exponent !== undefined && integer.largest < 3) {
      value = shiftDecimal(addDecimals(value, decimalFromString('0.5')), exponent)
      return {
        start: index,
        end: end + 4,
        value,
        magnitude: exponent,
        digits: false,
        plainInteger: false,
        yearLike: false,
      }
    }
  }
  // "one point three".
  if (wordAt(tokens, end)?.lower === 'point' && integer.largest === 0) {
    let digits = ''
    let at2 = end + 1
    for (;;) {
      const word = wordAt(tokens, at2)
      const digit = word ? smallNumbers.get(word.lower) : undefined
      if (digit === undefined || digit > 9) break
      digits += String(digit)
      at2++
    }
    if (digits) {
      value = decimalFromString(`${integer.value}.${digits}`)
      end = at2
    }
  }
  // "two million", already in; a short magnitude after words ("five bn") too.
  if (magnitude === 0) {
    const scale = magnitudeAt(tokens, end)
    if (scale && !tokens[end]!.text.match(/^[a-z]$/i)) {
      magnitude = scale.exponent
      value = shiftDecimal(value, magnitude)
      end = scale.end
    }
  }
  return {start: index, end, value, magnitude, digits: false, plainInteger: false, yearLike: false}
}

/** The number core starting at token `index`, if one does. */
export function numberAt(tokens: readonly Token[], index: number): NumberCore | undefined {
  const token = tokens[index]!
  if (token.kind === 'number') return digitsAt(tokens, index)
  if (token.kind === 'word') return wordsAt(tokens, index)
  return undefined
}
