/**
 * Words that head a subject naming a group of people, or a share of them,
 * as news reports what they say: "Officials said ...", "Nearly half said
 * ...", "60 percent of voters said ...", "Former officials who worked with
 * the mayor say ...".
 *
 * Written for nutgraf from general knowledge of English and news writing
 * (MIT, as the rest of nutgraf).
 */

/** Plural nouns for people who speak as a group. */
export const groupNouns: ReadonlySet<string> = new Set(
  `
officials people residents voters experts analysts critics supporters opponents advisers advisors
aides strategists organizers organisers sources economists scientists researchers officers leaders
members republicans democrats conservatives liberals progressives authorities investigators
prosecutors lawyers attorneys doctors nurses activists protesters protestors witnesses neighbours
neighbors parents teachers students workers employees executives lawmakers legislators senators
delegates donors observers diplomats scholars historians pollsters respondents citizens users fans
campaigners ministers mps councillors police troops soldiers farmers owners managers staff
staffers volunteers insiders allies rivals backers americans britons
immigrants refugees survivors victims families relatives friends colleagues spokesmen
spokeswomen spokespeople representatives negotiators regulators engineers planners developers
manufacturers retailers traders investors bankers unions groups others
`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words for a share or a number of people: "Nearly half said", "32 percent said", "most say". */
export const shareWords: ReadonlySet<string> = new Set([
  'half',
  'percent',
  'cent',
  '%',
  'majority',
  'majorities',
  'minority',
  'most',
  'many',
  'some',
  'few',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'dozens',
  'hundreds',
  'thousands',
  'several',
  'both',
  'all',
])

/** Participles after "those" that name the people of a poll: "those surveyed say". */
export const pollParticiples: ReadonlySet<string> = new Set([
  'surveyed',
  'polled',
  'asked',
  'interviewed',
  'questioned',
])
