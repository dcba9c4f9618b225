/**
 * Line breaks, as the parse finds them: the locator that turns offsets into
 * unist points for every position nutgraf reports, the breaks that cut the
 * text into lines and the blank lines that tell paragraphs ("\r\n", "\r"
 * and "\n", as parse-latin counts them). Checked on tables of cases and on
 * random text against a count of the characters one by one and against
 * the regular expressions they stand for.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {createLocator, forEachLineBreak} from '../src/parse/location.js'
import {hasBlankLine} from '../src/parse/segment.js'

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

/** Random text of letters, spaces, tabs and line breaks of every kind. */
const breaksText = fc
  .array(fc.constantFrom('a', ' ', '\t', '\r', '\n', '\r\n', '\n\n', '\r\r'), {maxLength: 40})
  .map((pieces) => pieces.join(''))

describe('forEachLineBreak', () => {
  const breaks = (text: string) => {
    const found: Array<[number, number]> = []
    forEachLineBreak(text, (start, end) => {
      found.push([start, end])
    })
    return found
  }

  it.each([
    ['none', 'Shares rose.', []],
    [
      'LF and CRLF',
      'a\nb\r\nc',
      [
        [1, 2],
        [3, 5],
      ],
    ],
    [
      'CR then LF: two',
      'a\n\rb',
      [
        [1, 2],
        [2, 3],
      ],
    ],
    [
      'CR CR LF: two',
      '\r\r\n',
      [
        [0, 1],
        [1, 3],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(breaks(text)).toEqual(expected)
  })

  it('finds what /\\r\\n|\\r|\\n/g finds, on random text', () => {
    fc.assert(
      fc.property(breaksText, (text) => {
        const expected = [...text.matchAll(/\r\n|\r|\n/g)].map((match) => [
          match.index,
          match.index + match[0].length,
        ])
        expect(breaks(text)).toEqual(expected)
      }),
      {numRuns: 500},
    )
  })
})

describe('hasBlankLine', () => {
  it.each([
    ['one line', 'Shares rose.', false],
    ['one break', 'Shares rose.\nRates fell.', false],
    ['a blank line', 'Shares rose.\n\nRates fell.', true],
    ['spaces and a tab on the blank line', 'Shares rose.\n \t \nRates fell.', true],
    ['CRLF twice', 'Shares rose.\r\n\r\nRates fell.', true],
    ['CRLF once', 'Shares rose.\r\nRates fell.', false],
    ['CR twice', 'Shares rose.\r\rRates fell.', true],
    ['CR then CRLF', 'Shares rose.\r\r\nRates fell.', false],
    ['a letter on the line between', 'Shares rose.\n.\nRates fell.', false],
  ])('%s', (_name, text, expected) => {
    expect(hasBlankLine(text)).toBe(expected)
  })

  it('answers as /\\n[ \\t]*\\r?\\n|\\r[ \\t]*\\r(?!\\n)/ does, on random text', () => {
    fc.assert(
      fc.property(breaksText, (text) => {
        expect(hasBlankLine(text)).toBe(/\n[ \t]*\r?\n|\r[ \t]*\r(?!\n)/.test(text))
      }),
      {numRuns: 1000},
    )
  })
})
