import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {startWords} from '../src/amounts/matchers.js'
import {peopleLexicon} from '../src/people/lexicon.js'
import {WordFilter} from '../src/util/word-filter.js'

describe('WordFilter', () => {
  const filter = new WordFilter(['he', 'she', 'herself', 'von'])

  it.each([
    ['he', true],
    ['she', true],
    ['herself', true],
    ['von', true],
    // Same first and last letters and length as a member: let through, the set decides.
    ['hx', false],
    ['se', false],
    ['sue', true],
    // First letter of one word of three letters ("she"), last of another ("von"): no word has both.
    ['sen', false],
    ['say', false],
    ['said', false],
    ['himself', true],
    ['the', false],
    ['', false],
  ])('%j may be in the set: %s', (word, expected) => {
    expect(filter.mayHave(word)).toBe(expected)
  })

  it('reset makes it the filter of the new words only', () => {
    const reused = new WordFilter(['he', 'she'])
    expect(reused.reset(['von'])).toBe(reused)
    expect(reused.mayHave('von')).toBe(true)
    expect(reused.mayHave('she')).toBe(false)
    expect(reused.mayHave('he')).toBe(false)
    // Few letters and short words, so that first and last letters collide often.
    const word = fc
      .array(fc.constantFrom('a', 'b', 'c'), {minLength: 1, maxLength: 3})
      .map((letters) => letters.join(''))
    fc.assert(
      fc.property(fc.array(word), fc.array(word), word, (before, after, probe) => {
        expect(new WordFilter(before).reset(after).mayHave(probe)).toBe(
          new WordFilter(after).mayHave(probe),
        )
      }),
    )
  })

  it('lets through exactly the words with the length, first and last letters of a member', () => {
    const word = fc
      .array(fc.constantFrom('a', 'b', 'c', 'd'), {minLength: 1, maxLength: 4})
      .map((letters) => letters.join(''))
    const signature = (text: string) => `${text.length} ${text[0]} ${text.at(-1)}`
    fc.assert(
      fc.property(fc.array(word), word, (words, probe) => {
        const expected = words.some((member) => signature(member) === signature(probe))
        expect(new WordFilter(words).mayHave(probe)).toBe(expected)
      }),
    )
  })

  it('never turns away a word of the set', () => {
    const lexicon = peopleLexicon()
    for (const words of [startWords, lexicon.particles, [...lexicon.pronouns.keys()]]) {
      const wordFilter = new WordFilter(words)
      for (const word of words) expect(wordFilter.mayHave(word)).toBe(true)
    }
    fc.assert(
      fc.property(fc.array(fc.string({minLength: 1, maxLength: 40}), {minLength: 1}), (words) => {
        const wordFilter = new WordFilter(words)
        for (const word of words) expect(wordFilter.mayHave(word)).toBe(true)
      }),
    )
  })
})
