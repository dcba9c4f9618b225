/**
 * The locator that turns offsets into unist points for every position
 * nutgraf reports: line breaks are "\r\n", "\r" and "\n", as parse-latin
 * counts them, checked on a table of cases and on random text against a
 * count of the characters one by one.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLocator} from '../src/parse/location.js'

/**
 * The line and column of every offset of `text` (and of its end), counted a
 * character at a time: "\r\n" is one break, after its "\n" (the offset of
 * that "\n" is on the line of the "\r", one column on; no token starts or
 * ends there).
 */
function expectedPoints(text: string): Array<[number, number]> {
  const points: Array<[number, number]> = []
  let line = 1
  let column = 1
  for (let offset = 0; offset <= text.length; offset++) {
    points.push([line, column])
    const char = text[offset]
    if (char === '\n' || (char === '\r' && text[offset + 1] !== '\n')) {
      line++
      column = 1
    } else column++
  }
  return points
}

function actualPoints(text: string): Array<[number, number]> {
  const locator = createLocator(text)
  return Array.from({length: text.length + 1}, (_, offset) => {
    const point = locator.point(offset)
    expect(point.offset).toBe(offset)
    return [point.line, point.column] as [number, number]
  })
}

describe('createLocator', () => {
  it.each([
    ['no line break', 'Shares rose.'],
    ['empty text', ''],
    ['LF', 'Shares rose.\nRates fell.\n'],
    ['CRLF', 'Shares rose.\r\nRates fell.\r\n\r\nTalks end.'],
    ['CR', 'Shares rose.\rRates fell.'],
    ['LF CR: two breaks', 'Shares rose.\n\rRates fell.'],
    ['CR CR LF: two breaks', 'Shares rose.\r\r\nRates fell.'],
    ['breaks at both ends', '\r\nShares rose.\r'],
  ])('%s', (_name, text) => {
    expect(actualPoints(text)).toEqual(expectedPoints(text))
  })

  it('counts lines and columns as a character-by-character count does, on random text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', ' ', '\r', '\n', '\r\n', 'é')), (pieces) => {
        const text = pieces.join('')
        expect(actualPoints(text)).toEqual(expectedPoints(text))
      }),
      {numRuns: 300},
    )
  })
})
