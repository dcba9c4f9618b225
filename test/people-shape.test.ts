/**
 * The people matchers' word shapes: the hand-written scan of ASCII words must
 * tell capitalised words and initials exactly as the patterns it stands in
 * for, checked on a table of cases and on random ASCII words.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {asciiShape} from '../src/people/tokens.js'

// The patterns the scan replaces (the shapes of words that start with no lower-case letter or digit).
const capitalised = /^\p{Lu}.*\p{Ll}/u
const digit = /\d/
const initials = /^(?:\p{Lu}\.?){1,3}$/u

function referenceShape(word: string): string {
  if (capitalised.test(word) && !digit.test(word)) return 'capitalised'
  if (initials.test(word)) return 'initials'
  return 'other'
}

describe('asciiShape', () => {
  it.each([
    ['Okafor', 'capitalised'],
    ['McDonald', 'capitalised'],
    ["O'Brien", 'capitalised'],
    ['Vice-President', 'capitalised'],
    ['J.', 'initials'],
    ['J.D.', 'initials'],
    ['U.S.', 'initials'],
    ['JD', 'initials'],
    ['W', 'initials'],
    ['NHS', 'initials'],
    ['NATO', 'other'],
    ['A.B.C.D.', 'other'],
    ['J..', 'other'],
    ['G7', 'other'],
    ['Covid19', 'other'],
    ['#Tag', 'other'],
    ['$5', 'other'],
    ['J.d.', 'capitalised'],
  ])('%s is %s', (word, shape) => {
    expect(asciiShape(word)).toBe(shape)
    expect(referenceShape(word)).toBe(shape)
  })

  it('leaves words with other characters to the patterns', () => {
    expect(asciiShape('Zoë')).toBeUndefined()
    expect(asciiShape('É.U.')).toBeUndefined()
    expect(asciiShape('A\nB')).toBeUndefined()
  })

  it('agrees with the patterns on random ASCII words', () => {
    const character = fc.constantFrom(..."ABJKUZabjz09.-'&#_ ".split(''))
    const word = fc
      .tuple(fc.constantFrom(...'ABJUZ.#-0'.split('')), fc.array(character, {maxLength: 7}))
      .map(([first, rest]) => first + rest.join(''))
    fc.assert(
      fc.property(word, (value) => {
        expect(asciiShape(value)).toBe(referenceShape(value))
      }),
      {numRuns: 5000},
    )
  })
})
