/**
 * The quote-mark pairing scanner: one linear pass over a block's text that
 * pairs opening and closing marks and tells apostrophes from single quotes.
 */

/** A run of quoted words found by {@link scanMarks}, offsets into the whole input. */
export interface MarkedSpan {
  /** Offset of the opening mark (or of the block start when the mark is missing). */
  open: number
  /** Offset after the closing mark, or the block end when the quote is unclosed. */
  close: number
  /** Start of the quoted words (after the mark and white space). */
  start: number
  /** End of the quoted words (before white space, a trailing comma and the mark). */
  end: number
  /** Whether a closing mark was found in the block. */
  closed: boolean
  /** `double` for “ ” " „ « » and ``...'', `single` for ‘ ’ ' as the outer marks. */
  style: 'double' | 'single'
}

const hasLetterOrDigit = /[\p{L}\p{N}]/u

/** A quotation mark or apostrophe: " ' ‘ ’ “ ” „ « » (not the low single marks ‚ ‛), or a backtick (``). */
const markPattern = /["'`\u2018\u2019\u201C-\u201E\u00AB\u00BB]/g

/**
 * Where the mark search of a text stands: the first mark at or after `from`
 * is at `found` (-1: none). One cursor goes through the blocks of a text in
 * order, so a search that runs past a block's end (into later blocks) is
 * done once for the text, not once for every block.
 */
export interface MarkCursor {
  from: number
  found: number
}

/**
 * Offset of the first quotation mark or apostrophe in `text.slice(from, to)`,
 * or -1. A search past `to` is remembered in `cursor`: searching to the end
 * of the input for every block would make many mark-free blocks quadratic.
 */
function nextMark(text: string, from: number, to: number, cursor: MarkCursor): number {
  if (from < cursor.from || (cursor.found !== -1 && cursor.found < from)) {
    markPattern.lastIndex = from
    const match = markPattern.exec(text)
    cursor.from = from
    cursor.found = match === null ? -1 : match.index
  }
  return cursor.found !== -1 && cursor.found < to ? cursor.found : -1
}

enum Mark {
  None,
  Open,
  Close,
  Either,
}

/** What a character can be as a double mark. */
function doubleMark(code: number): Mark {
  if (code === 0x22 /* " */) return Mark.Either
  if (code === 0x201c /* “ */ || code === 0x201e /* „ */ || code === 0xab /* « */) return Mark.Open
  if (code === 0x201d /* ” */ || code === 0xbb /* » */) return Mark.Close
  return Mark.None
}

function isSingle(code: number): boolean {
  return code === 0x27 /* ' */ || code === 0x2018 /* ‘ */ || code === 0x2019 /* ’ */
}

function isWordChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x370 && code <= 0x3ff) ||
    (code >= 0x400 && code <= 0x4ff)
  )
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a)
  )
}

/** Characters after which a mark opens a quote: start, space, brackets, dashes. */
function isOpeningContext(code: number): boolean {
  return (
    Number.isNaN(code) ||
    isSpace(code) ||
    code === 0x28 /* ( */ ||
    code === 0x5b /* [ */ ||
    code === 0x2014 /* — */ ||
    code === 0x2013 /* – */ ||
    code === 0x2d /* - */ ||
    code === 0x2f /* / */ ||
    code === 0x3a /* : */
  )
}

/**
 * Pair the quotation marks of one block, `text.slice(from, to)`, in a single
 * pass. Double marks toggle (straight) or open and close (curly, mixed styles
 * allowed); a double quote left open ends at the block end. Inside a double
 * quote single marks are nested quotes and stay part of the words. Outside,
 * a single mark opens only before a letter after a space or bracket, closes
 * only after a non-space before a non-letter, and must close in the block:
 * so "can't", "Okafor's", "the '90s" and "rock 'n' roll" are apostrophes.
 *
 * @param text The whole input.
 * @param from Start offset of the block.
 * @param to End offset of the block.
 * @param cursor The mark search of the text, shared by its blocks scanned in text order.
 * @returns The quoted spans, in text order.
 */
