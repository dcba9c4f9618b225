/**
 * A linear scanner that cuts a block of text into the tokens amounts are
 * made of: words (letters), numbers (digits with inner "," and "."), and
 * single other characters. Every token knows its offsets in the whole input
 * and what separates it from the token before.
 */

/** What kind of token. */
export type TokenKind = 'word' | 'number' | 'symbol'

/** What lies between a token and the one before it. */
export type Gap = 'none' | 'space' | 'break'

/** One token. */
export interface Token {
  kind: TokenKind
  /** The token's text. */
  text: string
  /** Lower-cased text. */
  lower: string
  /** Offset of the first character in the whole input. */
  start: number
  /** Offset after the last character. */
  end: number
  /** What separates the token from the previous one in its block. */
  gap: Gap
  /** Whether a sentence starts with this token (or an opening mark right before it). */
  sentenceStart: boolean
}

const letterPattern = /[\p{L}\p{M}]/u

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return true
  if (code < 128) return false
  return letterPattern.test(text[index]!)
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 160 || code === 0x202f || code === 0x2009
}

/**
 * Tokens of `text.slice(start, end)`, with offsets into `text`. Web
 * addresses and e-mail addresses are skipped: their digits and "%" signs are
 * not amounts.
 *
 * @param sentenceStarts Offsets where sentences start, ascending.
 */
export function tokenize(
  text: string,
  start: number,
  end: number,
  sentenceStarts: readonly number[],
): Token[] {
  const tokens: Token[] = []
  let nextStart = 0
  let index = start
  let gap: Gap = 'none'
  let spaces = 0
  while (index < end) {
    const code = text.charCodeAt(index)
    if (isSpace(code) || code === 10 || code === 13) {
      if (code === 10 || code === 13) gap = 'break'
      else if (gap !== 'break') gap = ++spaces > 2 ? 'break' : 'space'
      index++
      continue
    }
    const from = index
    let kind: TokenKind
    if (isDigit(code)) {
      kind = 'number'
      index++
      while (index < end) {
        const next = text.charCodeAt(index)
        if (isDigit(next)) index++
        else if ((next === 44 || next === 46) && isDigit(text.charCodeAt(index + 1))) index += 2
        else break
      }
    } else if (isLetter(text, index)) {
      kind = 'word'
      index++
      while (index < end && isLetter(text, index)) index++
    } else {
      kind = 'symbol'
      index += code >= 0xd800 && code <= 0xdbff ? 2 : 1
    }
    const value = text.slice(from, index)
    const lower = kind === 'word' ? value.toLowerCase() : value
    // A web or e-mail address: skip to the next white space.
    if (
      (kind === 'word' &&
        (((lower === 'http' || lower === 'https') && text.startsWith('://', index)) ||
          (lower === 'www' && text.charCodeAt(index) === 46))) ||
      (kind === 'symbol' && code === 64 /* @ */ && gap === 'none' && tokens.length > 0)
    ) {
      if (kind === 'symbol') {
        // Drop the local part of an e-mail address too.
        while (tokens.length > 0 && tokens[tokens.length - 1]!.gap === 'none') tokens.pop()
        tokens.pop()
      }
      while (index < end && !isSpace(text.charCodeAt(index)) && text.charCodeAt(index) !== 10) {
        index++
      }
      gap = 'space'
      spaces = 1
      continue
    }
    const previous = tokens[tokens.length - 1]
    while (nextStart < sentenceStarts.length && sentenceStarts[nextStart]! < from) nextStart++
    tokens.push({
      kind,
      text: value,
      lower,
      start: from,
      end: index,
      gap,
      sentenceStart:
        previous === undefined ||
        sentenceStarts[nextStart] === from ||
        (previous.kind === 'symbol' && previous.sentenceStart),
    })
    gap = 'none'
    spaces = 0
  }
  return tokens
}
