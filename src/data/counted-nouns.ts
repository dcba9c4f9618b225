/**
 * The counted-noun policy of `extractAmounts`: after a number, which word
 * makes a quantity ("12,000 troops", "three years"). A lower-case plural noun
 * counts (a word ending in -s, but not -ss, -us, -is, and not a word below
 * that only looks plural), as do irregular plurals and units of measure.
 * General knowledge of English; MIT, as the rest of nutgraf.
 */

/** Plurals without -s. */
export const irregularPlurals: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'staff', 'personnel', 'aircraft', 'sheep',
  'cattle', 'feet', 'teeth', 'mice', 'geese', 'deer', 'fish', 'livestock', 'spacecraft',
  'offspring', 'crew', 'troops', 'folk', 'salmon', 'swine', 'clergy', 'infantry', 'cavalry',
])

/** Units of measure, glued or spaced ("5km", "40 mph"). */
export const measureUnits: ReadonlySet<string> = new Set([
  'km', 'kg', 'mph', 'kph', 'mm', 'cm', 'ft', 'lb', 'lbs', 'mg', 'ml', 'mw', 'gw', 'kw', 'kwh',
  'mwh', 'gwh', 'twh', 'sq', 'bpd', 'bps',
])

/** Words ending in -s that are not plural nouns after a number. */
export const notPlurals: ReadonlySet<string> = new Set([
  'as', 'has', 'was', 'gas', 'alas', 'atlas', 'bias', 'christmas', 'always', 'perhaps', 'whereas',
  'towards', 'afterwards', 'backwards', 'forwards', 'besides', 'sometimes', 'news', 'series',
  'its', 'hers', 'ours', 'yours', 'theirs', 'yes', 'thanks', 'times', 'ones', 'others', 'lens',
  'means', 'plus', 'minus', 'versus', 'percents', 'tens', 'hundreds', 'thousands', 'millions',
  'billions', 'trillions', 'dozens', 'scores', 'does', 'goes', 'says', 'seems', 'looks', 'makes',
  'takes', 'gets', 'comes', 'needs', 'wants', 'knows', 'thinks', 'lies', 'dies', 'stands',
  'remains', 'becomes', 'sits', 'leads', 'holds', 'runs', 'wins', 'loses', 'pays', 'costs',
  'whereabouts', 'politics', 'economics', 'physics', 'mathematics', 'athletics', 'aids', 'ios',
  'nowadays', 'overseas', 'indoors', 'outdoors', 'upstairs', 'downstairs', 'downwards',
  'upwards', 'onwards', 'thus', 'less', 'unless', 'this', 'his', 'is',
])

/** Words allowed between a number and its noun ("12,000 more troops", "40 new jobs"). */
export const countModifiers: ReadonlySet<string> = new Set([
  'more', 'new', 'extra', 'additional', 'other', 'further', 'fewer', 'full-time', 'part-time',
  'young', 'old', 'elderly', 'small', 'large', 'big', 'major', 'armed', 'active', 'frontline',
  'foreign', 'local', 'civilian', 'innocent', 'unarmed', 'injured', 'wounded', 'dead', 'missing',
  'senior', 'junior', 'permanent', 'temporary', 'separate', 'different', 'consecutive',
  'straight', 'successive', 'previous', 'last', 'next', 'first', 'remaining', 'registered',
  'eligible', 'confirmed', 'reported', 'suspected', 'domestic', 'international', 'military',
  'western', 'european', 'american', 'british', 'russian', 'ukrainian', 'chinese',
])

/** Month names: a number beside one is a date, not a quantity. */
export const monthNames: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec',
])
