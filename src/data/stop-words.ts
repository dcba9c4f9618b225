/**
 * English function words that carry no topic: articles, pronouns,
 * auxiliaries, prepositions, conjunctions, common adverbs, and the reporting
 * verbs of news writing. Written from general knowledge of English for
 * nutgraf (no third-party list copied); MIT, as the rest of nutgraf.
 */

/** Lower-cased function words, skipped when a summary weighs a sentence's content. */
export const stopWords: ReadonlySet<string> = new Set(
  `a about above after again against all almost also although always am among an and another any
  anyone anything are around as at back be became because become been before being below between
  both but by can cannot could did do does doing done down during each either else enough even ever
  every few for from further get gets getting got had has have having he her here hers herself him
  himself his how however i if in including into is it its itself just least less let like many may
  me might mine more most much must my myself near neither never next no nor not now of off often on
  once one only onto or other others our ours ourselves out over own per perhaps quite rather really
  same several shall she should since so some something still such than that the their theirs them
  themselves then there these they this those though through thus to too toward towards under until
  up upon us very via was we were what whatever when where whether which while who whom whose why
  will with within without would yet you your yours yourself yourselves
  said says say told tells added according also mr mrs ms dr`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Words that make a sentence lean on the one before it when they open it:
 * personal and demonstrative pronouns and discourse connectives.
 */
export const danglingOpeners: ReadonlySet<string> = new Set(
  `he she they it this these those that his her their its him them we us our
  however but and also meanwhile moreover furthermore nevertheless nonetheless yet so still
  instead besides then thus therefore otherwise likewise similarly indeed later earlier there`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Page furniture that scrapers leave inside the prose, as lower-cased
 * openings: a sentence that starts with one of these is not part of the story.
 */
export const furnitureOpenings: readonly string[] = [
  'scroll down for',
  'scroll down to',
  'click here',
  'read more',
  'watch the video',
  'watch video',
  'see the video',
  'video:',
  'pictured:',
  'photo:',
  'picture:',
  'follow us',
  'follow @',
  'sign up',
  'subscribe',
  'share this',
  'advertisement',
  'related:',
  'related articles',
  'story continues below',
  'continue reading',
  'for confidential support',
  'for more information',
  'copyright',
  'all rights reserved',
]

/** Lower-case abbreviations that end with a point inside a sentence ("etc.", "approx."). */
export const sentenceEndAbbreviations: ReadonlySet<string> = new Set([
  'etc',
  'approx',
  'vs',
  'al',
  'cf',
  'esp',
  'est',
  'incl',
  'ca',
  'viz',
  'ie',
  'eg',
  'fig',
  'no',
  'nos',
  'vol',
  'pp',
  'op',
])