export function scanMarks(
  text: string,
  from: number,
  to: number,
  cursor: MarkCursor = {from: to + 1, found: -1},
): MarkedSpan[] {
  const spans: MarkedSpan[] = []
  let doubleOpen = -1
  let openWidth = 1
  let openStraight = false
  let nested = false
  let singleOpen = -1
  // A closer of the open single quote that may be a plural possessive ("the workers' votes"):
  // a later closer makes it an apostrophe; a new opener, a double mark or the block end, a closer.
  let singlePending = -1

  for (let index = from; index < to; index++) {
    // Jump to the next mark in the block: the text between marks needs no look.
    index = nextMark(text, index, to, cursor)
    if (index === -1) break
    const code = text.charCodeAt(index)
    let mark = doubleMark(code)
    let width = 1
    if (
      mark === Mark.None &&
      isSingle(code) &&
      index + 1 < to &&
      text.charCodeAt(index + 1) === code
    ) {
      // Two single marks typed for a double one: ‘‘ ’’ ''.
      mark = code === 0x2018 ? Mark.Open : code === 0x2019 ? Mark.Close : Mark.Either
      width = 2
    } else if (code === 0x60 /* ` */ && index + 1 < to && text.charCodeAt(index + 1) === 0x60) {
      // ``TeX style'': two backticks open, two apostrophes close.
      mark = Mark.Open
      width = 2
    }
    if (mark !== Mark.None) {
      const before = index > from ? text.charCodeAt(index - 1) : Number.NaN
      const after = index + width < to ? text.charCodeAt(index + width) : Number.NaN
      if (singlePending !== -1) {
        push(spans, text, singleOpen, 1, singlePending, singlePending + 1, true, 'single')
        singlePending = -1
      }
      singleOpen = -1 // a single mark still open before a double one was an apostrophe
      if (doubleOpen === -1) {
        if (mark === Mark.Close) {
          // A closing mark where none is open: a typo for an opener before a word, else stray.
          if (isOpeningContext(before) && isWordChar(after)) doubleOpen = index
          index += width - 1
          continue
        }
        if (mark === Mark.Either && isDigit(before)) continue // 6'2" and 12" are inches
        doubleOpen = index
        openWidth = width
        openStraight = mark === Mark.Either
        nested = false
      } else if (nested) {
        // Inside a straight-quoted passage, curly marks quote within the quote.
        if (mark === Mark.Close) nested = false
        else if (mark === Mark.Either) {
          push(spans, text, doubleOpen, openWidth, index, index + width, true, 'double')
          doubleOpen = -1
          nested = false
        }
      } else if (mark === Mark.Open && openStraight && width === 1 && isOpeningContext(before)) {
        nested = true
      } else if (mark === Mark.Open && !isSpace(before) && !isWordChar(after)) {
        // 'It is unusual,“ said Lee': an opener typed for a closer, after the words.
        push(spans, text, doubleOpen, openWidth, index, index + width, true, 'double')
        doubleOpen = -1
      } else if (mark === Mark.Open) {
        // An opener while a quote is open: the earlier quote was never closed.
        push(spans, text, doubleOpen, openWidth, index, index, false, 'double')
        doubleOpen = index
        openWidth = width
        openStraight = false
      } else if (
        mark === Mark.Either &&
        openStraight &&
        isSpace(before) &&
        isWordChar(after) &&
        followsSentenceEnd(text, from, index)
      ) {
        // '"... in France. "I think ...," Lee said': a straight mark after a sentence end and
        // before a word opens a quote; the earlier one was never closed.
        push(spans, text, doubleOpen, openWidth, index, index, false, 'double')
        doubleOpen = index
        openWidth = width
      } else {
        // ,''' closing a quote that ends in a quote: the first mark closes the inner one.
        if (width === 2 && index + 2 < to && text.charCodeAt(index + 2) === code) index++
        push(spans, text, doubleOpen, openWidth, index, index + width, true, 'double')
        doubleOpen = -1
      }
      index += width - 1
      continue
    }

    if (doubleOpen !== -1 || !isSingle(code)) continue
    const before = index > from ? text.charCodeAt(index - 1) : Number.NaN
    const after = index + 1 < to ? text.charCodeAt(index + 1) : Number.NaN
    // ‘ or ' opens before a letter (not a digit: "the '90s") after a space or bracket.
    const opens =
      code !== 0x2019 && isOpeningContext(before) && isWordChar(after) && !isDigit(after)
    // "rock 'n' roll": one letter between two marks is an elision, inside a quote or not.
    if (opens && isSingle(index + 2 < to ? text.charCodeAt(index + 2) : Number.NaN)) {
      index += 2
      continue
    }
    if (singlePending !== -1 && opens) {
      // "'a mess' and 'a waste'": a new quote opens, so the one pending was closed.
      push(spans, text, singleOpen, 1, singlePending, singlePending + 1, true, 'single')
      singleOpen = -1
      singlePending = -1
    }
    if (singleOpen === -1) {
      if (opens) singleOpen = index
      continue
    }
    // A closer follows a non-space and precedes a non-letter; between letters it is an apostrophe.
    if (code !== 0x2018 && !isSpace(before) && !isWordChar(after)) {
      // "'The workers' votes ...'": after an "s" and before a word, maybe a possessive.
      if (
        (before === 0x73 /* s */ || before === 0x53) /* S */ &&
        isSpace(after) &&
        index + 2 < to &&
        isWordChar(text.charCodeAt(index + 2))
      ) {
        if (singlePending === -1) singlePending = index
        continue
      }
      push(spans, text, singleOpen, 1, index, index + 1, true, 'single')
      singleOpen = -1
      singlePending = -1
    }
  }

  if (singlePending !== -1) {
    push(spans, text, singleOpen, 1, singlePending, singlePending + 1, true, 'single')
  }
  if (doubleOpen !== -1) push(spans, text, doubleOpen, openWidth, to, to, false, 'double')
  return spans
}

/** Whether a full stop, question or exclamation mark ends the text before `index`, past white space. */
function followsSentenceEnd(text: string, from: number, index: number): boolean {
  let at = index - 1
  while (at > from && isSpace(text.charCodeAt(at))) at--
  const code = text.charCodeAt(at)
  return at >= from && at < index - 1 && (code === 0x2e || code === 0x3f || code === 0x21)
}

/** Trim the quoted words inside a pair of marks and keep them when they hold a letter or digit. */
function push(
  spans: MarkedSpan[],
  text: string,
  open: number,
  openWidth: number,
  closeMark: number,
  close: number,
  closed: boolean,
  style: MarkedSpan['style'],
): void {
  // An attribute value (id="123") in pasted markup is no quotation.
  if (text.charCodeAt(open - 1) === 0x3d /* = */) return
  let start = open + openWidth
  let end = closeMark
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  // The comma before "she said" belongs to the reporter's sentence, not to the words.
  if (end > start && text.charCodeAt(end - 1) === 0x2c) end--
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  // A quotation holds a word: not a lone letter ("R" or "D") or punctuation.
  if (end - start < 2 || !hasLetterOrDigit.test(text.slice(start, end))) return
  spans.push({open, close, start, end, closed, style})
}
