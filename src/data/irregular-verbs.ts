/**
 * Irregular past tense forms of common English verbs ("took", "gave",
 * "sought"), which do not end in "-ed": a word of this list ends a noun phrase
 * ("The senator took a heckler in stride").
 *
 * Written for nutgraf from general knowledge of English grammar (MIT, as the
 * rest of nutgraf). Left out are forms that are as often nouns, or as often
 * adjectives before a noun ("left", "set", "cut", "hit", "thought",
 * "ground", "rose", "fell", "felt", "saw", "bit", "shot", "built", "hung",
 * "bent", "stuck", "lay": "The newly built hospital's director"). A few
 * are also reporting verbs ("swore", "went"), as the speech-verb lexicon has them.
 */
export const irregularPastForms: ReadonlySet<string> = new Set(
  `arose ate awoke became began blew bought bred brought burnt came caught chose
  clung crept dealt drew drove dug fled flew forbade forgave forgot fought froze
  gave got grew held hid kept knelt knew laid leapt led lent lost made meant met
  overcame oversaw paid ran rang rode sang sank sat sent shook shut slept slid
  sold sought spent sprang spun stole stood strode struck swam swept swore swung
  taught threw took tore trod understood undertook went wept withdrew woke won
  wore`
    .split(/\s+/)
    .filter(Boolean),
)
