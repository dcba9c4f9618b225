/**
 * English number words. General knowledge of English; MIT, as the rest of
 * nutgraf.
 */

/** Units and teens. */
export const smallNumbers: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
])

/** Tens. */
export const tens: ReadonlyMap<string, number> = new Map([
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
])

/** Multipliers inside a number written in words, as powers of ten. */
export const wordMultipliers: ReadonlyMap<string, number> = new Map([
  ['hundred', 2],
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['lakh', 5],
  ['lakhs', 5],
  ['crore', 7],
  ['crores', 7],
])

/** Fractions that scale a magnitude ("half a billion", "three quarters of a million"). */
export const fractionWords: ReadonlyMap<string, string> = new Map([
  ['half', '0.5'],
  ['quarter', '0.25'],
  ['quarters', '0.25'],
  ['fifth', '0.2'],
  ['fifths', '0.2'],
  ['tenth', '0.1'],
  ['tenths', '0.1'],
  ['eighth', '0.125'],
])

/** Words that negate the number after them ("minus five percent"). */
export const negativeWords: ReadonlySet<string> = new Set(['minus', 'negative'])
