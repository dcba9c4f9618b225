import {describe, expect, it} from 'vitest'
import {extractPeople, parseArticle} from '../src/index.js'
import type {Person} from '../src/types.js'
import {expectTruePositions} from './helpers.js'

/** The people of `text` as `name [roles] honorific`, for compact tables. */
function summary(text: string): string[] {
  return extractPeople(text).map((person) => describePerson(person))
}

function describePerson(person: Person): string {
  const qualifiers = person.roleQualifiers ?? {}
  const roles = person.roles.map((role) =>
    qualifiers[role] ? `${qualifiers[role]} ${role}` : role,
  )
  return [person.name, roles.length ? `[${roles.join('; ')}]` : '', person.honorific ?? '']
    .filter(Boolean)
    .join(' ')
}

function names(text: string): string[] {
  return extractPeople(text).map((person) => person.name)
}

describe('extractPeople: titles and honorifics go to roles, not the name', () => {
  it.each([
    [
      'Health Secretary Maria Lopez visited the hospital on Monday.',
      ['Maria Lopez [Health Secretary]'],
    ],
    // A descriptor before an inner honorific is no part of the name; a title before one is a role.
    ['Father-of-two Mr Ali Mousa died in custody.', ['Ali Mousa Mr']],
    ['General Sir Mike Lane said the troops were ready.', ['Mike Lane [General] Sir']],
    // Abbreviated titles: "Pres.", "Amb.", "Atty. Gen.".
    ['Officials said Pres. Ann Lutz had left.', ['Ann Lutz [Pres.]']],
    ['Officials said Amb. Ann Lutz had left.', ['Ann Lutz [Amb.]']],
    ['Officials said Atty. Gen. Ann Lutz had left.', ['Ann Lutz [Atty. Gen.]']],
    // Hyphenated ranks.
    ['Officials said Major-General Ann Lutz had arrived.', ['Ann Lutz [Major-General]']],
    // A title in the plural before a given name is no part of the name.
    ['The bill was backed by Senators Ann Lutz and Tom Reed.', ['Ann Lutz', 'Tom Reed']],
    // A role head right before the name after other capitalised words: "Acme CEO", "Controversial DJ".
    ['Acme CEO Jane Doe resigned on Friday.', ['Jane Doe [CEO]']],
    ['Controversial DJ Howard Stone has been dropped.', ['Howard Stone [DJ]']],
    // A brand or a body in front of a full name or a role is no product name.
    ['Jet2 boss Steve Reed said bookings were up.', ['Steve Reed [boss]']],
    ['BBC Sport Ann Lutz said the match was off.', ['Ann Lutz']],
    // A council's office as a title: "Council leader".
    ['Council leader Mark Benson said bills would rise.', ['Mark Benson [Council leader]']],
    // An auxiliary verb opening a question is no part of the name.
    ['Had England won, Coach Tom Reid would have stayed.', ['Tom Reid [Coach]']],
    ['Was Ann Lee right? Did Tom Cole know?', ['Ann Lee', 'Tom Cole']],
    // A day or a month before a name is no part of it, unless it is a given name too.
    ['On Monday Ann Lee spoke, and in December Tom Cole left.', ['Ann Lee', 'Tom Cole']],
    ['April Ryan asked the first question.', ['April Ryan']],
    [
      'Prime Minister Sir Alan Fairweather spoke in Oslo on Tuesday.',
      ['Alan Fairweather [Prime Minister] Sir'],
    ],
    [
      'The plan was first floated by former Home Secretary Jane Porter last year.',
      ['Jane Porter [former Home Secretary]'],
    ],
    [
      'Markets rose after incoming President Robert Hale promised tax cuts.',
      ['Robert Hale [incoming President]'],
    ],
    // A function word that modifies the role after it is part of the role.
    ['First Minister Rhodri Pryce visited the flooded town.', ['Rhodri Pryce [First Minister]']],
    ['Forecaster Emma Hart said the storm would ease.', ['Emma Hart [Forecaster]']],
    // A lower-case role opening the sentence has its first word capitalised.
    ['General secretary Mick Lowe said the offer was fair.', ['Mick Lowe [General secretary]']],
    [
      'Chief Financial Officer Vina Rao told analysts demand was strong.',
      ['Vina Rao [Chief Financial Officer]'],
    ],
    // A capitalised qualifier opening the sentence is the role's, as in "former President".
    ['Former President Dana Whitlock visited Nairobi.', ['Dana Whitlock [former President]']],
    ['Acting Mayor Jo Reed resigned on Friday.', ['Jo Reed [acting Mayor]']],
    ['The report was welcomed by Dr Priya Shah, who led the study.', ['Priya Shah Dr']],
    ['Dame Edith Marsh opened the gallery.', ['Edith Marsh Dame']],
    ['The bill was opposed by Lord Hartley of Dunmore.', ['Hartley Lord']],
    ['Troops were inspected by Gen. Mark Ellison at dawn.', ['Mark Ellison [Gen.]']],
    ['The measure was backed by Sen. Laura Finch of Ohio.', ['Laura Finch [Sen.]']],
    ['Mrs Okafor said the school would reopen.', ['Okafor Mrs']],
    [
      'Minister of Education Clara Bellini said schools would open.',
      ['Clara Bellini [Minister of Education]'],
    ],
    [
      'Chief executive of the Harbour Trust Omar Haddad said fees would rise.',
      ['Omar Haddad [Chief executive of the Harbour Trust]'],
    ],
    // A head before an organisation's cue is part of its name, not a role.
    [
      'Refugee Council director Ann Brooks said the rules were unfair.',
      ['Ann Brooks [Refugee Council director]'],
    ],
    ['Refugee Council Ann Brooks said the rules were unfair.', ['Ann Brooks']],
    // Post-nominal letters are no part of the name.
    ['Defending, Rupert Glass KC said his client had no record.', ['Rupert Glass']],
    ['Sir Jack Pell OBE opened the fete.', ['Jack Pell Sir']],
    // An academic's or a doctor's style is the honorific, no role; a monarch's is both.
    ['But Prof Tom Reid questioned the figures.', ['Tom Reid Prof']],
    ['The figures were questioned by Professor Ann Lutz.', ['Ann Lutz Professor']],
    ['King Olaf Brant opened the bridge.', ['Olaf Brant [King] King']],
    // The body after "of" is no part of the role.
    ['Bank of Canada Governor Tiff Macklin said rates would hold.', ['Tiff Macklin [Governor]']],
    ['Substitute Callum Wilmot headed the winner.', ['Callum Wilmot [Substitute]']],
    ['Cllr Amina Yusuf said the council would act.', ['Amina Yusuf [Cllr]']],
    // British police ranks and judges, abbreviated as court and crime reports write them.
    ['Det Insp Ann Lutz said the search would go on.', ['Ann Lutz [Det Insp]']],
    ['Officers said DCI Tom Reed led the inquiry.', ['Tom Reed [DCI]']],
    ['Officers said DCS Ann Lutz made the arrest.', ['Ann Lutz [DCS]']],
    // "DS" and "DC" are left out: they name products, firms and places too.
    ["Gamers bought the Nintendo DS, Sony's rival handheld, and games.", []],
    ['Recorder Ann Lutz adjourned the case until May.', ['Ann Lutz [Recorder]']],
    ['Medical Examiner Ann Lutz said the cause was clear.', ['Ann Lutz [Medical Examiner]']],
    // After an honorific, a surname that is also a cue word ("Hall", "Park") or ends like a
    // county ("Cheshire") is a name.
    ['Mr Cheshire said he would appeal.', ['Cheshire Mr']],
    ['Mr Justice Hall ruled that the sale could go ahead.', ['Hall [Justice] Mr']],
    ['Mrs Park said the shop would close.', ['Park Mrs']],
    // A contraction opening a quotation is no name.
    [
      "Asked about it, Mr Reed said: 'You're saying we lost.' Mr Lutz disagreed.",
      ['Reed Mr', 'Lutz Mr'],
    ],
    // Cue words that are surnames too, after a given name.
    ['He said Ann Old and Tom Moor were ill.', ['Ann Old', 'Tom Moor']],
    // A given name that is also a role word, after a title or initials.
    ['PC Dean Marsh was injured in the crash.', ['Dean Marsh [PC]']],
    ['Prime Minister Dean Ross flew to Oslo.', ['Dean Ross [Prime Minister]']],
    ['Police said J. Dean Smith was held.', ['J. Dean Smith']],
    // An office with its body before the name.
    [
      'Archbishop of Canterbury Justin Welby-Hart spoke at the service.',
      ['Justin Welby-Hart [Archbishop of Canterbury]'],
    ],
    // A shorter form of a role the person already has is no second role.
    [
      'Lt Col Simon Ashdown said the regiment was ready. Col Ashdown served in Iraq.',
      ['Simon Ashdown [Lt Col]'],
    ],
    // The body before a lower-case role is no person, and goes with the role.
    [
      'The regulator sued Mineral Resources founder Chris Ellison-Brand over tax.',
      ['Chris Ellison-Brand [Mineral Resources founder]'],
    ],
    [
      'Fans cheered as Riverton Falcons forward Tom Ellery scored.',
      ['Tom Ellery [Riverton Falcons forward]'],
    ],
    // Its name may hold "of", "for" and "&"; a qualifier before it is the role's.
    [
      'Former Bank of Westmere governor Ola Brant spoke.',
      ['Ola Brant [former Bank of Westmere governor]'],
    ],
    [
      'Shares fell after Hale & Frey chairman Dev Patil quit.',
      ['Dev Patil [Hale & Frey chairman]'],
    ],
    ['The crowd cheered as NATO chief Dev Patil arrived.', ['Dev Patil [NATO chief]']],
    // "and" joins a list, not a name; a possessive is whose the role is.
    [
      'Tom Ellery and Riverton defender Ann Cole trained.',
      ['Tom Ellery', 'Ann Cole [Riverton defender]'],
    ],
    ["Westmere's defence secretary Ola Brant agreed.", ['Ola Brant [defence secretary]']],
    // A word opening the sentence names a body only if it is known as one, or has more words.
    ['Talented broadcaster Ola Brant died.', ['Ola Brant [broadcaster]']],
    ['Separately, Tesla engineer Ola Brant resigned.', ['Ola Brant [Tesla engineer]']],
    // An adverb or a participle opening the sentence is no part of the body's name.
    ['Separately Tesla engineer Ola Brant resigned.', ['Ola Brant [Tesla engineer]']],
    ['Retired Riverton coach Ola Brant spoke.', ['Ola Brant [Riverton coach]']],
    ['Riverton Falcons coach Ola Brant resigned.', ['Ola Brant [Riverton Falcons coach]']],
    // The fuller form of a role the person already has takes its place.
    [
      'Coach Ola Brant smiled. Later, Riverton coach Ola Brant left.',
      ['Ola Brant [Riverton coach]'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected)
  })
})

describe('extractPeople: roles in apposition', () => {
  it.each([
    [
      'Tom Baxter, the incoming Vice-President, has urged calm.',
      ['Tom Baxter [incoming Vice-President]'],
    ],
    // An age between the name and the apposition; a home town after the role.
    ['Ann Cole, 45, a nurse from Leeds, said she was shocked.', ['Ann Cole [nurse]']],
    ['Mark Lane, a veteran MP, spoke first.', ['Mark Lane [veteran MP]']],
    ['Rob Cole, former editor-in-chief, spoke.', ['Rob Cole [former editor-in-chief]']],
    ['Dana Brook, a mathematician, won the prize.', ['Dana Brook [mathematician]']],
    // A head and its complement before the comma; a relative clause or a time after the role.
    ['The president of the club, Ann Cole, resigned.', ['Ann Cole [president of the club]']],
    ['Ann Cole, president of the club since 2010, resigned.', ['Ann Cole [president of the club]']],
    ['Ann Cole, who is president of the club, resigned.', ['Ann Cole [president of the club]']],
    ['Ann Cole, who was a nurse for 30 years, retired.', ['Ann Cole']],
    // A complement in lower case, up to the comma that closes the apposition.
    [
      'Ann Cole, executive director of the local chapter of the union, said it was wrong.',
      ['Ann Cole [executive director of the local chapter of the union]'],
    ],
    // A study, survey or inquiry ends the body a role belongs to.
    [
      'Ann Cole, head of the Leeds Health survey, said it was vital.',
      ['Ann Cole [head of the Leeds Health survey]'],
    ],
    [
      'The idea came from Susan Webb, a former defence secretary, in 2019.',
      ['Susan Webb [former defence secretary]'],
    ],
    [
      'On Friday the Prime Minister, Helen Clarke, flew to Rome.',
      ['Helen Clarke [Prime Minister]'],
    ],
    [
      'Omar Haddad, the chief executive of the Harbour Trust, said fees would rise.',
      ['Omar Haddad [chief executive of the Harbour Trust]'],
    ],
    [
      "Ruth Navarro, a spokeswoman for the Governor's office, declined to comment.",
      ["Ruth Navarro [spokeswoman for the Governor's office]"],
    ],
    [
      'Piet Janssen, adviser to the prime minister, said talks would resume.',
      ['Piet Janssen [adviser to the prime minister]'],
    ],
    [
      'After the match Diego Ferraz, Chile coach, praised the crowd.',
      ['Diego Ferraz [Chile coach]'],
    ],
    // A possessive stands where a determiner would.
    [
      "The bank's chief executive, Nadia Farouk, said profits fell.",
      ['Nadia Farouk [chief executive]'],
    ],
    ["Acme's spokesman, Lars Olsen, declined to comment.", ['Lars Olsen [spokesman]']],
    [
      'The White House press secretary, Dana Pierre-Louis, declined to comment.',
      ['Dana Pierre-Louis [White House press secretary]'],
    ],
    [
      'Margaret Ellingham, the novelist whose books sold millions, has died.',
      ['Margaret Ellingham [novelist]'],
    ],
    [
      'Lena Holt, the Nato secretary general, met the ministers.',
      ['Lena Holt [Nato secretary general]'],
    ],
    // A body named with digits ends the complement.
    [
      'Sir Edmund Lacey, the former head of MI6, told reporters the threat was real.',
      ['Edmund Lacey [former head of MI6] Sir'],
    ],
    // A title of someone else after a comma is no apposition.
    [
      'The guests were Maria Lopez, President Robert Hale and their aides.',
      ['Maria Lopez', 'Robert Hale [President]'],
    ],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected)
  })
})

