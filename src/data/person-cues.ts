/**
 * Context words that mark a capitalised word as a person in news writing:
 * verbs that take a human subject, nouns that a person possesses, name
 * particles and pronouns. General knowledge of English and of news writing
 * (no third-party list copied); MIT, as the rest of nutgraf. White-space
 * separated, lower-cased.
 */

/**
 * Verbs of speech, thought and human action, inflected, that follow a
 * person's name ("Healey stressed", "Smith, 45, said").
 */
export const personVerbs = `
said says say saying told tells tell telling added adds stressed stresses emphasised emphasized
emphasises emphasizes warned warns insisted insists claimed claims argued argues explained
explains noted notes admitted admits declared declares stated states announced announces
wrote writes asked asks replied replies urged urges suggested suggests signalled signaled
signals described describes highlighted highlights demonstrated acknowledged acknowledges
confirmed confirms denied denies revealed reveals recalled recalls responded responds
commented comments remarked remarks observed observes predicted predicts promised promises
pledged pledges vowed vows conceded concedes countered counters maintained maintains
believes believed thinks thought hopes hoped wants wanted fears feared feels felt knows knew
says. added. told. tweeted tweets posted posts testified testifies complained complains
criticised criticized criticises criticizes accused accuses blamed blames praised praises
thanked thanks apologised apologized apologises apologizes agreed agrees disagreed
disagrees decided decides resigned resigns retired retires died dies married marries
visited visits met meets joined joins leads led founded founds became becomes
announcing speaking smiled laughed shouted cried whispered joked mused quipped added
continued continues concluded concludes acknowledged cautioned cautions reiterated reiterates
underlined underlines echoed echoes dismissed dismisses rejected rejects defended defends
`

/**
 * Nouns that a person possesses ("Putin's reliance", "Healey's comments"):
 * after a possessive name they mark it as a person.
 */
export const personNouns = `
view views comments comment remarks remark words speech statement statements stance position
reliance failure failures miscalculation miscalculations decision decisions plan plans
wife husband son sons daughter daughters mother father brother sister children child family
parents partner girlfriend boyfriend widow widower grandson granddaughter grandmother
grandfather uncle aunt nephew niece cousin fiance fiancee friend friends
spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors lawyer lawyers
attorney attorneys solicitor agent manager assistant secretary bodyguard doctor
administration government cabinet campaign presidency premiership leadership tenure term
career life death funeral birthday memoir autobiography biography book novel album song
film debut retirement resignation election victory defeat win goal goals innings century
allies ally supporters critics opponents rival rivals successor predecessor team
regime rule reign invasion war threats threat demands claims allegations accusers
health illness condition injury body mind heart hands face eyes voice
office home house residence account letter letters tweet tweets interview message
policies policy approach strategy agenda vision legacy record reputation style
`

/** Lower-case particles inside names ("Ursula von der Leyen", "Ibn Saud"). */
export const nameParticles = `
von van der den de del della di da das dos du la le ter ten bin ibn bint al el ben zu y e
`

/**
 * Third-person singular pronouns and the gender they carry, one
 * `pronoun gender` a line.
 */
export const personPronouns = `
he m
him m
his m
himself m
she f
her f
hers f
herself f
`
