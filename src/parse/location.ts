import type {Point, Position} from 'unist'
import type {Article} from '../types.js'

/**
 * Maps offsets in a string to unist points (1-based line and column, 0-based
 * offset). Line breaks are `\r\n`, `\r` and `\n`, as parse-latin counts them.
 */
export interface Locator {
  /** The point at `offset`. */
  point(offset: number): Point
  /** The position from `start` to `end` (end exclusive). */
  position(start: number, end: number): Position
}

/**
 * Call `found` with the start and end of every line break of `text`, in
 * order: "\r\n" is one break, a lone "\r" or "\n" another, as parse-latin
 * counts them. The breaks are found with `indexOf`, the engine's search, far
 * faster than a loop over the characters of a text with few line breaks.
 */
export function forEachLineBreak(text: string, found: (start: number, end: number) => void): void {
  // The next \r and the next \n at or after where the search is (-1: none left).
  let nextReturn = text.indexOf('\r')
  let nextFeed = text.indexOf('\n')
  while (nextReturn !== -1 || nextFeed !== -1) {
    let start: number
    let end: number
    if (nextReturn !== -1 && (nextFeed === -1 || nextReturn < nextFeed)) {
      start = nextReturn
      end = start + 1
      if (nextFeed === end) {
        end++
        nextFeed = text.indexOf('\n', end)
      }
      nextReturn = text.indexOf('\r', end)
    } else {
      start = nextFeed
      end = start + 1
      nextFeed = text.indexOf('\n', end)
    }
    found(start, end)
  }
}

/**
 * Build a {@link Locator} for `text`: the line starts (see
 * {@link forEachLineBreak}), then a binary search a lookup.
 */
export function createLocator(text: string): Locator {
  const lineStarts: number[] = [0]
  forEachLineBreak(text, (_start, end) => {
    lineStarts.push(end)
  })

  function point(offset: number): Point {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }

  return {
    point,
    position(start, end) {
      return {start: point(start), end: point(end)}
    },
  }
}

/** One locator an Article, shared by parseArticle and every extractor. */
const locators = new WeakMap<Article, Locator>()

/**
 * The {@link Locator} of an Article's text: the one `parseArticle` built, or
 * a new one for an Article made elsewhere. Cached, so that extractors run on
 * the same Article do not scan its text for line starts again.
 */
export function locatorOf(article: Article): Locator {
  let locator = locators.get(article)
  if (!locator) {
    locator = createLocator(article.text)
    locators.set(article, locator)
  }
  return locator
}

/** Remember the locator built while parsing `article` (see {@link locatorOf}). */
export function rememberLocator(article: Article, locator: Locator): void {
  locators.set(article, locator)
}
