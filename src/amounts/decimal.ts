/**
 * Exact decimal arithmetic for amounts: a value is an integer times a power
 * of ten, so scaling by a magnitude shifts the exponent and never rounds
 * ("16.4m" is 164 x 10^5, read back as exactly 16400000).
 */

/** `digits x 10^exponent`. */
export interface Decimal {
  digits: bigint
  exponent: number
}

/** The decimal written as plain digits with at most one point ("1,234.50" without commas). */
export function decimalFromString(text: string): Decimal {
  const point = text.indexOf('.')
  if (point === -1) return {digits: BigInt(text), exponent: 0}
  const whole = text.slice(0, point)
  const fraction = text.slice(point + 1)
  return {digits: BigInt(whole + fraction), exponent: -fraction.length}
}

/** The decimal of a small integer. */
export function decimalFromInteger(value: number | bigint): Decimal {
  return {digits: BigInt(value), exponent: 0}
}

/** `value x 10^shift`. */
export function shiftDecimal(value: Decimal, shift: number): Decimal {
  return {digits: value.digits, exponent: value.exponent + shift}
}

/** `a + b`, exactly. */
export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const exponent = Math.min(a.exponent, b.exponent)
  return {digits: align(a, exponent) + align(b, exponent), exponent}
}

/** `a x b`, exactly. */
export function multiplyDecimals(a: Decimal, b: Decimal): Decimal {
  return {digits: a.digits * b.digits, exponent: a.exponent + b.exponent}
}

/** `-value`. */
export function negateDecimal(value: Decimal): Decimal {
  return {digits: -value.digits, exponent: value.exponent}
}

/** Whether `value` is a whole number. */
export function isWholeDecimal(value: Decimal): boolean {
  if (value.exponent >= 0) return true
  return value.digits % 10n ** BigInt(-value.exponent) === 0n
}

/** `a < b`. */
export function lessThan(a: Decimal, b: Decimal): boolean {
  const exponent = Math.min(a.exponent, b.exponent)
  return align(a, exponent) < align(b, exponent)
}

/**
 * The nearest JavaScript number: the decimal is printed in exponent notation
 * and parsed once, which rounds correctly (no repeated float multiplication).
 */
export function decimalToNumber(value: Decimal): number {
  return Number(`${value.digits}e${value.exponent}`)
}

function align(value: Decimal, exponent: number): bigint {
  return value.digits * 10n ** BigInt(value.exponent - exponent)
}
