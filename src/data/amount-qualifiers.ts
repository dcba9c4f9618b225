/**
 * Words that make an amount approximate or a bound ("nearly £3bn", "more
 * than 12,000 troops"). General knowledge of English news writing; MIT, as
 * the rest of nutgraf.
 */

/** Qualifier phrases, lower-cased, words separated by one space. */
export const qualifiers: ReadonlySet<string> = new Set([
  'nearly', 'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'circa', 'c.',
  'an estimated', 'estimated', 'up to', 'at least', 'at most', 'more than', 'less than',
  'fewer than', 'over', 'under', 'below', 'above', 'just over', 'just under', 'well over',
  'well under', 'close to', 'upwards of', 'in excess of', 'as much as', 'as many as',
  'as little as', 'as few as', 'no more than', 'no less than', 'not more than', 'not less than',
  'lower than', 'higher than', 'greater than', 'just below', 'just above', 'almost exactly',
  'getting on for', 'the best part of', 'an approximate', 'a maximum of', 'a minimum of',
  'a little over', 'a little under', 'slightly more than', 'slightly less than', 'just shy of',
  'north of', 'south of', 'or so',
])

/** The longest qualifier in words. */
export const longestQualifier = 3

/**
 * Words before "from X to Y" or "X to Y" that make it a change, two amounts,
 * not a range ("rose from £5m to £6m").
 */
export const changeWords: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen',
  'grew', 'grow', 'grows', 'growing', 'grown', 'increased', 'increase', 'increases', 'increasing',
  'decreased', 'decrease', 'decreasing', 'dropped', 'drop', 'drops', 'dropping', 'jumped', 'jump',
  'climbed', 'climb', 'slipped', 'slid', 'gained', 'lost', 'cut', 'cuts', 'reduced', 'reduce',
  'raised', 'raise', 'lifted', 'lowered', 'up', 'down', 'by', 'surged', 'soared', 'plunged',
  'slumped', 'tumbled', 'doubled', 'halved', 'went', 'moved', 'changed', 'boosted', 'widened',
  'narrowed', 'shrank', 'expanded', 'swung', 'edged', 'eased', 'declined', 'advanced',
])
