// The ROUGE scorer of `npm run eval` (scripts/eval/rouge.ts), on examples
// small enough to count by hand.
import {describe, expect, it} from 'vitest'
import {rouge, rougeLSummary, rougeN, rougeTokens} from '../scripts/eval/rouge.js'

const exceptions = new Map([
  ['children', 'child'],
  ['ran', 'run'],
])

const words = (text: string) => text.split(' ')

describe('rougeTokens', () => {
  it.each([
    // Lower-case; anything outside a-z0-9 splits; > 3 chars stemmed, exceptions first.
    ['The Children RAN-home, happily!', ['the', 'child', 'ran', 'home', 'happili']],
    ['ponies: 2,000 of them', ['poni', '2', '000', 'of', 'them']],
    ["Bob's cats' bowls", ['bob', 's', 'cat', 'bowl']],
    ['  ', []],
  ])('%j -> %j', (text, expected) => {
    expect(rougeTokens(text, exceptions)).toEqual(expected)
  })
})

describe('rougeN', () => {
  const candidate = words('the cat sat on the mat')
  const reference = words('the cat lay on the mat')

  it('clips unigram matches by count (5 of 6 on both sides)', () => {
    expect(rougeN(candidate, reference, 1)).toEqual({
      precision: 5 / 6,
      recall: 5 / 6,
      f1: expect.closeTo(5 / 6, 10),
    })
  })

  it('counts bigrams (3 of 5: "the cat", "on the", "the mat")', () => {
    const score = rougeN(candidate, reference, 2)
    expect(score.precision).toBe(3 / 5)
    expect(score.recall).toBe(3 / 5)
  })

  it('clips a repeated word to the reference count', () => {
    // Candidate "the the the" against "the cat": 1 hit; P 1/3, R 1/2, F1 0.4.
    const score = rougeN(words('the the the'), words('the cat'), 1)
    expect(score.precision).toBe(1 / 3)
    expect(score.recall).toBe(1 / 2)
    expect(score.f1).toBeCloseTo(0.4, 10)
  })

  it('is zero with an empty side', () => {
    expect(rougeN([], reference, 1)).toEqual({precision: 0, recall: 0, f1: 0})
    expect(rougeN(candidate, [], 2).f1).toBe(0)
  })
})

describe('rougeLSummary', () => {
  it("takes the union LCS over candidate sentences (Lin 2004's example: 4 of 5, 4 of 10)", () => {
    // LCS(r, c1) = a b; LCS(r, c2) = a c e; union = a b c e.
    const score = rougeLSummary([words('a b f g h'), words('a c h i e')], [words('a b c d e')])
    expect(score.recall).toBe(4 / 5)
    expect(score.precision).toBe(4 / 10)
    expect(score.f1).toBeCloseTo((2 * 0.8 * 0.4) / 1.2, 10)
  })

  it('counts a token only while both sides have it left', () => {
    // Both reference sentences match "a b", but the candidate has one of each.
    const score = rougeLSummary([words('a b')], [words('a b'), words('a b')])
    expect(score.recall).toBe(2 / 4)
    expect(score.precision).toBe(1)
  })

  it('differs from sentence-level LCS on reordered sentences', () => {
    // Joined, "c d a b" vs "a b c d" has an LCS of 2; per sentence both match fully.
    const score = rougeLSummary([words('c d'), words('a b')], [words('a b'), words('c d')])
    expect(score.f1).toBe(1)
  })
})

describe('rouge', () => {
  it('scores sentences end to end, bigrams across the sentence joins', () => {
    const scores = rouge(['x ran.', 'Home y'], ['Ran home'], exceptions)
    // Tokens: candidate [x, ran, home, y] (ran is 3 chars: not stemmed), reference [ran, home].
    expect(scores.rouge1.recall).toBe(1)
    expect(scores.rouge1.precision).toBe(2 / 4)
    expect(scores.rouge2.recall).toBe(1)
    expect(scores.rouge2.precision).toBe(1 / 3)
    // Summary-level LCS: "ran" from the first sentence, "home" from the second.
    expect(scores.rougeL.recall).toBe(1)
  })
})
