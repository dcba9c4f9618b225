/**
 * A read-only map from words to non-zero 32-bit integers, for the look-ups
 * the people matchers make of almost every capitalised word and of the
 * words around it (about 170 an article).
 *
 * Why not a `Map`: between two articles the parse of the next one pushes the
 * lexicon out of the processor's caches, so most look-ups start cold, and a
 * `Map` look-up reads three places far apart (its hash table, the entry, the
 * key's string object). Here a look-up reads one 16-byte slot, found by the
 * word's hash: about 3 % of extractPeople's time on the bench articles.
 *
 * The words themselves are not kept: a slot holds two different 32-bit
 * hashes of its word, and a word is taken to be the slot's when both match.
 * A word of no list is therefore taken for one of them with a chance of
 * about 2^-50 (the table's 12,000 words times 2^-64); two of the lists' own
 * words hashing alike is checked when the table is built. The same word
 * always gets the same answer. The hashes are no defence against a word
 * made to collide (they can be run backwards): such a word, gibberish,
 * reads as the listed word it collides with, which is what writing that
 * word would do. Comparing the words themselves, kept beside the table,
 * gave up most of the gain (one more read, far away, a look-up).
 */
export class WordTable {
  /** Four 32-bit numbers a slot: the first hash, the second hash, the value (0: empty), unused. */
  private readonly slots: Int32Array
  private readonly mask: number

  /**
   * @param map The words and their values (32-bit integers); a word whose value is 0 is left out.
   * @throws {Error} When two words have the same pair of hashes (none of the lexicon's do).
   * @throws {RangeError} When a value is no 32-bit integer.
   */
  constructor(map: ReadonlyMap<string, number>) {
    let capacity = 16
    // At most two thirds full, so that most look-ups read one slot.
    while (capacity < map.size * 1.5) capacity *= 2
    this.slots = new Int32Array(capacity * 4)
    this.mask = capacity - 1
    for (const [word, value] of map) {
      if (value !== (value | 0)) {
        throw new RangeError(
          `nutgraf: a word table holds 32-bit integers, not ${value} ("${word}")`,
        )
      }
      if (value === 0) continue
      hash(word)
      const first = firstHash
      const second = secondHash
      let slot = first & this.mask
      while (this.slots[(slot << 2) + 2] !== 0) {
        const base = slot << 2
        if (this.slots[base] === first && this.slots[base + 1] === second) {
          throw new Error(`nutgraf: two words of a word table hash alike ("${word}")`)
        }
        slot = (slot + 1) & this.mask
      }
      const base = slot << 2
      this.slots[base] = first
      this.slots[base + 1] = second
      this.slots[base + 2] = value
    }
  }

  /** The value of `word`, or 0 when the table has none. */
  get(word: string): number {
    hash(word)
    const first = firstHash
    const second = secondHash
    const slots = this.slots
    let slot = first & this.mask
    for (;;) {
      const base = slot << 2
      const value = slots[base + 2]!
      if (value === 0) return 0
      if (slots[base] === first && slots[base + 1] === second) return value
      slot = (slot + 1) & this.mask
    }
  }
}

/** The two hashes of the last word given to {@link hash} (no pair allocated a look-up). */
let firstHash = 0
let secondHash = 0

/**
 * Hash a word twice, in one pass, into {@link firstHash} and {@link secondHash}:
 * FNV-1a over its UTF-16 code units, and one with another seed and
 * multiplier and a shift a step.
 */
function hash(word: string): void {
  // `| 0`: the seed as a 32-bit integer, as the slots hold hashes (an empty word takes no step).
  let first = 0x811c9dc5 | 0
  let second = 0x9747b28c ^ word.length
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193)
    second = Math.imul(second ^ code, 0x5bd1e995)
    second ^= second >>> 15
  }
  firstHash = first
  secondHash = second
}
