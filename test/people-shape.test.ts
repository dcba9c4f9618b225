/**
 * The people matchers' word shapes and endings: the hand-written scan of
 * ASCII words and the suffix checks must tell capitalised words, initials,
 * descriptors and abstract nouns exactly as the patterns they stand in for,
 * checked on tables of cases and on random words.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {hasDescriptorSuffix, isAbstractNoun} from '../src/people/candidates.js'
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

// The end-anchored patterns that the suffix checks stand in for.
const descriptorPattern = /(?:ist|ists|ism|ian|ians|tion|ment|ness|ity|ogy|ics|ship)$/
const abstractPattern = /(?:tion|sion|ment|ity|ogy|ics|ism|ship)$/

describe('descriptor and abstract-noun endings', () => {
  it.each([
    ['socialist', true, false],
    ['christians', true, false],
    ['leadership', true, true],
    ['election', true, true],
    ['television', false, true],
    ['politics', true, true],
    ['darkness', true, false],
    ['kardashian', true, false],
    ['smith', false, false],
    ['ist', true, false],
    ['', false, false],
  ])('%j: descriptor %s, abstract noun %s', (key, descriptor, abstract) => {
    expect(hasDescriptorSuffix(key)).toBe(descriptor)
    expect(isAbstractNoun(key)).toBe(abstract)
  })

  it('agree with the patterns on random words', () => {
    const word = fc
      .array(fc.constantFrom(...'aceghilmnopstyz'.split('')), {maxLength: 9})
      .map((letters) => letters.join(''))
    fc.assert(
      fc.property(word, (value) => {
        expect(hasDescriptorSuffix(value)).toBe(descriptorPattern.test(value))
        expect(isAbstractNoun(value)).toBe(abstractPattern.test(value))
      }),
      {numRuns: 20000},
    )
  })
})
