/**
 * Property tests: for every exported function and any text, no throw, true
 * positions in text order, determinism, the same result on a string and on
 * its Article, and an Article left unchanged. Bounded runs keep `npm test`
 * fast; `npm run fuzz` runs the same checks for as long as you like.
 */
import {isDeepStrictEqual} from 'node:util'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {pointAt} from '../helpers.js'
import {nutgraf} from '../nutgraf.js'
import {anyText, longBlockText, newsText, pollutedText, rawText} from './arbitraries.js'
import {callSafely, checkAll, checkPositions, checkTarget} from './invariants.js'
import {referencePoints} from './points.js'
import {presentTargets} from './targets.js'

const runs = 150
const present = presentTargets(nutgraf)

describe('the reference point finder', () => {
  it('agrees with the slow, obvious pointAt of test/helpers.ts', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const points = referencePoints(input)
        for (let offset = 0; offset <= input.length; offset++) {
          expect(points(offset)).toEqual(pointAt(input, offset))
        }
      }),
      {numRuns: 100},
    )
  })

  it('catches a wrong text, a wrong column and a wrong order', () => {
    const input = 'ab\r\ncd'
    const point = referencePoints(input)
    const item = (from: number, to: number, text = input.slice(from, to)) => ({
      path: `item ${from}`,
      item: {text, position: {start: point(from), end: point(to)}},
    })
    const check = (items: ReturnType<typeof item>[]) => () =>
      checkPositions('f', input, {lists: [{path: 'list', items}]})
    expect(check([item(0, 2), item(4, 6)])).not.toThrow()
    expect(check([item(0, 2, 'ax')])).toThrow('text "ax"')
    expect(
      check([
        {
          ...item(4, 6),
          item: {text: 'cd', position: {start: {line: 1, column: 5, offset: 4}, end: point(6)}},
        },
      ]),
    ).toThrow('start 1:5')
    expect(check([item(4, 6), item(0, 2)])).toThrow('not in text order')
    expect(check([item(4, 9)])).toThrow('not inside the input')
  })
})

describe.each(present.map(({target, fn}) => [target.name, target, fn] as const))(
  'robustness of %s',
  (name, target, fn) => {
    it.each([
      ['news-like text', newsText],
      ['raw unicode', rawText],
      ['news text with raw characters', pollutedText],
    ] as const)('never throws and gives true positions in text order on %s', (_kind, text) => {
      fc.assert(
        fc.property(text, (input) => {
          const result = callSafely(name, () => target.onString(fn, input))
          checkPositions(name, input, target.collect(result, input))
          target.check?.(result, input)
        }),
        {numRuns: runs},
      )
    })

    it('never throws and gives true positions on blocks long enough to be parsed in pieces', () => {
      fc.assert(
        fc.property(longBlockText, (input) => {
          const result = callSafely(name, () => target.onString(fn, input))
          checkPositions(name, input, target.collect(result, input))
          target.check?.(result, input)
        }),
        {numRuns: 25},
      )
    })

    it('is deterministic, and gives the same result on a string and on its Article', () => {
      fc.assert(
        fc.property(anyText, (input) => {
          checkTarget(target, fn, input, nutgraf.parseArticle(input))
        }),
        {numRuns: runs},
      )
    })

    it('leaves the Article it is given unchanged', () => {
      fc.assert(
        fc.property(anyText, (input) => {
          const article = nutgraf.parseArticle(input)
          target.onArticle?.(fn, article)
          expect(isDeepStrictEqual(article, nutgraf.parseArticle(input))).toBe(true)
        }),
        {numRuns: 50},
      )
    })

    it.each(target.goodOptions.map((options) => [JSON.stringify(options) ?? 'undefined', options]))(
      'accepts the options %s and keeps positions true',
      (_label, options) => {
        fc.assert(
          fc.property(newsText, (input) => {
            const result = callSafely(name, () => target.onString(fn, input, options))
            checkPositions(name, input, target.collect(result, input))
            target.check?.(result, input, options)
          }),
          {numRuns: 30},
        )
      },
    )
  },
)

describe('all functions together (what npm run fuzz runs)', () => {
  it('hold every property on any text', () => {
    fc.assert(
      fc.property(anyText, (input) => checkAll(nutgraf, input)),
      {numRuns: runs},
    )
  })
})
