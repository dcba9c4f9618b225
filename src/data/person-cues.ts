/**
 * Context words that mark a capitalised word as a person in news writing:
 * verbs that take a human subject, nouns that a person possesses, name
 * particles and pronouns. General knowledge of English and of news writing
 * (no third-party list copied); MIT, as the rest of nutgraf. White-space
 * separated, lower-cased.
 */

/**
 * Verbs of speech, thought and human action, inflected, that follow a
 * person's name ("Okafor stressed", "Smith, 45, said").
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
smiled laughed shouted cried whispered joked mused quipped acknowledged cautioned cautions
reiterated reiterates
underlined underlines echoed echoes dismissed dismisses rejected rejects defended defends
`

/**
 * Nouns that a person possesses ("Smith's reliance", "Okafor's comments"):
 * after a possessive name they mark it as a person.
 */
export const personNouns = `
view views comments comment remarks remark words speech speeches stance reliance failure failures
miscalculation miscalculations wife husband son sons daughter daughters mother father brother
sister children child family parents partner girlfriend boyfriend widow widower grandson
granddaughter grandmother grandfather uncle aunt nephew niece cousin fiance fiancee friend friends
spokesman spokeswoman spokesperson aide aides adviser advisers advisor advisors lawyer lawyers
attorney attorneys solicitor agent bodyguard doctor presidency premiership leadership tenure
career life death funeral birthday memoir memoirs autobiography biography retirement resignation
successor predecessor allies ally supporters critics opponents accusers health illness condition
injury mind heart hands face eyes voice interview tweet tweets letter mistress lover legacy
reluctance insistence refusal willingness determination
`

/** Lower-case particles inside names ("Ursula von der Leyen", "Ibn Saud"). */
export const nameParticles = `
von van der den de del della di da das dos du la le ter ten bin ibn bint al el ben zu y e
`

/**
 * The first parts of names written with a capital inside after four letters
 * or more ("VanderMeer", "FitzGerald", "AbdulRahman"), which are no words run
 * together as brands and page furniture are ("TechCrunch", "MailOnline").
 */
export const gluedNamePrefixes = `
vande vanden vander vonder fitz abdel abdul abdur della dela delos
`

/**
 * Surnames with the ending of an abstract noun ("-tion", "-sion", "-ship"),
 * which otherwise ends the name of a body or a work ("Planned Parenthood",
 * "Joy Division"). White-space separated.
 */
export const abstractEndingSurnames = `
nation gration hession blankenship winship
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

/**
 * Words that may open a run of capitalised words but end a name inside one,
 * as title-case headlines and captions write them: articles, conjunctions,
 * prepositions, "says", verbs of headlines ("Ann Lutz Speaks", "Tom Reed
 * Calls Ann Lee") and the labels glued to captions ("Washington D.C. Image:").
 * White-space separated.
 */
export const nameBreakWords = `
the a an and or of for to in on at by with from as but after before over says said
speaks vows warns calls slams urges insists admits denies tells reveals blasts pledges goes
joins quits resigns wins dies leaves returns sues backs hits faces meets visits announces
launches signs
image photo picture video file
`

/**
 * Words for a relative or companion that a caption or a sentence may put
 * before a full name, capitalised as its first word ("Dad Tom Reed",
 * "Friend Ann Lutz"): no part of the name. White-space separated.
 */
export const kinWords = `
mum mom dad mother father brother sister son daughter wife husband grandmother grandfather
grandma grandpa granny grandad granddad uncle aunt aunty auntie cousin nephew niece friend
neighbour neighbor girlfriend boyfriend fiance fiancee widow widower pal relative
mums moms dads mothers fathers brothers sisters sons daughters wives husbands cousins friends
neighbours neighbors relatives
`

/**
 * Nouns for what a person is, that captions and lists capitalise before a
 * full name ("Welshman Tom Reed", "Viewer Ann Lutz", "Motorist Tom Reed"):
 * no part of the name, as {@link kinWords}: nouns in "-man" and "-woman"
 * for where a person is from, and people as news meets them.
 * White-space separated.
 */
export const personDescriptorWords = `
welshman welshwoman scotsman scotswoman irishman irishwoman englishman englishwoman
frenchman frenchwoman dutchman dutchwoman cornishman ulsterman yorkshireman yorkshirewoman
countryman countrywoman
viewer viewers reader readers traveller traveler tourist shopper commuter motorist pensioner
passenger resident villager local trader customer patient survivor veteran
`
