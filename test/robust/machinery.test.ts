/**
 * The robustness machinery itself, before the extractors land: a stand-in
 * module with every documented function (results built from parseArticle's
 * sentences, in the documented shapes) passes every check, and each kind of
 * broken result is caught with a message that names it.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {Article} from '../../src/index.js'
import {nutgraf} from '../nutgraf.js'
import {newsText} from './arbitraries.js'
import {checkAll} from './invariants.js'
import {presentTargets, targets} from './targets.js'

type Mutilate = (
  items: Array<{text: string; position: Article['blocks'][number]['position']}>,
) => void

/** A module with every documented function; `mutilate` breaks the quotes it returns. */
function standIn(mutilate: Mutilate = () => {}) {
  const toArticle = (input: unknown) =>
    typeof input === 'string' ? nutgraf.parseArticle(input) : (input as Article)
  const copy = <T>(value: T): T => structuredClone(value)
  const extractQuotes = (input: unknown) => {
    const article = toArticle(input)
    const quotes = article.sentences.map((sentence) => ({
      text: sentence.text,
      kind: 'direct' as const,
      speaker: {name: 'Jane Smith', mention: sentence.text, position: copy(sentence.position)},
      cue: null,
      position: copy(sentence.position),
    }))
    mutilate(quotes)
    return quotes
  }
  const extractAmounts = (input: unknown) =>
    toArticle(input).blocks.map((block) => ({
      text: block.text,
      kind: 'quantity' as const,
      value: block.text.length,
      position: copy(block.position),
    }))
  const extractPeople = (input: unknown) => {
    const article = toArticle(input)
    return article.sentences.length === 0
      ? []
      : [
          {
            name: 'Jane Smith',
            roles: [],
            mentions: article.sentences.map((sentence) => ({
              text: sentence.text,
              kind: 'name' as const,
              position: copy(sentence.position),
            })),
          },
        ]
  }
  const summarize = (input: unknown) => {
    const sentences = toArticle(input)
      .sentences.slice(0, 3)
      .map((sentence) => ({text: sentence.text, position: copy(sentence.position), score: 1}))
    return {text: sentences.map((sentence) => sentence.text).join(' '), sentences}
  }
  const analyze = (input: unknown) => {
    const article = toArticle(input)
    return {
      quotes: extractQuotes(article),
      amounts: extractAmounts(article),
      people: extractPeople(article),
      summary: summarize(article),
    }
  }
  return {
    parseArticle: nutgraf.parseArticle,
    extractQuotes,
    extractAmounts,
    extractPeople,
    summarize,
    analyze,
  }
}

const input = '“We agreed,” she said.\r\nShares rose 3%.\n\nBy Jane Smith\n😀 Talks end.'

describe('the robustness machinery', () => {
  it('finds every documented function of a complete module', () => {
    expect(presentTargets(standIn()).map(({target}) => target.name)).toEqual(
      targets
        .map((target) => target.name)
        .filter((name) => name !== 'retextNutgraf' && name !== 'toHtml'),
    )
  })

  it('passes a module whose results are all true', () => {
    fc.assert(
      fc.property(newsText, (text) => checkAll(standIn(), text)),
      {numRuns: 25},
    )
  })

  it.each<[string, Mutilate, string]>([
    [
      'a text that is not the slice',
      (quotes) => {
        quotes[0]!.text += 'x'
      },
      'extractQuotes: quotes[0]: text',
    ],
    [
      'an offset past the end',
      (quotes) => {
        quotes[0]!.position.end.offset = 10_000
      },
      'not inside the input',
    ],
    [
      'a column that disagrees with the offset',
      (quotes) => {
        quotes[1]!.position.start.column += 1
      },
      'extractQuotes: quotes[1]: start',
    ],
    ['results out of text order', (quotes) => quotes.reverse(), 'not in text order'],
    [
      'a speaker mention that is not its slice',
      (quotes) => {
        ;(quotes[0] as unknown as {speaker: {mention: string}}).speaker.mention = 'she'
      },
      'quotes[0].speaker',
    ],
  ])('catches %s', (_name, mutilate, message) => {
    expect(() => checkAll(standIn(mutilate), input)).toThrow(message)
  })

  it('catches a result that differs between two calls', () => {
    let calls = 0
    const module = {...standIn(), summarize: () => ({text: '', sentences: [], calls: calls++})}
    expect(() => checkAll(module, input)).toThrow('summarize: two calls on the same string differ')
  })

  it('catches a result that differs between a string and its Article', () => {
    const module = standIn()
    const amounts = module.extractAmounts
    module.extractAmounts = (value: unknown) => (typeof value === 'string' ? amounts(value) : [])
    expect(() => checkAll(module, input)).toThrow(
      'extractAmounts: the result on an Article differs',
    )
  })

  it('catches a function that changes the Article it is given', () => {
    const module = standIn()
    module.extractPeople = (value: unknown) => {
      if (typeof value !== 'string') (value as Article).blocks.pop()
      return []
    }
    expect(() => checkAll(module, input)).toThrow('extractPeople: changed the Article')
  })

  it('catches a throw on valid input, and a result of the wrong shape', () => {
    const module = standIn()
    module.summarize = (() => {
      throw new RangeError('boom')
    }) as never
    expect(() => checkAll(module, input)).toThrow(
      'summarize threw on valid input: RangeError: boom',
    )
    const other = {...standIn(), extractAmounts: () => 'none'}
    expect(() => checkAll(other as never, input)).toThrow('amounts: expected an array')
  })
})
