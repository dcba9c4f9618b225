/**
 * A cheap test before a look-up in a set of words: a set look-up hashes the
 * word (a new string each time, in the scanners) and reads a large table,
 * while most words of a text are in none of the word lists.
 */

/**
 * The pairs of first and last characters the words of a set have, by
 * length. A word the filter turns away is not in the set; one it lets
 * through may be, and the set tells.
 *
 * @example
 * ```ts
 * const filter = new WordFilter(['he', 'she', 'von'])
 * filter.mayHave('she') // true
 * filter.mayHave('say') // false: no word of three letters ends in "y"
 * filter.mayHave('sen') // false: no word of three letters starts with "s" and ends in "n"
 * ```
 */
export class WordFilter {
  /** One 32-bit mask of last characters for each length and first character (both mod 32). */
  private readonly pairs = new Int32Array(32 * 32)

  /** @param words The words of the set. */
  constructor(words: Iterable<string>) {
    this.add(words)
  }

  /**
   * Make this the filter of `words` instead, reusing its table: for a
   * filter built again and again (one an article) without a new typed array.
   *
   * @returns The filter itself.
   */
  reset(words: Iterable<string>): this {
    this.pairs.fill(0)
    this.add(words)
    return this
  }

  private add(words: Iterable<string>): void {
    for (const word of words) {
      const row = ((word.length & 31) << 5) | (word.charCodeAt(0) & 31)
      this.pairs[row]! |= 1 << (word.charCodeAt(word.length - 1) & 31)
    }
  }

  /** Whether `word` may be in the set (false: it is not). */
  mayHave(word: string): boolean {
    const row = ((word.length & 31) << 5) | (word.charCodeAt(0) & 31)
    return (this.pairs[row]! & (1 << (word.charCodeAt(word.length - 1) & 31))) !== 0
  }
}