describe('extractPeople: initials, particles and compound names', () => {
  it.each([
    ['Analysts said JD Vance would speak first.', 'JD Vance'],
    ['Analysts said J.D. Vance would speak first.', 'J.D. Vance'],
    ['The library holds papers of George W. Bush and his staff.', 'George W. Bush'],
    ['A deal was signed by Ursula von der Leyen in Brussels.', 'Ursula von der Leyen'],
    ['The summit was hosted by Kim Jong-un last spring.', 'Kim Jong-un'],
    ['A call between Recep Tayyip Erdoğan and his ministers ran late.', 'Recep Tayyip Erdoğan'],
    ["The goal was scored by Sean O'Brien after ten minutes.", "Sean O'Brien"],
    ['The fund is run by Fiona McDonald and a small team.', 'Fiona McDonald'],
    ['The winner was P. Sandoval, who finished in 2 hours.', 'P. Sandoval'],
    ['Rain fell, and Inzamam-ul-Haq batted on.', 'Inzamam-ul-Haq'],
    // A regnal number after a given name is part of the name, not an acronym.
    ['The portrait shows Queen Elizabeth II in 1953.', 'Elizabeth II'],
    ['Crowds cheered as Pope Benedict XVI arrived.', 'Benedict XVI'],
    // "I" is a regnal number only after a monarch's title: else it is the pronoun.
    ['The palace was built for Queen Mary I in 1553.', 'Mary I'],
    // After a given name, a nationality noun is a surname.
    ['The appeal was lodged by Paul Dane on Monday.', 'Paul Dane'],
    ['Critics praised Mary French for the design.', 'Mary French'],
    ['The award went to Sandra Beach on Friday.', 'Sandra Beach'],
    ['The speech was given by Samantha Power in Geneva.', 'Samantha Power'],
    ['The Energy Secretary, Ed Hollins, said bills would fall.', 'Ed Hollins'],
    // A surname that is also a street word, after initials or in a double-barrelled name.
    ['The party named J.D. Lane as its candidate.', 'J.D. Lane'],
    ['The prize went to Olivia Rodrigo-Park on Friday.', 'Olivia Rodrigo-Park'],
    // A double given name ending like a descriptor ("-ian") stays in the name.
    ['The bar is run by Jean-Sebastian R. Holloway and his wife.', 'Jean-Sebastian R. Holloway'],
    // A generation after a full name.
    ['Henry Fordham III said the car was ready.', 'Henry Fordham III'],
    // A word of office that is a common surname ends a name after a given name the lists lack.
    ['The award went to Anil Shah on Friday.', 'Anil Shah'],
    // A business noun in the possessive before a name says whose the person is.
    ["The memo came from the firm's Ann Lutz on Monday.", 'Ann Lutz'],
    // A day named from today opening the sentence is no part of the name.
    ['Yesterday Ann Lutz said the road would reopen.', 'Ann Lutz'],
    // A club's nickname before a player's name.
    ['Spurs Eric Dale scored twice.', 'Eric Dale'],
    // A surname-like cue after a given name that is no place.
    ['Della Street took the call.', 'Della Street'],
    // A word for a relative before a full name is no part of it.
    ['Friend Connie Kessler said she had been worried.', 'Connie Kessler'],
    // A relative's word in the plural, or a word for what the person is, before a full name.
    ['Sisters Ann Lutz and her twin ran the shop.', 'Ann Lutz'],
    // The plural of a title that is also a surname ("Judge", "Justice") is a title.
    ['Judges Ann Lutz agreed on Friday.', 'Ann Lutz'],
    ['The ruling was joined by Justices Ann Lutz.', 'Ann Lutz'],
    ['Welshman Tom Reed won the final on Sunday.', 'Tom Reed'],
    ['Viewer Ann Lutz wrote in to complain.', 'Ann Lutz'],
    ['Ex-Tory Tom Reed said the plan would fail.', 'Tom Reed'],
    // "Tory" is a given name too, and stays one before a surname alone; before a given name
    // and a surname it is the party.
    ['Tory Burch said the plan would fail.', 'Tory Burch'],
    ['Tory Ann Reed said the plan would fail.', 'Ann Reed'],
    // A compound modifier in front ("-winning", "-known": a part in lower case after the hyphen).
    ['Award-winning Ann Lutz said the film was done.', 'Ann Lutz'],
    ['Long-serving Tom Reed retired on Friday.', 'Tom Reed'],
    ['Jean-Claude Reed retired on Friday.', 'Jean-Claude Reed'],
    ['The prize went to Mary-kate Lutz on Friday.', 'Mary-kate Lutz'],
    // An adverb opening the sentence before a given name, its comma left out.
    ['Sadly Tom Reed died before the trial.', 'Tom Reed'],
    ['Surprisingly Ann Lutz won the seat.', 'Ann Lutz'],
    // A verb of a title-case headline ends the name.
    ['Ann Lutz Vows to Fight On', 'Ann Lutz'],
    ['Ann Lutz Wins Delaware Primary', 'Ann Lutz'],
    ['Ann Lutz Joins Rival Club', 'Ann Lutz'],
    // A full stop the parse kept on a name's last word, before a sentence in lower case.
    ['The campaign starred the model Ann Gandry. iPhone users loved it.', 'Ann Gandry'],
    // A compound adjective before a name is no part of it.
    ['The prize went to Cambridge-educated Ann Lutz on Friday.', 'Ann Lutz'],
    // A regnal number of four letters after a given name.
    ['The portrait of Henry VIII hangs in the hall.', 'Henry VIII'],
    // A title word before a suffix is the surname ("King" is also an honorific).
    ['The crowd heard Martin Luther King Jr. speak in the square.', 'Martin Luther King Jr.'],
    // A capital inside a name after a short prefix or one of the listed ones, or before a
    // given name, is no sign of words run together.
    ['Frank VanderMolen said the vote was close.', 'Frank VanderMolen'],
    ['Ann FitzGibbon said the vote was close.', 'Ann FitzGibbon'],
    ['Adviser MaryBeth Lutz said the vote was close.', 'MaryBeth Lutz'],
    ['Tom MacFadyen said the vote was close.', 'Tom MacFadyen'],
    ['Maria DeLaCruz said the vote was close.', 'Maria DeLaCruz'],
    // Words run together after a name are no part of it, nor is a particle before them;
    // before a given name they are left out.
    ['Officials said Tom Reed TwitterFacebook had left.', 'Tom Reed'],
    ['Officials said Tom Reed van TwitterFacebook had left.', 'Tom Reed'],
    ['A source told GadgetBlog Ann Lutz had resigned.', 'Ann Lutz'],
    // An honorific outweighs an opening article or place word, and a role in lower case the
    // ending of an abstract noun.
    ['Mr Der Matossian said the vote was close.', 'Der Matossian'],
    ['The spokesman Tom Mission said the roads were open.', 'Tom Mission'],
    // A title or an honorific outweighs an opening "San" and an ending of an abstract noun.
    ['Dr San Lwin said the vote was close.', 'San Lwin'],
    ['Transport Secretary Ray Grantion said the vote was close.', 'Ray Grantion'],
    // Surnames with the endings of abstract nouns: listed ones, "-hood" in a short word, and
    // endings left out of the rule ("-ment").
    ['Coal executive Don Blankenship said the vote was close.', 'Don Blankenship'],
    ['Ann Nation said the vote was close.', 'Ann Nation'],
    ['Ann LaHood said the vote was close.', 'Ann LaHood'],
    ['Ann Hood said the vote was close.', 'Ann Hood'],
    ['Tom Clement said the vote was close.', 'Tom Clement'],
    // "La", "Le", "El" and "Al" open surnames and given names, unlike "Der" or "Los".
    ['Le Pen said the vote was close.', 'Le Pen'],
    ['Al Whitby said the vote was close.', 'Al Whitby'],
    // Given names with diacritics.
    ['Zoë Lefèvre won the award on Friday.', 'Zoë Lefèvre'],
    ['Siobhán Ní Bhriain won the award on Friday.', 'Siobhán Ní Bhriain'],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual([expected])
  })

  it.each([
    // Not people: a team with a numeral, places and adjectives after a word that is also a name.
    'The Minor Counties XI batted first.',
    'Trade with the Far East grew.',
    'The Roman Catholic church objected.',
    // Storms carry people's first names.
    'Power was cut as Storm Ida swept across Wales.',
    'Hurricane Katrina flooded the city in 2005.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })
})

describe('extractPeople: one person, every form of the name', () => {
  it('merges the full name, the surname, the possessive and "Mr Surname"', () => {
    const text =
      'Transport Minister Colin Ardley opened the line. Ardley said it was late. ' +
      "Ardley's critics disagreed. Mr Ardley later apologised."
    const people = extractPeople(text, {pronouns: false})
    expect(people).toHaveLength(1)
    expect(people[0]!.name).toBe('Colin Ardley')
    expect(people[0]!.honorific).toBe('Mr')
    expect(people[0]!.mentions.map((mention) => mention.text)).toEqual([
      'Colin Ardley',
      'Ardley',
      'Ardley',
      'Ardley',
    ])
    expectTruePositions(text, people[0]!.mentions)
  })

  it('does not merge two people who share a surname', () => {
    const text =
      'Anna Kowal won the race and her brother Piotr Kowal came second. ' +
      'Piotr Kowal said the course was hard.'
    expect(names(text)).toEqual(['Anna Kowal', 'Piotr Kowal'])
  })

  it('gives a shared surname to the person the honorific points at', () => {
    const text = 'Anna Kowal and Piotr Kowal spoke. Mrs Kowal said the race was fair.'
    const people = extractPeople(text, {pronouns: false})
    const anna = people.find((person) => person.name === 'Anna Kowal')!
    expect(anna.mentions.map((mention) => mention.text)).toEqual(['Anna Kowal', 'Kowal'])
  })

  it.each([
    [
      'Midfielder Harry Rice scored twice. Mrs Rice watched from the stands. Mrs Rice said she was proud.',
      [
        ['Harry Rice', ['Harry Rice']],
        ['Rice', ['Rice', 'Rice']],
      ],
    ],
    [
      'Ann Cole won the seat. Mr Cole, her husband, was at the count. Cole thanked the voters.',
      [
        ['Ann Cole', ['Ann Cole', 'Cole']],
        ['Cole', ['Cole']],
      ],
    ],
    // A name that says nothing of the gender merges as before.
    ['Kit Rice scored. Mrs Rice said the goal was lucky.', [['Kit Rice', ['Kit Rice', 'Rice']]]],
  ])(
    'does not give a surname with an honorific of the other gender to its namesake: %s',
    (text, expected) => {
      const people = extractPeople(text, {pronouns: false})
      expect(people.map((person) => [person.name, person.mentions.map((m) => m.text)])).toEqual(
        expected,
      )
    },
  )

  it('lets a known surname that is also a place or a title stand for its person', () => {
    const text =
      'Michael Jordan scored 30 points. Later Jordan rested, and Carole King sang. King smiled.'
    const people = extractPeople(text, {pronouns: false})
    expect(people.map((person) => [person.name, person.mentions.length])).toEqual([
      ['Michael Jordan', 2],
      ['Carole King', 2],
    ])
  })

  it('lets a known surname that is also a street or building word stand for its person, not after "the"', () => {
    const text =
      "Mark Lane spoke. Lane's office declined to comment. Tom Hall visited. The Hall was full. Hall left."
    const people = extractPeople(text, {pronouns: false})
    expect(people.map((person) => [person.name, person.mentions.map((m) => m.text)])).toEqual([
      ['Mark Lane', ['Mark Lane', 'Lane']],
      ['Tom Hall', ['Tom Hall', 'Hall']],
    ])
  })

  it('merges a full name opening a sentence with its surname found elsewhere', () => {
    const text = 'Novak Vukovic beat Carlos Ferreira. Vukovic, 37, will face Ferreira again.'
    expect(names(text)).toEqual(['Novak Vukovic', 'Carlos Ferreira'])
  })

  it('merges a particle capitalised at a sentence start', () => {
    const text = 'Charles de Villiers, the mayor, spoke first. De Villiers said the vote was fair.'
    const people = extractPeople(text, {pronouns: false})
    expect(people.map((person) => [person.name, person.mentions.length])).toEqual([
      ['Charles de Villiers', 2],
    ])
  })

  it('merges initials with the full first name', () => {
    expect(names('J. Ramsey scored twice. Later John Ramsey was substituted.')).toEqual([
      'John Ramsey',
    ])
  })
})

describe('extractPeople: words beside a name that are no part of it, and words that are', () => {
  it.each([
    // Party labels after the names are no part of them.
    ['Sen. Tom Reed, R-Texas, and Sen. Ann Lutz, I-Vermont, said no.', ['Tom Reed', 'Ann Lutz']],
    // A given name that is also a car maker's name is left off the list of bodies.
    ['Fans cheered as Kia Stevens said no.', ['Kia Stevens']],
    // "Di" opening a surname is a particle, not the abbreviated rank "DI".
    ['He signed for the club, Di Natale said.', ['Di Natale']],
    // A relative named in a caption: "Relative" is no part of the name.
    ['Relative Ann Lutz said she was proud.', ['Ann Lutz']],
    // A particle is written in lower case inside a name: no common word.
    ['The stage was won by Brink van Hoorne on Sunday.', ['Brink van Hoorne']],
    // A nickname of an initial and a surname is no party label.
    ['Fans cheered when D-Tremble said he was tired.', ['D-Tremble']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })
})

describe('extractPeople: bare surnames known from context', () => {
  it.each([
    ["Officials noted Volkov's reliance on foreign troops.", ['Volkov']],
    ['The plan was rejected, Brennecke said on Monday.', ['Brennecke']],
    ['Aid was cut by the Castellano government in 2014.', ['Castellano']],
    ["Prices rose. Officials blamed Moreno's reluctance to cut spending.", ['Moreno']],
    // A given name alone, apposed to a noun of a person or before "who".
    ['She is survived by her son, Tom.', ['Tom']],
    // A given name alone after a relative's noun that a possessive owns, with no comma.
    ['Former mayor Ann Lutz and her husband Tom attended.', ['Ann Lutz', 'Tom']],
    ["The feud between the brothers grew. Lutz's brother Piotr stayed silent.", ['Piotr']],
    // Not after a noun that no one owns, nor a capitalised word that is no given name.
    ['The winner was a wife Ann, it seemed.', []],
    ['There is of course Jason, who edits the site.', ['Jason']],
    // A home town in commas, as court reports give it.
    ['Keane, of Salford, was jailed for life.', ['Keane']],
    ['Jurors heard that Okoro, of East Ham, had fled.', ['Okoro']],
    // An age in commas, even opening a sentence.
    ['Okafor, 28, had been on loan at a rival club.', ['Okafor']],
    // The home town after an age is a place, whatever its words look like.
    ['Dai Rees, 72, from Pennant Wells, said his roof had gone.', ['Dai Rees']],
    [
      'Ann Lutz, 36, of Gary, Indiana, was charged. Gary Holt denied it.',
      ['Ann Lutz', 'Gary Holt'],
    ],
    // A function word that is also a given name, opening a quotation, is no name.
    ['Later, Brannigan observed, "My Carbonara was perfect."', ['Brannigan']],
    ["Talks stalled. Observers blamed Volkov, and Volkov's aides denied it.", ['Volkov']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected)
  })

  it('counts a mention before the evidence', () => {
    const text = "The army wants to deter Volkov. Observers noted Volkov's reliance on drones."
    const people = extractPeople(text)
    expect(people.map((person) => person.mentions.length)).toEqual([2])
  })
})

describe('extractPeople: not people', () => {
  it.each([
    'Speaking to The Times, the minister said more was needed.',
    'She told GB News and LBC that PA had the story first; Reuters confirmed it.',
    "Labour's stance was debated in the Commons while the Government waited.",
    'The Ministry of Defence said the Financial Support Bill would pass.',
    'Troops trained in Kyiv and Yorkshire alongside North Korean observers.',
    // Countries and territories whose words are given names or read like one.
    'Aid reached Puerto Rico and Cape Verde, and San Marino sent doctors.',
    // News agencies that stories cite, and the Fed.
    'The talks had ended, Xinhua said, and Interfax reported that the Fed said rates would stay.',
    // Capitals, which speak for governments.
    'Officials in Phnom Penh said Tbilisi had agreed, and Reykjavik said it would follow.',
    'The G7 agreed a loan package on Friday.',
    // A business: after a noun for one, after "-based", a plural of a word written in lower case.
    "A judge dismissed a bid by Russian oil giant Yukos. Yukos had argued the case, and Yukos's lawyers agreed.",
    'Leisure group Rank plans to sell its film unit to Deluxe Films.',
    'Hong Kong-based Hutchison Whampoa bought a stake; Hutchison Whampoa declined to comment.',
    // A word of a common-noun ending ("-ship") is no name's.
    'She teaches Educational Leadership at the college, and Global Partnership backed the plan.',
    // A word of office after a word that is no given name ends a title or a business.
    'The charity named a Goodwill Ambassador, and Tom Reed Funeral Directors handled the service.',
    // A word with the ending of an abstract noun is no name alone, even after a title word.
    'He campaigned hard before the General Election, and Google Politics said so.',
    // Forts and mountains by their first word, US states by their abbreviation, parties and
    // clubs in the plural.
    'Fans in Fort Wayne, Wis., cheered the Cleveland Cavaliers, and Virginia Democrats met.',
    // A surname-like cue after a given name that is also a place ends no name.
    'Kick-off: Leicester City v Arsenal, and fans met on Washington Street near Virginia Beach.',
    // A kibbutz by its first word; a memorial site by its name.
    'Volunteers from Kibbutz Hanita visited Ground Zero last year.',
    // Units, registries and complexes by their last word; Spanish clubs by "Real".
    'Police said Crime Unit officers and the Land Registry helped, while Real Sociedad fans waited at the Sports Complex.',
    // Farms, airports, infirmaries and production companies by their last word.
    'Flights left Denver International for Oak Hollow Farm, owned by Happy Madison Productions.',
    // Roads and headlands by their last word.
    'Traffic on Glenn Highway slowed near Darling Point.',
    // Continental clubs by their first word; landforms and docks by their last.
    'Fans of Borussia Dortmund and Bayern Munich met at Canary Wharf, near Gale Crater models.',
    // Zoos and prisons by their last word; armed groups written in two words.
    'Keepers at Bronx Zoo said Boko Haram and Al Qaeda were mentioned in the letter, which reached Abu Ghraib.',
    // "A" opening a sentence is the article, not an initial.
    'A Renault Clio was found abandoned near the station.',
    // One word that is no given name after a body's name names its product or service; one
    // word after a capitalised word with a digit ends a brand.
    'Apple Music said streams rose, and BBC Sport said the match was called off.',
    'Jet2 Holidays said bookings were up for the summer.',
    // Events, courses and bonds by their last word; a valley town by "Hole".
    'He has three tour wins, but none since the 1993 Crestmont Classic.',
    'She won the 2004 Lakeview Invitational at Cooper Ridge Golf Course.',
    'Investors bought U.S. Treasuries, and bankers met at Jackson Hole.',
    // Grounds and clubs by their words ("Old", "Moor", "Inter"), and a listed club.
    'Fans at Old Trafford and Turf Moor cheered, and Inter Milan lost to AC Milan.',
    // A word of office before a place's cue is the place's name, with no honorific before it.
    'Workers left the General Electric Appliance Park at noon.',
    // A listed place of two words is no place before a name of one ("Arabia").
    'Officials in Saudi Arabia said the talks would go on.',
    // A county by its ending; companies and groups that news names bare.
    'Police in Pembrokeshire said the road was closed.',
    'Flights from Ryanair were grounded, Nascar said, and Daesh said the town fell.',
    // Races, Test matches, regions, clubs, firms and car models, by their words.
    'Punters said Grand National runners looked fit.',
    'Dealers said Toyota Corolla sales rose again.',
    'She trained Dewhurst Stakes winners for years.',
    'Bay Area residents and Ashes Test fans agree.',
    'Supporters of Boca Juniors and Harrowgate Promotions staff met.',
    // Broadcasters, cups and the seat of Congress, by their words.
    'Fans said the thrilling FA Cup semi-final went to penalties.',
    // A cup named after a person, whose name is a given name: "Cup" is no surname.
    "Fans watched Sunday's Harold Cup final.",
    'Aides on Capitol Hill worked late into the night.',
    'Rights went to Sky Sports and BT Sport, the league said.',
    // Capitalised words of three letters that the article also writes in lower case.
    'Crowds filled Old Harrowby on Saturday, and the old stand shook.',
    'Viewers loved Mad Hatters, though the mad rush ended.',
    // One word with a cue of a person that the article also writes in lower case.
    'The farm had a good year, Harvest said. The harvest was the biggest yet.',
    'The club was sold, Orchard told reporters. The orchard was planted in 1900.',
    // A hyphenated word whose second part the article writes alone in lower case ("knit").
    'She wore it to the gala. Velmont Crochet-knit mini dress. Get it online. The stretchy knit of this number means there is no need for a belt.',
    'She wore it to the gala. Velmont Crochet-net mini dress. Get it online. The stretchy net of this number means there is no need for a belt.',
    // A point of the compass opens a place, even before a given name.
    'He flew to West Virginia and then to North Dakota, while fans in North London cheered.',
    // Compound adjectives of a place and a participle.
    'Shares in New York-based firms rose, and London-born writers met Kremlin-backed groups.',
    'He drew the comic Saturday Morning Breakfast Cereal for years.',
    // An indefinite pronoun opening a quote or a sentence is nobody.
    'The leader said: "Nobody wants to put up bills." Everyone agreed; Someone left.',
    'However, Meanwhile and Yesterday start sentences here.',
    'British Airways and the United Nations issued statements.',
    'Fans gathered at Wembley Stadium for the Champions League final.',
    // "on" after a body's word: "Council on Foreign Relations".
    'The Council on Foreign Relations said the plan was wrong.',
    'Shares in Corvana Holdings SA rose, and Corvana said profits would grow.',
    'The patrol vessel HMS Tenacity docked, the United Nations High Commissioner said.',
    'Crowds reached the Bat Cave ride before noon.',
    'The film Million Dollar Baby won four awards.',
    // Events and awards, party and parliament words.
    'Ireland won Grand Slam glory in 1948, and Triple Crown success followed.',
    'Ratings for Super Bowl coverage rose, and Golden Globe winners were named.',
    'Lib Dem sources said the motion failed.',
    'He said Law Lords ruled against the plan.',
    // Regiments and sports teams by their last word.
    'Soldiers from Gurkha Rifles and Argyll Highlanders arrived.',
    'Bradford Bulls beat Leeds Rhinos, while Sale Sharks lost to Kansas City Chiefs fans.',
    'Supporters of Brighton and Hove Albion watched as SV Darmstadt lost and the Boston Red Sox won.',
    // Firms by their last word: securities houses, research firms, stores.
    'McCarthy Research said prices rose, Harris Interactive found.',
    'Analysts at Daiwa Securities said sales at Costco Wholesale rose.',
    'Sales at Bebe Stores rose, Electronic Arts said, and the Federal Reserve agreed.',
    // Titles of works: after a work noun, opening with an article or "My", one word after "their".
    'She is currently starring in A Very Long Engagement, which opened in Paris.',
    'The shows that won praise included I Love Lucy and the news.',
    'Critics hailed the film Saving Private Ryan when it opened.',
    'The band played My Summer of Love on the night.',
    'Winning lifted their Oscars hopes this month.',
    // One word after "the" or "a" names a thing, even before a verb of people.
    'Readers love how the Parsnip writes its jokes.',
    'Staff said the Quillbury reported the story first, and a Farrowdale said nothing.',
    // "I" after a given name with no monarch's title is the pronoun, and no acronym makes a name.
    'When Ann I said no, she left.',
    '"President Owen I think set a high standard," the aide said.',
    // A party's initial and a state after a lawmaker's name.
    'The senator, D-Maryland, wrote to the president.',
    'The hit single Merry Christmas Everybody returned to the chart.',
    // A photographer credited after an agency, and a writer's byline on lines of their own.
    'Crowds gather outside the court on Monday. REUTERS/Jane Doe\nThe trial opened on Monday.',
    'Ministers face backlash over rail cuts\nJo Marsh\nPolitical correspondent\nMinisters are facing a backlash over the cuts.',
    'Inflation fell in March, the Office for National Statistics said.',
    // Companies named after people, and cities named after saints.
    'Shares of Morgan Stanley and Charles Schwab rose while Wells Fargo fell.',
    'He flew with Virgin Atlantic to San Diego and on to St. Louis.',
    // Companies by their last word.
    'The regulator said Thames Water and Network Rail were fined.',
    'Blackstone Capital and Sequoia Partners invested in Harbour Energy.',
    // Places, memorials and medals by their last word.
    'The festival moved from Palmer Springs to Cedar Falls.',
    'The King Charles III Coronation Medal was awarded to nurses.',
    // A capitalised word after an age that ends a sentence opens the next one.
    'The victim, 31. Detectives said the road was dark.',
    // Nationality nouns in the plural.
    'Polls show many Australians said they were worried.',
    'Hundreds of Canadians and New Zealanders joined the protest.',
    // Ships named after people, degrees, and thousands after a comma.
    'HMS Queen Elizabeth sailed from Portsmouth with USS Gerald Ford.',
    'She began her M.Sc. studies and later a Ph.D. in Leeds.',
    'The force has 15,000 sailors and Marines, 6,000 airmen and 2,000 troops.',
    // Leagues, foreign papers and titles opened by a German, Italian or Spanish article.
    'The striker has scored nine goals in La Liga this season.',
    'Le Monde said the letter was real.',
    'La Repubblica printed the letter on Tuesday.',
    'Der Spiegel said the report was wrong, and Die Zeit agreed.',
    'The film Die Hard was shown again, and Los Blancos lost.',
    // "New" opens places, parties and groups, never a person's name.
    'Crowds in New Carrick said the vote was close.',
    'New Harmony said the vote was close.',
    // "San", "São" and "Port" open places.
    'The attack in San Marcello shocked the state.',
    'Fans in Port Carrick said the ground was full.',
    'Officials in Ft. Carrick said the road was closed.',
    // Companies named like people, and German firms.
    'Lockheed Martin said the jets were ready, and Deutsche Kabel agreed.',
    // An abstract noun ends the name of a body, a work or an event.
    'The charity Safer Parenthood said funding had been cut.',
    'Fans said Glass Division would tour again.',
    'A spokesman for Riverside Fellowship said the hall would reopen.',
    'Officials at Flood Prevention said the fund was empty.',
    // Words run together: brands, and page furniture glued to a name in scraping.
    'DealFinder said the offer had ended, and TrailMaps confirmed it.',
    'The site GadgetBlog reported that PhotoHub said the service would close.',
    'The clip was filmed by Tom BrandtPhotography for the paper.',
    'GadgetBlog Pollster said the vote was close.',
  ])('%s', (text) => {
    expect(names(text)).toEqual([])
  })

  it('ignores all-capital source lines', () => {
    const text = 'Ministers meet in Paris\nGB NEWS\nThe talks began on Monday.'
    expect(names(text)).toEqual([])
  })

  it('reads a title-case headline with a given name among common words', () => {
    const text =
      'Trade Secretary Jonathan Reynard: We Will Not Back Down\n\nJonathan Reynard said the tariffs were unfair.'
    expect(names(text)).toEqual(['Jonathan Reynard'])
  })

  it('ignores a staff credit in brackets', () => {
    const text = 'The storm hit the coast.\n\n(Additional reporting by Tom Hale in Miami)'
    expect(names(text)).toEqual([])
    const photo = 'The fire destroyed the roof.\n\n(Photo by Tom Hale/AFP via Getty Images)'
    expect(names(photo)).toEqual([])
  })
})

describe('extractPeople: pronouns', () => {
  it('attaches he and his to the subject of the sentence before', () => {
    const text =
      'Energy Secretary Daniel Reeve visited the plant. "We will build more," he said. ' +
      'His plan was welcomed.'
    const [reeve] = extractPeople(text)
    expect(reeve!.mentions.map((mention) => [mention.kind, mention.text])).toEqual([
      ['name', 'Daniel Reeve'],
      ['pronoun', 'he'],
      ['pronoun', 'His'],
    ])
    expectTruePositions(text, reeve!.mentions)
  })

  it.each([
    'Daniel Reeve spoke. "He has failed us," Reeve said of the mayor.',
    // Single marks, as British news quotes, straight or curly.
    "Daniel Reeve spoke. 'He has failed us,' Reeve said of the mayor.",
    'Daniel Reeve spoke. ‘He has failed us,’ Reeve said of the mayor.',
    "Daniel Reeve said: 'The mayor's plan failed. We will not forgive him.'",
  ])('leaves pronouns inside quotation marks alone: %s', (text) => {
    const [reeve] = extractPeople(text)
    expect(reeve!.mentions.map((mention) => mention.kind)).not.toContain('pronoun')
  })

  it.each([
    // Apostrophes are no quotation marks: the pronoun after them is outside any quote.
    ["In the '90s Daniel Reeve ran the firm. He sold it in 2001.", 'He'],
    ["Daniel Reeve's firm grew. Later he sold it.", 'he'],
  ])('still attaches pronouns after an apostrophe: %s', (text, pronoun) => {
    const [reeve] = extractPeople(text)
    expect(reeve!.mentions.map((mention) => mention.text)).toContain(pronoun)
  })

  it('matches the gender of the pronoun', () => {
    const text = 'Mrs Helen Doyle met Mr Ian Frost. She said the talks went well.'
    const people = extractPeople(text)
    const doyle = people.find((person) => person.name === 'Helen Doyle')!
    const frost = people.find((person) => person.name === 'Ian Frost')!
    expect(doyle.mentions.map((mention) => mention.text)).toEqual(['Helen Doyle', 'She'])
    expect(frost.mentions.map((mention) => mention.text)).toEqual(['Ian Frost'])
  })

  it('reads no gender in a Chinese or Korean family name that opens a name', () => {
    const text = 'Chen Meiling founded the firm in 2003. She now employs 900 people.'
    const [chen] = extractPeople(text)
    expect(chen!.mentions.map((mention) => mention.text)).toEqual(['Chen Meiling', 'She'])
  })

  it('reads the gender news gives a name both name lists carry ("Bill", "Grace")', () => {
    const text = 'Grace Amos met Bill Lane. He thanked her.'
    const people = extractPeople(text)
    expect(people.map((person) => person.mentions.map((mention) => mention.text))).toEqual([
      ['Grace Amos', 'her'],
      ['Bill Lane', 'He'],
    ])
  })

  it('can be turned off', () => {
    const text = 'Daniel Reeve visited the plant. He said more was needed.'
    const [reeve] = extractPeople(text, {pronouns: false})
    expect(reeve!.mentions.map((mention) => mention.kind)).toEqual(['name'])
  })
})

describe('extractPeople: title mentions', () => {
  it('attaches "the Defence Secretary" to the one person who holds the role now', () => {
    const text =
      'Defence Secretary Ruth Calder met former Defence Secretary Owen Pike. ' +
      "The Defence Secretary's plan was announced later."
    const people = extractPeople(text)
    const calder = people.find((person) => person.name === 'Ruth Calder')!
    expect(calder.mentions.map((mention) => [mention.kind, mention.text])).toEqual([
      ['name', 'Ruth Calder'],
      ['title', 'Defence Secretary'],
    ])
  })
})

describe('extractPeople: input and options', () => {
  it('accepts a parsed Article and gives the same result', () => {
    const text = 'Defence Secretary Ruth Calder met Owen Pike in Kyiv.'
    expect(extractPeople(parseArticle(text))).toEqual(extractPeople(text))
  })

  it.each(['', '   ', '\n\n'])('returns nothing for %j', (text) => {
    expect(extractPeople(text)).toEqual([])
  })

  it.each([
    [42, 'a number (42)'],
    [null, 'null'],
    [{text: 'x'}, 'an object'],
  ])('throws a TypeError for %j', (value, what) => {
    expect(() => extractPeople(value as never)).toThrow(
      `extractPeople: expected \`input\` to be a string or an Article, got ${what}`,
    )
  })

  it('validates options', () => {
    expect(() => extractPeople('Ruth Calder spoke.', 'yes' as never)).toThrow(TypeError)
    expect(() => extractPeople('Ruth Calder spoke.', {pronouns: 1 as never})).toThrow(
      'extractPeople: expected `pronouns` to be a boolean, got a number (1)',
    )
  })

  it('reports mentions in text order with true positions', () => {
    const text =
      "Line one about Kyiv.\r\nHealth Secretary Maria Lopez said she would act.\nLopez's aides agreed."
    const people = extractPeople(text)
    for (const person of people) {
      expectTruePositions(text, person.mentions)
      const starts = person.mentions.map((mention) => mention.position.start.offset!)
      expect(starts).toEqual([...starts].sort((a, b) => a - b))
    }
    expect(people.map((person) => person.mentions.length)).toEqual([3])
  })
})
