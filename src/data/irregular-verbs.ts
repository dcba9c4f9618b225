/**
 * Irregular past tense forms of common English verbs ("took", "gave",
 * "held"), which do not end in "-ed": a word of this list ends a noun phrase
 * ("The senator took a heckler in stride").
 *
 * Written for nutgraf from general knowledge of English grammar (MIT, as the
 * rest of nutgraf). Left out are forms that are as often nouns or adjectives
 * ("left", "set", "cut", "hit", "thought", "ground", "rose", "fell", "felt",
 * "saw", "bit"), and reporting verbs, which the speech-verb lexicon has.
 */
export const irregularPastForms: ReadonlySet<string> = new Set(
  `arose ate awoke became began bent blew bought bred brought built burnt
  caught chose clung came crept dealt drew drove dug flew fled forbade forgave forgot
  fought froze gave got grew hid held hung kept knelt knew laid lay leapt led lent lost
  made meant met oversaw overcame paid ran rang rode sang sank sat sent shook shot shut
  slept slid sold sought spent spun sprang stood stole stuck struck strode swam swept
  swore swung taught threw took tore trod understood undertook withdrew woke won wore
  went wept`
    .split(/\s+/)
    .filter(Boolean),
)
