/** Line and column of offsets in a string, found independently of src/. */

/**
 * The points of `input`, computed independently of `src/parse/location.ts`
 * (a regular expression finds line breaks) so that the two can disagree.
 */
export function referencePoints(input: string): (offset: number) => {
  line: number
  column: number
  offset: number
} {
  const lineStarts = [0]
  for (const match of input.matchAll(/\r\n|\r|\n/g)) lineStarts.push(match.index + match[0].length)
  return (offset) => {
    // The last line start at or before `offset`.
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = Math.ceil((low + high) / 2)
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - lineStarts[low]! + 1, offset}
  }
}
