import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {givenNameGender, Kind, peopleLexicon} from '../src/people/lexicon.js'
import {WordTable} from '../src/util/word-table.js'

describe('WordTable', () => {
  const table = new WordTable(
    new Map([
      ['ann', 1],
      ['anne', 2],
      ['new york', 4],
      ['okafor', 3],
      ['zero', 0],
      ['émile', 5],
    ]),
  )

  it.each([
    ['ann', 1],
    ['anne', 2],
    ['new york', 4],
    ['okafor', 3],
    ['émile', 5],
    // Left out: a value of 0 is no entry.
    ['zero', 0],
    // Prefixes, extensions and other cases of entries are other words.
    ['an', 0],
    ['annes', 0],
    ['Ann', 0],
    ['new', 0],
    ['emile', 0],
    ['', 0],
  ])('%j gives %d', (word, expected) => {
    expect(table.get(word)).toBe(expected)
  })

  it.each([2 ** 31, 2 ** 32, 0.5, Number.NaN])(
    'refuses the value %d, which no slot can hold',
    (value) => {
      expect(() => new WordTable(new Map([['ann', value]]))).toThrow(RangeError)
    },
  )

  it('gives what a Map gives, on any words', () => {
    // Short words of few letters, so that probes often are, or nearly are, entries.
    const word = fc
      .array(fc.constantFrom('a', 'b', 'é', ' ', '-'), {minLength: 0, maxLength: 5})
      .map((letters) => letters.join(''))
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.integer({min: 1, max: 2 ** 22}))),
        fc.array(fc.oneof(word, fc.string({maxLength: 12}))),
        (entries, probes) => {
          const map = new Map(entries)
          const words = new WordTable(map)
          for (const probe of [...map.keys(), ...probes]) {
            expect(words.get(probe)).toBe(map.get(probe) ?? 0)
          }
        },
      ),
    )
  })

  it('holds every word of the people lists, with its kinds', () => {
    const lexicon = peopleLexicon()
    const lists: Array<[Iterable<string>, number]> = [
      [lexicon.givenNames.keys(), Kind.givenName],
      [lexicon.honorifics.keys(), Kind.honorific],
      [lexicon.roleHeads, Kind.roleHead],
      [lexicon.places, Kind.place],
      [lexicon.organisationNames, Kind.organisationName],
      [lexicon.functionWords, Kind.functionWord],
      [lexicon.personVerbs, Kind.personVerb],
    ]
    for (const [words, kind] of lists) {
      for (const word of words) expect(lexicon.kinds.get(word) & kind).toBe(kind)
    }
    // Words of no list.
    for (const word of ['okafor', 'zxqv', 'quickly', 'oxygen', 'john smith']) {
      expect(lexicon.kinds.get(word)).toBe(0)
    }
  })

  it('tells the gender of every given name as the name list does', () => {
    const lexicon = peopleLexicon()
    for (const [name, gender] of lexicon.givenNames) {
      expect(givenNameGender(lexicon.kinds.get(name))).toBe(gender)
    }
    expect(givenNameGender(lexicon.kinds.get('minister'))).toBeUndefined()
    expect(givenNameGender(lexicon.kinds.get('zxqv'))).toBeUndefined()
  })
})
