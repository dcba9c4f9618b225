import {readFileSync} from 'node:fs'
import {expect} from 'vitest'

/** The golden fixture: the seed article exactly as scraped. */
export const seedArticle = readFileSync(
  new URL('fixtures/seed-article.txt', import.meta.url),
  'utf8',
)

interface Positioned {
  text: string
  position: {
    start: {line: number; column: number; offset?: number}
    end: {line: number; column: number; offset?: number}
  }
}

/** Assert that every item's `text` is the slice of `input` its position points at, and line/column agree. */
export function expectTruePositions(input: string, items: readonly Positioned[]): void {
  for (const item of items) {
    const {start, end} = item.position
    expect(start.offset, 'start offset').toBeTypeOf('number')
    expect(end.offset, 'end offset').toBeTypeOf('number')
    expect(input.slice(start.offset, end.offset)).toBe(item.text)
    expect(start, 'start point').toEqual(pointAt(input, start.offset!))
    expect(end, 'end point').toEqual(pointAt(input, end.offset!))
  }
}

/** The unist point at `offset`, computed the slow, obvious way. */
export function pointAt(
  input: string,
  offset: number,
): {line: number; column: number; offset: number} {
  let line = 1
  let column = 1
  for (let index = 0; index < offset; index++) {
    const char = input[index]
    if (char === '\r' && input[index + 1] === '\n') {
      index++
      if (index >= offset) {
        column++
        break
      }
      line++
      column = 1
    } else if (char === '\n' || char === '\r') {
      line++
      column = 1
    } else {
      column++
    }
  }
  return {line, column, offset}
}
