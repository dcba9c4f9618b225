/**
 * Magnitude words and their powers of ten, as British, American and Indian
 * news write them ("£140m", "$3tn", "1.5 million", "35 lakh"). General
 * knowledge of English news writing; MIT, as the rest of nutgraf.
 */

/** One magnitude: its power of ten, and whether it must be glued to the number. */
export interface Magnitude {
  exponent: number
  /** Short forms ("m", "k") count only glued ("£5m"), never spaced ("5 m" is five metres). */
  glued: boolean
}

const rows: Array<[forms: string, exponent: number, glued: boolean]> = [
  ['thousand', 3, false],
  ['million', 6, false],
  ['billion', 9, false],
  ['trillion', 12, false],
  ['lakh|lakhs|lac|lacs', 5, false],
  ['crore|crores', 7, false],
  ['mn|mln|bn|bln|tn|trn', 0, false],
  ['k|m|b|mil|bil', 0, true],
]

const shortExponents: Record<string, number> = {
  mn: 6,
  mln: 6,
  bn: 9,
  bln: 9,
  tn: 12,
  trn: 12,
  k: 3,
  m: 6,
  b: 9,
  mil: 6,
  bil: 9,
}

/** Magnitudes keyed by lower-cased form. */
export const magnitudes = new Map<string, Magnitude>()
for (const [forms, exponent, glued] of rows) {
  for (const form of forms.split('|')) {
    magnitudes.set(form, {exponent: exponent || shortExponents[form]!, glued})
  }
}

/** Plural magnitude words of vague amounts ("tens of millions", "billions of dollars"). */
export const vagueMagnitudes: ReadonlySet<string> = new Set([
  'tens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
  'dozens',
  'scores',
])

/** Words that make a magnitude vague ("several million pounds", "a few billion dollars"). */
export const vagueCounts: ReadonlySet<string> = new Set(['several', 'few', 'many', 'multiple'])

/** Compound adjectives of vague money ("a multimillion-pound deal"). */
export const vagueMoneyAdjectives: ReadonlySet<string> = new Set([
  'multimillion',
  'multibillion',
  'multitrillion',
])
