/**
 * Cut a very long block into pieces for parse-english, whose merging steps
 * take time quadratic in the length of a run of text without a break (a
 * megabyte of "1,234.5" takes minutes). Pieces end where a sentence ends, else
 * at white space, else anywhere but inside a surrogate pair; blocks of
 * ordinary length are never cut.
 */

/** The longest text handed to parse-english in one piece. */
export const maxPieceLength = 4096

const space = /\s/
// Closing marks that may stand between a sentence end and the space after it.
const closers = new Set(['"', '”', '’', "'", ')', ']', '»'])
const sentenceEnds = new Set(['.', '!', '?', '…'])
// A short capitalised word or an initialism before a full stop: "Mr.", "St.", "U.S.".
const abbreviation = /(?:^|[^\p{L}.])(?:\p{Lu}\p{Ll}{0,2}|(?:\p{L}\.)+\p{L})$/u
const startsLowerCase = /^\p{Ll}/u

/**
 * Offsets in `text` at which to cut it into pieces of at most `max` code
 * units; empty when it is short enough.
 *
 * @param text One block's text.
 * @param max The longest piece (at least 2).
 * @returns The cut offsets, ascending; each piece after a cut starts there.
 */
export function pieceCuts(text: string, max = maxPieceLength): number[] {
  const cuts: number[] = []
  let from = 0
  while (text.length - from > max) {
    from = cutPoint(text, from, from + max)
    cuts.push(from)
  }
  return cuts
}

/** Where to cut `text` between `from` (exclusive) and `limit`: the best break in its second half. */
function cutPoint(text: string, from: number, limit: number): number {
  const lowest = from + Math.ceil((limit - from) / 2)
  let atSpace = -1
  for (let index = limit; index >= lowest; index--) {
    // Only the start of a run of white space: the whole run goes with the next piece.
    if (!space.test(text.charAt(index)) || space.test(text.charAt(index - 1))) continue
    if (
      endsSentence(text, index) &&
      !startsLowerCase.test(text.slice(nextWord(text, index), index + 64))
    ) {
      return index
    }
    if (atSpace === -1) atSpace = index
  }
  if (atSpace !== -1) return atSpace
  const code = text.charCodeAt(limit)
  // Never between the halves of a surrogate pair.
  return code >= 0xdc00 && code <= 0xdfff && isHighSurrogate(text.charCodeAt(limit - 1))
    ? limit - 1
    : limit
}

/** Whether a sentence ends just before `index` (closing quotes and brackets allowed). */
function endsSentence(text: string, index: number): boolean {
  let at = index - 1
  while (at > index - 4 && closers.has(text.charAt(at))) at--
  if (!sentenceEnds.has(text.charAt(at))) return false
  return text.charAt(at) !== '.' || !abbreviation.test(text.slice(Math.max(0, at - 16), at))
}

/** The offset of the first character after the run of white space at `index`. */
function nextWord(text: string, index: number): number {
  let at = index
  while (at < text.length && at < index + 64 && space.test(text.charAt(at))) at++
  return at
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}
