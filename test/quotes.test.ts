import {describe, expect, it} from 'vitest'
import {extractPeople, extractQuotes, parseArticle, type Quote} from '../src/index.js'
import {scanMarks} from '../src/quotes/marks.js'
import {expectTruePositions} from './helpers.js'

/** One row: input, then the expected quotes as [text, kind, speaker name or null, cue or null]. */
type Row = [input: string, expected: Array<[string, Quote['kind'], string | null, string | null]>]

function summarise(quotes: Quote[]): Array<[string, Quote['kind'], string | null, string | null]> {
  return quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name ?? null, quote.cue])
}

function check(
  input: string,
  expected: Row[1],
  options?: Parameters<typeof extractQuotes>[1],
): void {
  const quotes = extractQuotes(input, options)
  expect(summarise(quotes), input).toEqual(expected)
  expectTruePositions(input, quotes)
}

describe('extractQuotes: quotation marks', () => {
  const rows: Row[] = [
    ['"We will win," she said.', [['We will win', 'direct', null, 'said']]],
    // A straight mark left unclosed before the next quote opens after a sentence end.
    [
      'Registrar Tom Reid spoke. "It is stricter than before. "I think it is fair," Mr Reid said. The rules start in May.',
      [
        ['It is stricter than before.', 'direct', null, null],
        ['I think it is fair', 'direct', 'Tom Reid', 'said'],
      ],
    ],
    ['Ann Lee spoke.\n“We will win,” she said.', [['We will win', 'direct', 'Ann Lee', 'said']]],
    [
      'Ann Lee spoke.\n“We said ‘never’ and we meant it,” she said.',
      [['We said ‘never’ and we meant it', 'direct', 'Ann Lee', 'said']],
    ],
    [
      "Ann Lee spoke.\n\"They can't stop Lee's plan from the '90s, it's rock 'n' roll,\" she said.",
      [
        [
          "They can't stop Lee's plan from the '90s, it's rock 'n' roll",
          'direct',
          'Ann Lee',
          'said',
        ],
      ],
    ],
    [
      'Ann Lee spoke.\n“Straight and curly,” she said. "Mixed styles," she added.',
      [
        ['Straight and curly', 'direct', 'Ann Lee', 'said'],
        ['Mixed styles', 'direct', 'Ann Lee', 'added'],
      ],
    ],
    [
      "Tom Reed spoke.\n'Single marks are quotes too,' he said.",
      [['Single marks are quotes too', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed said: "This quote never closes\nThe next paragraph is not quoted.',
      [['This quote never closes', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed said: "The first paragraph runs on.\n"The second one reopens.\n"The third one closes."\nThe reporter writes again.',
      [
        ['The first paragraph runs on.', 'direct', 'Tom Reed', 'said'],
        ['The second one reopens.', 'direct', 'Tom Reed', 'said'],
        ['The third one closes.', 'direct', 'Tom Reed', 'said'],
      ],
    ],
    // TeX style: two backticks open, two apostrophes close.
    [
      "``We are ready,'' said Zara Pike. ``We will win.''",
      [
        ['We are ready', 'direct', 'Zara Pike', 'said'],
        ['We will win.', 'direct', 'Zara Pike', null],
      ],
    ],
    // A quote that leads a headline, set off by a colon, is a whole utterance.
    [
      "'We will appeal': club vows to fight points deduction\n\nThe club said on Friday it would challenge the ruling.",
      [['We will appeal', 'direct', null, null]],
    ],
    [
      'The club met.\n"We will appeal": that was the message from its chairman.',
      [['We will appeal', 'direct', null, null]],
    ],
    // Single marks: an elision and a plural possessive inside the quote are apostrophes.
    [
      "Ruth Calder spoke.\n'Rock 'n' roll never dies,' she said.",
      [["Rock 'n' roll never dies", 'direct', 'Ruth Calder', 'said']],
    ],
    [
      "'The workers' votes can't be ignored,' said Fenella Brook.",
      [["The workers' votes can't be ignored", 'direct', 'Fenella Brook', 'said']],
    ],
    [
      "Ruth Calder said the plan was 'a shambles' and 'a waste of money'.",
      [
        ['a shambles', 'partial', 'Ruth Calder', 'said'],
        ['a waste of money', 'partial', 'Ruth Calder', 'said'],
      ],
    ],
    [
      "Ruth Calder called it 'a mess' before the Joneses' party.",
      [['a mess', 'partial', 'Ruth Calder', 'called']],
    ],
    // An opening mark typed for a closing one, right after the words, closes the quote.
    [
      '“It is unusual,“ said Ann Lee. “It is hard to do.”',
      [
        ['It is unusual', 'direct', 'Ann Lee', 'said'],
        ['It is hard to do.', 'direct', 'Ann Lee', null],
      ],
    ],
    // New York Times style: two apostrophes for a double mark; ,''' closes an inner quote and the outer one.
    [
      "Ann Lee spoke on Monday.\n''I said, 'We will not wait,''' she recalled. ''Then we left.''",
      [
        ["I said, 'We will not wait,'", 'direct', 'Ann Lee', 'recalled'],
        ['Then we left.', 'direct', 'Ann Lee', null],
      ],
    ],
    [
      "Tom Reed was asked what he misses. '''Quiz Night,''' he replied.",
      [["'Quiz Night,'", 'direct', 'Tom Reed', 'replied']],
    ],
    [
      'Ann Lee said: "We will win.\n"We will not lose," added Tom Reed.',
      [
        ['We will win.', 'direct', 'Ann Lee', 'said'],
        ['We will not lose', 'direct', 'Tom Reed', 'added'],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))

  it('pairs 100,000 marks in linear time', () => {
    const text = `${'"ab" '.repeat(25_000)}\n${"'b ".repeat(25_000)}\n${'“cd, '.repeat(25_000)}`
    let start = performance.now()
    const spans = scanMarks(text, 0, text.length)
    expect(performance.now() - start).toBeLessThan(1500)
    // Straight pairs, then no single quote (none closes), then every curly opener ends the one before.
    expect(spans).toHaveLength(50_000)
    const article = parseArticle(text)
    start = performance.now()
    const quotes = extractQuotes(article)
    expect(performance.now() - start).toBeLessThan(5000)
    expect(quotes).toEqual([])
  })
})

describe('extractQuotes: attribution frames', () => {
  const rows: Row[] = [
    ['"Taxes will fall," Mary Jones said.', [['Taxes will fall', 'direct', 'Mary Jones', 'said']]],
    // Written words and criticism right before the quote: "typed", "attacked", "denounced".
    [
      'A nurse had typed "severe anxiety." The family disputed it.',
      [['severe anxiety.', 'direct', 'A nurse', 'typed']],
    ],
    [
      'In a speech, Ann Cole attacked "the politics of fear and division." The crowd cheered.',
      [['the politics of fear and division.', 'direct', 'Ann Cole', 'attacked']],
    ],
    // A fronted "to" and a person give whose view the quote is; not after a reporting verb.
    [
      'Ann Lee made the film because to her, "nothing matters more than the story."',
      [['nothing matters more than the story.', 'direct', 'Ann Lee', 'to']],
    ],
    [
      'Tom Reed said to her, "We should go home now."',
      [['We should go home now.', 'direct', 'Tom Reed', 'said']],
    ],
    // A charge or praise after the verb's object: "accused X of", "praised X for" (partial).
    [
      "Tom Reed accused the government of 'dithering' over the plan.",
      [['dithering', 'partial', 'Tom Reed', 'accused']],
    ],
    [
      'Ann Lee praised the team for "an outstanding effort, the best I have seen."',
      [['an outstanding effort, the best I have seen.', 'partial', 'Ann Lee', 'praised']],
    ],
    // Words someone used: "used the phrase", "coined the term" (a phrase, not a sentence).
    [
      'Ann Lee has used the phrase "radical reform" often in her campaign.',
      [['radical reform', 'partial', 'Ann Lee', 'used the phrase']],
    ],
    [
      'Tom Reed coined the term "quiet quitting." Others took it up.',
      [['quiet quitting.', 'partial', 'Tom Reed', 'coined the term']],
    ],
    // A short whole sentence right after a quote goes on with it, though its capitals look like a title's.
    [
      '“We are open,” the shop owner said. “Come in.”',
      [
        ['We are open', 'direct', 'the shop owner', 'said'],
        ['Come in.', 'direct', 'the shop owner', null],
      ],
    ],
    // Two short sentences in capitals are speech, not a title: "The Chief. Big Man."
    [
      '"Here comes the boss," Lena Park said. "The Chief. Big Man." The hall went quiet.',
      [
        ['Here comes the boss', 'direct', 'Lena Park', 'said'],
        ['The Chief. Big Man.', 'direct', 'Lena Park', null],
      ],
    ],
    ['"Taxes will fall," said Mary Jones.', [['Taxes will fall', 'direct', 'Mary Jones', 'said']]],
    [
      'Mary Jones met voters.\n"Taxes will fall," Jones told the Daily Planet.',
      [['Taxes will fall', 'direct', 'Mary Jones', 'told']],
    ],
    ['Mary Jones said: "Taxes will fall."', [['Taxes will fall.', 'direct', 'Mary Jones', 'said']]],
    [
      'Mary Jones said:\n"Taxes will fall this year."',
      [['Taxes will fall this year.', 'direct', 'Mary Jones', 'said']],
    ],
    [
      '"Taxes will fall," according to Mary Jones.',
      [['Taxes will fall', 'direct', 'Mary Jones', 'according to']],
    ],
    [
      'Mary Jones, who chairs the committee, said: "Taxes will fall."',
      [['Taxes will fall.', 'direct', 'Mary Jones', 'said']],
    ],
    [
      'In a statement, Mary Jones said: "Taxes will fall."',
      [['Taxes will fall.', 'direct', 'Mary Jones', 'said']],
    ],
    [
      'Speaking to the radio, Mary Jones described the plan as a "costly failure".',
      [['costly failure', 'partial', 'Mary Jones', 'described']],
    ],
    [
      'Mary Jones visited Leeds on Monday, warning it would be a "grave error" to wait.',
      [['grave error', 'partial', 'Mary Jones', 'warning']],
    ],
    [
      'Mary Jones spoke.\n"Taxes will fall," she said, "and wages will rise."',
      [
        ['Taxes will fall', 'direct', 'Mary Jones', 'said'],
        ['and wages will rise.', 'direct', 'Mary Jones', 'said'],
      ],
    ],
    [
      '"Taxes will fall," Mary Jones said.\n"Wages will rise too."',
      [
        ['Taxes will fall', 'direct', 'Mary Jones', 'said'],
        ['Wages will rise too.', 'direct', 'Mary Jones', null],
      ],
    ],
    [
      '"We regret the delay," a Downing Street spokesman said.',
      [['We regret the delay', 'direct', 'a Downing Street spokesman', 'said']],
    ],
    [
      '"The review is under way," the Ministry of Defence said.',
      [['The review is under way', 'direct', 'the Ministry of Defence', 'said']],
    ],
    // Retorts and other reporting verbs after the quote.
    ['"Sit down," Tom Reed barked.', [['Sit down', 'direct', 'Tom Reed', 'barked']]],
    ['"We are ready," Ann Lee shot back.', [['We are ready', 'direct', 'Ann Lee', 'shot back']]],
    [
      '"Not again," an angry Tom Reed retaliated.',
      [['Not again', 'direct', 'Tom Reed', 'retaliated']],
    ],
    ['"No tax, no vote," read one sign.', [['No tax, no vote', 'direct', 'one sign', 'read']]],
    // "this" opens a speaker phrase.
    [
      '"We never discussed it," this source told the Daily Planet.',
      [['We never discussed it', 'direct', 'this source', 'told']],
    ],
    // A role before the name and a place after it.
    [
      '"I do not know where he stands," said undecided voter Ann Lee of Derry, N.H., before the event.',
      [['I do not know where he stands', 'direct', 'Ann Lee', 'said']],
    ],
    // A long apposition between the speaker and the verb.
    [
      '"We are ready," Ann Lee, the party candidate in the northern district and the current leader in the state polls by a wide margin after winning the spring primary, said on Monday.',
      [['We are ready', 'direct', 'Ann Lee', 'said']],
    ],
    // "As X put it," names the speaker of what follows.
    [
      'The mayor was blunt. As Ann Lee put it, "the town has no money left."',
      [['the town has no money left.', 'direct', 'Ann Lee', 'put it']],
    ],
    // A full stop before a comma ends no sentence: "Jr.," and "Pa.," sit inside an apposition.
    [
      "''Our towns will pay,'' Ann Lee, 67, a retired nurse in Allentown, Pa., said by telephone.",
      [['Our towns will pay', 'direct', 'Ann Lee', 'said']],
    ],
    [
      '"We close at noon," Tom Reed Jr., the owner, said.',
      [['We close at noon', 'direct', 'Tom Reed Jr.', 'said']],
    ],
    // A reporting-verb form inside a name ("Post") is part of the name.
    [
      '"The deadline is April 15," the Daily Planet Post reported.',
      [['The deadline is April 15', 'direct', 'the Daily Planet Post', 'reported']],
    ],
    // A day after a determiner is part of the speaker phrase, not a name.
    [
      '"The plan is dead," reads a Sunday editorial in the Daily Planet.',
      [['The plan is dead', 'direct', 'a Sunday editorial', 'reads']],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: direct or partial', () => {
  const rows: Row[] = [
    // The quote is nearly the whole reported clause: only "that" or a short subject leads in.
    [
      'Tom Reed said that "the new bridge will carry twice the traffic of the old one by next spring."',
      [
        [
          'the new bridge will carry twice the traffic of the old one by next spring.',
          'direct',
          'Tom Reed',
          'said',
        ],
      ],
    ],
    [
      'Tom Reed said the bridge "will carry twice the traffic of the old one, and it will open on time next spring, whatever critics say."',
      [
        [
          'will carry twice the traffic of the old one, and it will open on time next spring, whatever critics say.',
          'direct',
          'Tom Reed',
          'said',
        ],
      ],
    ],
    // A listener and a time between the verb and "that" are not part of what was said.
    [
      'Tom Reed told reporters on Monday that "the new bridge will carry twice the traffic of the old one by next spring."',
      [
        [
          'the new bridge will carry twice the traffic of the old one by next spring.',
          'direct',
          'Tom Reed',
          'told',
        ],
      ],
    ],
    // A clause of the reporter's own before "that" is.
    [
      'Tom Reed said the vote was a clear sign that "the voters want the bridge built."',
      [['the voters want the bridge built.', 'partial', 'Tom Reed', 'said']],
    ],
    // A short subject before the quote and the frame after it: the quote is the clause.
    [
      'The plan "will carry twice the traffic of the old bridge by next spring, and it will open on time," Ann Lee said.',
      [
        [
          'will carry twice the traffic of the old bridge by next spring, and it will open on time',
          'direct',
          'Ann Lee',
          'said',
        ],
      ],
    ],
    [
      'The long-delayed bridge "will open soon," Ann Lee said.',
      [['will open soon', 'partial', 'Ann Lee', 'said']],
    ],
    // "vowed to", "called for": the quoted words are the verb's object, woven into the sentence.
    [
      'Ann Lee vowed to "cut the town\'s taxes by a tenth before the end of next year."',
      [
        [
          "cut the town's taxes by a tenth before the end of next year.",
          'partial',
          'Ann Lee',
          'vowed',
        ],
      ],
    ],
    // A longer lead-in keeps the quoted words a phrase inside the reporter's sentence.
    [
      'Tom Reed said the long-delayed bridge across the river "will open soon."',
      [['will open soon.', 'partial', 'Tom Reed', 'said']],
    ],
    // The quoted words are all the verb reports, the comma kept inside the marks.
    [
      'The plan, which Tom Reed called "a complete waste of money," was dropped.',
      [['a complete waste of money', 'direct', 'Tom Reed', 'called']],
    ],
    // A short adverbial after the quote does not make it part of the reporter's sentence.
    [
      'Ann Lee tweeted, "Thank you all, see you soon!" on Friday night.',
      [['Thank you all, see you soon!', 'direct', 'Ann Lee', 'tweeted']],
    ],
    // Lower-case words after a comma of the reporter's own clause are woven into it.
    [
      'Ann Lee called the plan "a mess" and, if it fails, "our towns will pay the price."',
      [
        ['a mess', 'partial', 'Ann Lee', 'called'],
        ['our towns will pay the price.', 'partial', 'Ann Lee', 'called'],
      ],
    ],
    // After "she said," they go on with the speaker's words.
    [
      '"It will be close," said Ann Lee, the party chair, "but we are ahead."',
      [
        ['It will be close', 'direct', 'Ann Lee', 'said'],
        ['but we are ahead.', 'direct', 'Ann Lee', 'said'],
      ],
    ],
    // A quote after a comma that closes a clause of the report completes the reporter's sentence.
    [
      'Tom Reed said that if the levy fails, "our schools will close their doors."',
      [['our schools will close their doors.', 'partial', 'Tom Reed', 'said']],
    ],
    [
      'Ann Lee told the council that whatever happens, "We will finish the bridge."',
      [['We will finish the bridge.', 'partial', 'Ann Lee', 'told']],
    ],
    [
      'Ann Lee argued the budget was not at fault, "not by a long way."',
      [['not by a long way.', 'partial', 'Ann Lee', 'argued']],
    ],
    [
      'Tom Reed said because the river rose, "the road had to close for a week."',
      [['the road had to close for a week.', 'partial', 'Tom Reed', 'said']],
    ],
    // Inside a "that" clause, even past a word the reader might take for a cue ("state").
    [
      'Ann Lee said that in her home state, "the roads come first."',
      [['the roads come first.', 'partial', 'Ann Lee', 'said']],
    ],
    [
      'Ann Lee insisted that the plan was sound, Tom Reed said on Monday, "We will see it through."',
      [['We will see it through.', 'direct', 'Tom Reed', 'said']],
    ],
    // Words said about a work are speech; a capitalised phrase after "called" a person's naming.
    [
      'Ann Lee said of the show, "It was a triumph."',
      [['It was a triumph.', 'direct', 'Ann Lee', 'said']],
    ],
    [
      'Ann Lee called the plan "A Total Disaster" on Monday.',
      [['A Total Disaster', 'partial', 'Ann Lee', 'called']],
    ],
    // "Lee's comments": a reporting-verb form after a possessive is a noun, not the frame.
    [
      'Tom Reed told the Daily Planet that Ann Lee\'s comments "show a deep bias against the town."',
      [['show a deep bias against the town.', 'partial', 'Tom Reed', 'told']],
    ],
    // After a determiner a bare form that names the words stays their cue; "says" stays a verb.
    [
      'Ann Lee disliked the term "road diet" from the start.',
      [['road diet', 'partial', null, 'term']],
    ],
    [
      'The mayor says "we will fix the roads this year."',
      [['we will fix the roads this year.', 'direct', 'The mayor', 'says']],
    ],
    // A listener, a place, a time or a circumstance after the verb leaves the quote whole.
    [
      'Ann Lee told reporters on Monday, "We will finish the bridge."',
      [['We will finish the bridge.', 'direct', 'Ann Lee', 'told']],
    ],
    [
      'Tom Reed said at the rally in the square, "We will finish the bridge."',
      [['We will finish the bridge.', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed said, when the vote was over, "We will finish the bridge."',
      [['We will finish the bridge.', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed wrote his first column on that subject, "Bridges are the veins of a town."',
      [['Bridges are the veins of a town.', 'direct', 'Tom Reed', 'wrote']],
    ],
    [
      'Ann Lee added that, "We will finish the bridge on time and on budget."',
      [['We will finish the bridge on time and on budget.', 'direct', 'Ann Lee', 'added']],
    ],
    // One capitalised word right before the title word is part of the role: the phrase speaks as written.
    [
      '"Prices will rise next year," said a U.S. Embassy spokesperson.',
      [['Prices will rise next year', 'direct', 'a U.S. Embassy spokesperson', 'said']],
    ],
    // Capitalised words before a plural noun of a group in lower case modify it: the group
    // speaks, named as written; a person named before "of" and a group still speaks.
    [
      'Political observers say: "This race is over."',
      [['This race is over.', 'direct', 'Political observers', 'say']],
    ],
    // A count of the group speaks whole: "of" and the lower-case number do not cut it.
    [
      'Eight of 10 voters say: "We want lower taxes."',
      [['We want lower taxes.', 'direct', 'Eight of 10 voters', 'say']],
    ],
    [
      'Nearly two in three parents said: "The school is failing our children."',
      [['The school is failing our children.', 'direct', 'Nearly two in three parents', 'said']],
    ],
    [
      '"We want lower taxes," nine out of 10 voters said.',
      [['We want lower taxes', 'direct', 'nine out of 10 voters', 'said']],
    ],
    // Not a count of a group: the noun phrase after "of" is the speaker as before.
    [
      'Two of the residents said: "We are scared."',
      [['We are scared.', 'direct', 'the residents', 'said']],
    ],
    [
      'Angry local residents said: "We are scared."',
      [['We are scared.', 'direct', 'Angry local residents', 'said']],
    ],
    [
      'Leeds supporters said: "We will be back."',
      [['We will be back.', 'direct', 'Leeds supporters', 'said']],
    ],
    [
      'Lt. Ann Lee of Leeds police said: "Stay away from the river."',
      [['Stay away from the river.', 'direct', 'Ann Lee', 'said']],
    ],
    // A time adverbial between the speaker and the verb.
    ['Ann Lee on Monday said: "We will win."', [['We will win.', 'direct', 'Ann Lee', 'said']]],
    ['"We will win," Ann Lee on Monday said.', [['We will win', 'direct', 'Ann Lee', 'said']]],
    [
      'Ann Lee yesterday told reporters: "We will win."',
      [['We will win.', 'direct', 'Ann Lee', 'told']],
    ],
    // Not a verb in "-s" before the noun, nor "and" between the name and the noun.
    ['Ann Lee greets fans: "You were great."', [['You were great.', 'direct', 'Ann Lee', null]]],
    ['"We will win," Ann Lee and supporters said.', [['We will win', 'direct', 'Ann Lee', 'said']]],
    // A role in apposition with no closing comma before the cue: the person named before it speaks.
    [
      'Ann Lee, Acme UK Country Manager says, "Prices will rise next year."',
      [['Prices will rise next year.', 'direct', 'Ann Lee', 'says']],
    ],
    // The reporter's own lead-in before a quote with its frame behind it: the quote finishes it.
    [
      'In past campaigns, "we could reach every voter by mail," Ann Lee said.',
      [['we could reach every voter by mail', 'partial', 'Ann Lee', 'said']],
    ],
    // A connective or a lead-in short beside the quote leaves the quote a sentence of its own.
    [
      'Still, "we could reach every voter by mail," Ann Lee said.',
      [['we could reach every voter by mail', 'direct', 'Ann Lee', 'said']],
    ],
    // A reporting verb far back, in a clause of its own, does not introduce the quote.
    [
      'When the mayor announced a grant for the new bridge and the roads of the town, "we took it at once," Tom Reed said.',
      [['we took it at once', 'partial', 'Tom Reed', 'said']],
    ],
    // One a few words back does, listener and time between.
    [
      'Ann Lee weighed in as well, telling the Daily Planet in an interview on Monday, "We are both qualified," she said.',
      [['We are both qualified', 'direct', 'Ann Lee', 'said']],
    ],
    [
      'As for the budget, "we will balance it by spring," Ann Lee said.',
      [['we will balance it by spring', 'direct', 'Ann Lee', 'said']],
    ],
    [
      'In the end, "we could reach every voter by mail in the county, and we did it twice over before the vote, and we will do it again next year," Ann Lee said.',
      [
        [
          'we could reach every voter by mail in the county, and we did it twice over before the vote, and we will do it again next year',
          'direct',
          'Ann Lee',
          'said',
        ],
      ],
    ],
    // A capitalised quote after a state label's full stop opens a new sentence.
    [
      '"We lost the vote," said Ann Lee, R-S.C. "I get that. We will try again."',
      [
        ['We lost the vote', 'direct', 'Ann Lee', 'said'],
        ['I get that. We will try again.', 'direct', 'Ann Lee', 'said'],
      ],
    ],
    // A new sentence after a number's full stop ("May 3.") opens a whole utterance.
    [
      '"We lost," Ann Lee told the Daily Planet on May 3. "Next year we will win the seat back."',
      [
        ['We lost', 'direct', 'Ann Lee', 'told'],
        ['Next year we will win the seat back.', 'direct', 'Ann Lee', 'told'],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: reporting-verb forms as nouns', () => {
  const rows: Row[] = [
    // After a determiner "report" is the source's noun, not a reporting verb.
    [
      'The figures matter.\n"Our position has become far weaker than anyone expected," the report stated.',
      [
        [
          'Our position has become far weaker than anyone expected',
          'direct',
          'the report',
          'stated',
        ],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: a frame of the next sentence', () => {
  const rows: Row[] = [
    // A speaker cut off by a comma after a closed quote opens a sentence of its own.
    [
      'Ann Lee spoke first.\n"Reed is a name people know," said Tom Reed. "If you see it, you know it." That is why, he added, people come back.',
      [
        ['Reed is a name people know', 'direct', 'Tom Reed', 'said'],
        ['If you see it, you know it.', 'direct', 'Tom Reed', null],
      ],
    ],
    [
      'Tom Reed spoke.\n"What about the flood? I was there." Growing louder as he spoke, Ann Lee went on.',
      [['What about the flood? I was there.', 'direct', null, null]],
    ],
    // A next sentence whose frame leads into a quote of its own does not frame the one before.
    [
      'Ann Lee wrote on Instagram: "Thank you all." Her husband Tom Reed added: "We are overwhelmed."',
      [
        ['Thank you all.', 'direct', 'Ann Lee', 'wrote'],
        ['We are overwhelmed.', 'direct', 'Tom Reed', 'added'],
      ],
    ],
    [
      'Ann Lee wrote on Instagram: "Thank you all." Tom Reed said, "We are overwhelmed."',
      [
        ['Thank you all.', 'direct', 'Ann Lee', 'wrote'],
        ['We are overwhelmed.', 'direct', 'Tom Reed', 'said'],
      ],
    ],
    // A capitalised name before a spokesman's noun in lower case says whose spokesman.
    [
      'An All Riverton club spokesperson denied it, insisting: "He never said it."',
      [['He never said it.', 'direct', 'An All Riverton club spokesperson', 'insisting']],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: speakers', () => {
  const rows: Row[] = [
    [
      'Finance Minister Paul Grant met Ana Ruiz. Grant praised the deal.\n"It is a good day," he said.',
      [['It is a good day', 'direct', 'Paul Grant', 'said']],
    ],
    ['"No comment," he said.', [['No comment', 'direct', null, 'said']]],
    // A party-and-state label or a clause between commas does not hide the speaker.
    [
      'Senator Ann Cole (D-Ore.) called the plan "a disaster."',
      [['a disaster.', 'partial', 'Ann Cole', 'called']],
    ],
    [
      'The minister, speaking in Lisbon, said: "This is a turning point."',
      [['This is a turning point.', 'direct', 'The minister', 'said']],
    ],
    [
      'Her adviser, Jon Pryce, said: "This is a turning point."',
      [['This is a turning point.', 'direct', 'Jon Pryce', 'said']],
    ],
    // A pronoun subject that names no one is no speaker for the next "she".
    [
      'It was a tense night in the city. "We will fight on," she said.',
      [['We will fight on', 'direct', null, 'said']],
    ],
    [
      'They were tired. "We will fight on," she said.',
      [['We will fight on', 'direct', null, 'said']],
    ],
    // A signed line with a title before the name; a dash before words that sign nothing.
    [
      '"The cuts will go ahead" — Council leader Tom Reid',
      [['The cuts will go ahead', 'direct', 'Tom Reid', null]],
    ],
    ['"It\'s over" — these were his last words.', []],
    // Vox pops: each whole quote signed by a dash and a name after its full stop, the next
    // quote right after the name. A dash and a name after a reporter's sentence sign the report,
    // not the quote in it; a dash before a gloss signs nothing.
    [
      '“We need change now.” ― Ann Lutz “The debate showed who he is.” ― Tom Reed “Maybe we can build a wall around him.” ― Ola Brant',
      [
        ['We need change now.', 'direct', 'Ann Lutz', null],
        ['The debate showed who he is.', 'direct', 'Tom Reed', null],
        ['Maybe we can build a wall around him.', 'direct', 'Ola Brant', null],
      ],
    ],
    [
      'The voters spoke after the debate.\n\n"We need change now." — Ann Lutz',
      [['We need change now.', 'direct', 'Ann Lutz', null]],
    ],
    [
      'Tom Reed said his party was "still the first force in the land."--Ola Brant.',
      [['still the first force in the land.', 'partial', 'Tom Reed', 'said']],
    ],
    [
      'The voters spoke after the debate.\n\n"We need change now." ― Ann Lutz. Getty Images.',
      [['We need change now.', 'direct', 'Ann Lutz', null]],
    ],
    ['"Never surrender." - Roman motto', [['Never surrender.', 'direct', null, null]]],
    ['The fans sang.\n\n"We will win." — Arsenal', [['We will win.', 'direct', null, null]]],
    ['The crowd sang.\n\n"We will win." — BBC Sport', [['We will win.', 'direct', null, null]]],
    [
      'The fans chanted at the gate. "Do svidaniya!" - Russian for "goodbye." They left.',
      [['Do svidaniya!', 'direct', null, null]],
    ],
    [
      '“We need change now.” ― Ann Lutz “We agree,” said Tom Reed.',
      [
        ['We need change now.', 'direct', 'Ann Lutz', null],
        ['We agree', 'direct', 'Tom Reed', 'said'],
      ],
    ],
    // A British headline: the quote first, then "says" and a lower-case role.
    [
      "'We will not back down', says council leader\nCouncil leader Tom Reid said the cuts would go ahead.",
      [['We will not back down', 'direct', 'council leader', 'says']],
    ],
    // A number with a slash in the speaker's description; a place after "from" is no speaker.
    [
      '"They are 100 percent wrong," said 9/11 widow Ann Lee.',
      [['They are 100 percent wrong', 'direct', 'Ann Lee', 'said']],
    ],
    [
      '"We will not stop until the job is done," the 45-year-old mother from Leeds told the court.',
      [
        [
          'We will not stop until the job is done',
          'direct',
          'the 45-year-old mother from Leeds',
          'told',
        ],
      ],
    ],
    // A transcript's turns: a label in capitals naming a person of the article is the speaker.
    [
      'Governor Tom Reed spoke to host Ann Lee. Partial transcript:\n\n"LEE: Will you attend the debate?\n\n"REED: I will not attend.\n\n"LEE: Thank you, Governor."',
      [
        ['Will you attend the debate?', 'direct', 'Ann Lee', null],
        ['I will not attend.', 'direct', 'Tom Reed', null],
        ['Thank you, Governor.', 'direct', 'Ann Lee', null],
      ],
    ],
    // A follow-on quote that opens with a contraction is a sentence, not a title.
    [
      '"It is not a stain on the city," Mayor Ann Lee added. "We\'re Brighton."',
      [
        ['It is not a stain on the city', 'direct', 'Ann Lee', 'added'],
        ["We're Brighton.", 'direct', 'Ann Lee', null],
      ],
    ],
    // A quoted sentence that hands over at a comma is speech even when its frame is unreadable.
    [
      '"We must be able to defend ourselves," French President FranÃ§ois Marot said Friday.',
      [['We must be able to defend ourselves', 'direct', null, null]],
    ],
    [
      'Mrs Ana Ruiz spoke last. There was a pause. "We will fight on," she said.',
      [['We will fight on', 'direct', 'Ana Ruiz', 'said']],
    ],
    [
      'Mrs Ana Ruiz met Paul Grant.\n"It is a good day," he said.\n"It is not," she replied.',
      [
        ['It is a good day', 'direct', 'Paul Grant', 'said'],
        ['It is not', 'direct', 'Ana Ruiz', 'replied'],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))

  // A fronted time or place phrase, or a focusing adverb, is not the subject.
  const introRows: Row[] = [
    [
      'Hours later, Nora Vidal thanked the crew, telling reporters, "We could not have done it alone."',
      [['We could not have done it alone.', 'direct', 'Nora Vidal', 'telling']],
    ],
    [
      'Eight years ago, Pell Arden backed the levy and said, "It will pay for itself."',
      [['It will pay for itself.', 'direct', 'Pell Arden', 'said']],
    ],
    [
      'Here in Dunmore, Kit Osei spoke of the mill, saying, "It fed three generations."',
      [['It fed three generations.', 'direct', 'Kit Osei', 'saying']],
    ],
    [
      'Just last week, Mara Quist quit the board, writing, "The board has lost its way."',
      [['The board has lost its way.', 'direct', 'Mara Quist', 'writing']],
    ],
    [
      'Because the vote slipped again, explained Rafe Moyo, "we have to start over."',
      [['we have to start over.', 'direct', 'Rafe Moyo', 'explained']],
    ],
  ]
  it.each(introRows)('%j', (input, expected) => check(input, expected))

  // "who" right before the reporting verb stands for the name before it.
  const relativeRows: Row[] = [
    [
      'The senator won backing from Ola Brant, who declared in the spin room, “It is time to unite.”',
      [['It is time to unite.', 'direct', 'Ola Brant', 'declared']],
    ],
    [
      'The sharpest reply came from Ola Brant who tweeted, “Rules are for others.”',
      [['Rules are for others.', 'direct', 'Ola Brant', 'tweeted']],
    ],
  ]
  it.each(relativeRows)('%j', (input, expected) => check(input, expected))

  it('gives a relative pronoun as the mention of the name it stands for', () => {
    const text = 'Support came from Ola Brant, who declared, “It is time.”'
    const speaker = extractQuotes(text)[0]!.speaker
    expect(speaker?.name).toBe('Ola Brant')
    expect(speaker?.mention).toBe('who')
    expect(speaker?.position?.start.offset).toBe(text.indexOf('who'))
  })

  // "it" and "they" stand for the last body, writing or group that spoke or led a sentence.
  const sourceRows: Row[] = [
    [
      'The water board met on Monday.\n"We will not raise the levy," it said.',
      [['We will not raise the levy', 'direct', 'The water board', 'said']],
    ],
    [
      '"The levy stays," the Harbour Trust said in a statement.\n"Its work goes on," it added.',
      [
        ['The levy stays', 'direct', 'the Harbour Trust', 'said'],
        ['Its work goes on', 'direct', 'the Harbour Trust', 'added'],
      ],
    ],
    [
      'The committee members voted again.\n"We disagree," they said.',
      [['We disagree', 'direct', 'The committee members', 'said']],
    ],
    [
      'Professors Ines Halloran and Piet Vos studied the mills.\n"Wages never recovered," they wrote.',
      [['Wages never recovered', 'direct', 'Professors Ines Halloran and Piet Vos', 'wrote']],
    ],
    // A person is never "it"; a place or a weekday leading a sentence is no referent.
    ['A spokesman for Tom Reed spoke.\n"No," it said.', [['No', 'direct', null, 'said']]],
    [
      'The storm hit on Monday.\n"We lost power," it said.',
      [['We lost power', 'direct', null, 'said']],
    ],
  ]
  it.each(sourceRows)('%j', (input, expected) => check(input, expected))

  // After a quote: lower-case role words before a name, and a name that is also a common word.
  const afterRows: Row[] = [
    [
      '"Welcome to the fair," said master of ceremonies Ola Brant.',
      [['Welcome to the fair', 'direct', 'Ola Brant', 'said']],
    ],
    [
      '"The deal is off," wrote Planet bureau chief Ola Brant, citing aides.',
      [['The deal is off', 'direct', 'Ola Brant', 'wrote']],
    ],
    // An object after the cue is not the speaker.
    ['"Stop," said the man to Ola Brant.', [['Stop', 'direct', 'the man', 'said']]],
    [
      'Historian Dana From spoke at length.\n"The party lost its way," From said.',
      [['The party lost its way', 'direct', 'From', 'said']],
    ],
    [
      'Coach Ben Will watched.\n"We were tired," Will said. "We ran out of legs."',
      [
        ['We were tired', 'direct', 'Ben Will', 'said'],
        ['We ran out of legs.', 'direct', 'Ben Will', null],
      ],
    ],
  ]
  it.each(afterRows)('%j', (input, expected) => check(input, expected))

  // A conjunction after a quote opens a clause with a speaker of its own: the quote stays with
  // the speaker before it. A clause that only carries the reported words on does not.
  const ownClauseRows: Row[] = [
    [
      'Economist Ola Brant warned the levy could "spook lenders", while union leader Dev Patil said it was "a tax on nurses".',
      [
        ['spook lenders', 'partial', 'Ola Brant', 'warned'],
        ['a tax on nurses', 'partial', 'Dev Patil', 'said'],
      ],
    ],
    [
      'Ola Brant warned the bid was "reckless", but Dev Patil said it was "overdue".',
      [
        ['reckless', 'partial', 'Ola Brant', 'warned'],
        ['overdue', 'partial', 'Dev Patil', 'said'],
      ],
    ],
    [
      'Ola Brant said the bid was "reckless", and Dev Patil called it "a gamble".',
      [
        ['reckless', 'partial', 'Ola Brant', 'said'],
        ['a gamble', 'partial', 'Dev Patil', 'called'],
      ],
    ],
    [
      'Parents must "stay off the drink" and collect the pupils, the council has warned.',
      [['stay off the drink', 'partial', 'the council', 'warned']],
    ],
  ]
  it.each(ownClauseRows)('%j', (input, expected) => check(input, expected))

  // A reporting verb's form used as a noun is not the frame: "Lee's comments were" has a
  // subject, not a speaker; the frame is further back, or after the quote.
  const nounUseRows: Row[] = [
    [
      'The union said Ola Brant\'s remarks were "deeply unhelpful".',
      [['deeply unhelpful', 'partial', 'The union', 'said']],
    ],
    [
      'The minister\'s comments were "deeply unhelpful", according to Ola Brant.',
      [['deeply unhelpful', 'partial', 'Ola Brant', 'according to']],
    ],
    // The verb of a relative clause about the speaker is not the cue.
    [
      '"It is a disgrace," one resident, who asked not to be named, told reporters.',
      [['It is a disgrace', 'direct', 'one resident', 'told']],
    ],
  ]
  it.each(nounUseRows)('%j', (input, expected) => check(input, expected))

  // "the 30-year-old" stands for the person just named, as a pronoun does; not for one named
  // paragraphs before, nor for a club.
  const ageRows: Row[] = [
    [
      'Striker Ola Brant scored twice on Saturday. "It was a special night," the 30-year-old said.',
      [['It was a special night', 'direct', 'Ola Brant', 'said']],
    ],
    [
      'Ann Lee, 41, opened the shop in 2019. The 41-year-old mother-of-two said: "It has been hard."',
      [['It has been hard.', 'direct', 'Ann Lee', 'said']],
    ],
    [
      'Ola Brant scored twice.\n\nThe club is top of the league.\n\nFans sang until late.\n\n"We will win it," said the 30-year-old.',
      [['We will win it', 'direct', 'the 30-year-old', 'said']],
    ],
    [
      'Riverton Rovers signed Ola Brant on Friday. "It was an easy decision," the 34-year-old said.',
      [['It was an easy decision', 'direct', 'the 34-year-old', 'said']],
    ],
  ]
  it.each(ageRows)('%j', (input, expected) => check(input, expected))

  // "saying" after a writing that someone put out reports what that someone says.
  const issuedRows: Row[] = [
    [
      "Tom Reed tweeted an apology saying, 'I love my team.'",
      [['I love my team.', 'direct', 'Tom Reed', 'saying']],
    ],
    [
      'Late on Friday, the Harbour Trust issued a statement saying: "We are saddened."',
      [['We are saddened.', 'direct', 'the Harbour Trust', 'saying']],
    ],
    [
      'Tom Reed told police he sent a text saying he would "always be there".',
      [['always be there', 'partial', 'Tom Reed', 'saying']],
    ],
    // With no one before it, the writing itself speaks.
    ['A note was left saying: "Back soon."', [['Back soon.', 'direct', 'A note', 'saying']]],
  ]
  it.each(issuedRows)('%j', (input, expected) => check(input, expected))

  // "No." before a number ends no sentence, and "(CNN) —" opens one as a dateline does.
  const datelineRows: Row[] = [
    [
      'Tom Reed, the No. 2 Republican, said he was "open to a conversation".',
      [['open to a conversation', 'partial', 'Tom Reed', 'said']],
    ],
    [
      '(CNN) — Sen. Ann Lutz said she would vote against the bill, calling it "a betrayal".',
      [['a betrayal', 'partial', 'Ann Lutz', 'calling']],
    ],
  ]
  it.each(datelineRows)('%j', (input, expected) => check(input, expected))

  // After a quote, a noun phrase and then a name in commas: the name speaks.
  const appositionRows: Row[] = [
    [
      '"He was a gentle giant," his mother, Ann Lutz, said.',
      [['He was a gentle giant', 'direct', 'Ann Lutz', 'said']],
    ],
    [
      '"We are outraged," the play\'s organiser in Riverton, Ola Brant, told reporters.',
      [['We are outraged', 'direct', 'Ola Brant', 'told']],
    ],
    // The lawyer's own name, not the client's: the one who speaks.
    [
      '"No comment," Ann Lutz\'s lawyer, Ola Brant, said.',
      [['No comment', 'direct', 'Ola Brant', 'said']],
    ],
    // No name in the commas: the phrase speaks.
    [
      '"It was an accident," his mother, who was in court, said.',
      [['It was an accident', 'direct', 'his mother', 'said']],
    ],
    // The same after an inverted cue, when the name ends the sentence.
    [
      '"I am heartbroken," wrote his widow, Ann Lutz.',
      [['I am heartbroken', 'direct', 'Ann Lutz', 'wrote']],
    ],
    [
      '"We are open," said the owner, who declined to give her name.',
      [['We are open', 'direct', 'the owner', 'said']],
    ],
  ]
  it.each(appositionRows)('%j', (input, expected) => check(input, expected))

  // A singular "they" for a spokesperson who spoke last; not when a group opened a sentence since.
  const theyRows: Row[] = [
    [
      'A spokesperson said: "We do not recognise these figures." They added: "We take safety seriously."',
      [
        ['We do not recognise these figures.', 'direct', 'A spokesperson', 'said'],
        ['We take safety seriously.', 'direct', 'A spokesperson', 'added'],
      ],
    ],
    [
      'A spokesperson said: "We do not recognise these figures." The unions say they are right. They said the plan was "reckless".',
      [
        ['We do not recognise these figures.', 'direct', 'A spokesperson', 'said'],
        ['reckless', 'partial', 'The unions', 'said'],
      ],
    ],
  ]
  it.each(theyRows)('%j', (input, expected) => check(input, expected))

  // An ampersand between capitalised words is inside a firm's name ("Brant & Vos"), and the name
  // after it is no person's.
  const ampersandRows: Row[] = [
    [
      '"The plan will fail next year," a partner at Brant & Vos said.',
      [['The plan will fail next year', 'direct', 'a partner at Brant & Vos', 'said']],
    ],
    [
      '"We are fine," said a spokesman for Brant & Vos.',
      [['We are fine', 'direct', 'a spokesman for Brant & Vos', 'said']],
    ],
    [
      '"We are fine," Brant & Vos said in a statement.',
      [['We are fine', 'direct', 'Brant & Vos', 'said']],
    ],
  ]
  it.each(ampersandRows)('%j', (input, expected) => check(input, expected))

  // One who speaks for a person or a body is the speaker, not the one spoken for.
  const proxyRows: Row[] = [
    [
      'A spokesman for Ruth Calder said: "We will win."',
      [['We will win.', 'direct', 'A spokesman for Ruth Calder', 'said']],
    ],
    [
      '"We will win," said a spokesman for the Harbour Trust.',
      [['We will win', 'direct', 'a spokesman for the Harbour Trust', 'said']],
    ],
    [
      'A source close to the minister said: "We will win."',
      [['We will win.', 'direct', 'A source close to the minister', 'said']],
    ],
    [
      '"We will win," a spokesman for Mayor Ruth Calder told reporters.',
      [['We will win', 'direct', 'a spokesman for Mayor Ruth Calder', 'told']],
    ],
    [
      'Ruth Calder’s spokesman said: "We will win."',
      [['We will win.', 'direct', 'Ruth Calder’s spokesman', 'said']],
    ],
    [
      'Ruth Calder’s lawyer, speaking in Bury, said: "We will appeal."',
      [['We will appeal.', 'direct', 'Ruth Calder’s lawyer', 'said']],
    ],
    // An owner's role and its holder in apposition: the holder speaks.
    [
      'Labour\'s shadow chancellor, Rhiannon Price, said: "This is a budget for nobody."',
      [['This is a budget for nobody.', 'direct', 'Rhiannon Price', 'said']],
    ],
    [
      'Bury Council\'s leader, Ann Lee, said: "We are reviewing it."',
      [['We are reviewing it.', 'direct', 'Ann Lee', 'said']],
    ],
    // "for" inside a capitalised name, as "of" is.
    [
      'The Department for Education said: "We are reviewing it."',
      [['We are reviewing it.', 'direct', 'The Department for Education', 'said']],
    ],
    [
      'The Minister for Housing, Ann Lee, said: "We are reviewing it."',
      [['We are reviewing it.', 'direct', 'Ann Lee', 'said']],
    ],
    // A full stop after a title word that is no abbreviation ends the sentence.
    [
      '"We lost," said the campaign. "We will be back."',
      [
        ['We lost', 'direct', 'the campaign', 'said'],
        ['We will be back.', 'direct', 'the campaign', null],
      ],
    ],
    // A soft hyphen left by scraping before a name.
    [
      '"We lost," Doug \u00adAndres told the Daily Planet.',
      [['We lost', 'direct', 'Doug \u00adAndres', 'told']],
    ],
  ]
  it.each(proxyRows)('%j', (input, expected) => check(input, expected))

  // A quantity or a determiner opening a sentence is no name; "Q:" and "A:" name no one.
  const determinerRows: Row[] = [
    [
      'One neighbour, who did not want to be named, said: "It was like a bomb went off."',
      [['It was like a bomb went off.', 'direct', 'One neighbour', 'said']],
    ],
    [
      'Q: "Will you resign?"\nA: "No."',
      [
        ['Will you resign?', 'direct', null, null],
        ['No.', 'direct', null, null],
      ],
    ],
    // A title only one person of the article holds names that person.
    [
      'Defence Secretary Ann Cole visited the base. "We are ready," the Defence Secretary said.',
      [['We are ready', 'direct', 'Ann Cole', 'said']],
    ],
    [
      'Archbishop Desmond Cole spoke in Leeds. "It is wrong," the archbishop said.',
      [['It is wrong', 'direct', 'Desmond Cole', 'said']],
    ],
    // Two people with the role: the phrase stays as written.
    [
      'Ann Cole, the club chairman, met Tom Reed, the team chairman. "It is wrong," the chairman said.',
      [['It is wrong', 'direct', 'the chairman', 'said']],
    ],
    // A church or police title before a surname is cut, and the speaker named in full.
    [
      'Archbishop Desmond Cole called for their release. "It is unacceptable," Archbishop Cole said.',
      [['It is unacceptable', 'direct', 'Desmond Cole', 'said']],
    ],
    // "Another critic, Name,": the capitalised determiner opens the subject; the apposition names it.
    [
      'Another critic, Laurence Tribe, said "the rule is unlawful."',
      [['the rule is unlawful.', 'direct', 'Laurence Tribe', 'said']],
    ],
    [
      'One analyst, Maria Gomez, likened the plan to "pouring water into sand" on Monday.',
      [['pouring water into sand', 'partial', 'Maria Gomez', 'likened']],
    ],
    // A full name that shares only a surname with a person of the article is someone else.
    [
      'Keith Amos Rowe was in his truck. It is unclear whether Rowe had a gun.\n\nZayora Rowe can be heard yelling that her husband was unarmed.\n\n"Do not shoot him," she says.',
      [['Do not shoot him', 'direct', 'Zayora Rowe', 'says']],
    ],
  ]
  it.each(determinerRows)('%j', (input, expected) => check(input, expected))

  it('takes no number opening a sentence for the subject a later pronoun stands for', () => {
    check(
      'Ana Ruiz ran to the gate. Two of the guards stood still.\n"Let him go," she said.',
      [['Let him go', 'direct', 'Ana Ruiz', 'said']],
      {people: []},
    )
  })

  // "he" or "she" right after a spokesman spoke or led a sentence, with no person since.
  const spokesmanRows: Row[] = [
    [
      'Tom Reed opened the meeting.\n\nA spokesman for the builder said the firm had listened to concerns.\n\n"We have changed the design," he said.',
      [['We have changed the design', 'direct', 'A spokesman', 'said']],
    ],
    [
      'Tom Reed opened the meeting.\n\nA spokeswoman for the builder said the firm had listened to concerns.\n\n"We have changed the design," he said.',
      [['We have changed the design', 'direct', 'Tom Reed', 'said']],
    ],
    [
      'A spokesman for the builder said the firm had listened to concerns.\n\nTom Reed disagreed.\n\n"They never listen," he said.',
      [['They never listen', 'direct', 'Tom Reed', 'said']],
    ],
  ]
  it.each(spokesmanRows)('%j', (input, expected) => check(input, expected))

  it('reaches back past the nearest people to one whose gender fits the pronoun', () => {
    check(
      'Mrs Ana Ruiz chaired the meeting.\nMr Paul Grant spoke first. "We are ready," Mr Grant said.\n"So are we," she said.',
      [
        ['We are ready', 'direct', 'Paul Grant', 'said'],
        ['So are we', 'direct', 'Ana Ruiz', 'said'],
      ],
    )
  })

  // After a question or an exclamation, "Name verb" goes on with a long rest; after a full
  // stop a long sentence led by a plural noun is the reporter's own.
  const exclaimRows: Row[] = [
    [
      'The hall filled up. "Nobody pays us to be here!" Ola Brant declared, waving a hand at the rows of folding chairs by the stage.',
      [['Nobody pays us to be here!', 'direct', 'Ola Brant', 'declared']],
    ],
    [
      'The hall filled up. "Who still reads the minutes?" Ola Brant said about the thick binders that the clerk hands out at every meeting.',
      [['Who still reads the minutes?', 'direct', 'Ola Brant', 'said']],
    ],
    [
      'The banner hung over the gate. "Save the pier!" Residents still praise the campaign that kept the old pier open for another season.',
      [['Save the pier!', 'direct', null, null]],
    ],
  ]
  it.each(exclaimRows)('%j', (input, expected) => check(input, expected))

  // A quote with no cue right after a report in the same paragraph is the report's source's.
  const reportRows: Row[] = [
    [
      'Mayor Ines Halloran met the board on Monday. Piet Vos told the council on Tuesday that 300 more homes would be built. "That makes 900 across the two estates."',
      [['That makes 900 across the two estates.', 'direct', 'Piet Vos', null]],
    ],
  ]
  it.each(reportRows)('%j', (input, expected) => check(input, expected))

  it('resolves "he" and "she" without people by subject, last speaker and honorific', () => {
    // No coreference: "he" cannot be Mrs Ruiz, and nothing else fits, so no speaker.
    check(
      'Mrs Ana Ruiz met Paul Grant.\n"It is a good day," he said.\n"It is not," she replied.',
      [
        ['It is a good day', 'direct', null, 'said'],
        ['It is not', 'direct', 'Ana Ruiz', 'replied'],
      ],
      {people: []},
    )
  })

  it('maps a full name to a person only when one name ends the other', () => {
    const people = [{name: 'Davey Pascoe', roles: [], mentions: []}]
    const named = (text: string) => extractQuotes(text, {people})[0]!.speaker?.name
    expect(named('Fisherman Davey Pascoe said: "They are pricing us out."')).toBe('Davey Pascoe')
    expect(named('"They are pricing us out," Pascoe said.')).toBe('Davey Pascoe')
    expect(named('Tamsin Pascoe said: "They are pricing us out."')).toBe('Tamsin Pascoe')
  })

  it('names speakers from the people it is given', () => {
    const text = 'Dr Lena Cho arrived.\n"We are ready," Cho said.'
    const article = parseArticle(text)
    const people = [
      {
        name: 'Lena Cho',
        roles: [],
        mentions: [
          {
            text: 'Cho',
            kind: 'name' as const,
            position: {
              start: {line: 2, column: 18, offset: 38},
              end: {line: 2, column: 21, offset: 41},
            },
          },
        ],
      },
    ]
    expect(extractQuotes(article, {people})[0]!.speaker?.name).toBe('Lena Cho')
    expect(extractQuotes(article, {people: []})[0]!.speaker?.name).toBe('Cho')
  })

  // An adverb in "-ly" before the cue is no part of the speaker's words; a noun in "-ly" is.
  it.each([
    ['Mrs Ann Sedway initially said: "We had no idea."', 'Mrs Ann Sedway'],
    ['The banker falsely claimed: "The bank is safe."', 'The banker'],
    ['The Reed family said: "We are grateful."', 'The Reed family'],
    // After a determiner an "-ly" word is a noun.
    ['The elderly say: "We are forgotten."', 'The elderly'],
    ['A reporter for the weekly said: "It is over."', 'the weekly'],
    // So is a time adverbial before the cue.
    ['"That would not be practical," the minister yesterday said.', 'the minister'],
    [
      '"That would not be practical," Health Minister Ann Lee last week told reporters.',
      'Health Minister Ann Lee',
    ],
    // "according to" after a post-posed speaker ends the speaker's words.
    ["'The order stands,' wrote Justice Ann Lee according to the Daily Planet.", 'Justice Ann Lee'],
  ])('%j: the speaker is written %j', (input, mention) => {
    expect(extractQuotes(input)[0]!.speaker?.mention).toBe(mention)
  })

  // One capitalised word opening a sentence that no person of the article has ("Tributes",
  // a caption's "Defiant:") is no one a later "he" or "she" refers to. The people are found
  // without pronouns, so the quotes resolve "she" themselves.
  it.each([
    [
      'Ann Lee spoke first.\nTributes were paid to the victims.\n"It was a dark day," she said.',
      'Ann Lee',
    ],
    [
      'Tom Reed left the court.\nDefiant: the crowd cheered.\n"I will appeal," he said.',
      'Tom Reed',
    ],
    // Unless the article writes the word inside a sentence too: a name, not a label.
    [
      'Police named the man as Zandor.\nZandor was jailed for two years.\n"I will appeal," he said.',
      'Zandor',
    ],
  ])('%j: the pronoun is %s', (input, speaker) => {
    const people = extractPeople(input, {pronouns: false})
    expect(extractQuotes(input, {people})[0]!.speaker?.name).toBe(speaker)
  })
})

describe('extractQuotes: indirect speech (indirect: true)', () => {
  const rows: Row[] = [
    [
      'Maria Lopez stressed that the budget must be balanced by the spring.',
      [['the budget must be balanced by the spring', 'indirect', 'Maria Lopez', 'stressed']],
    ],
    [
      'The bridge will close for repairs next month, officials said on Tuesday.',
      [['The bridge will close for repairs next month', 'indirect', 'officials', 'said']],
    ],
    [
      'According to the city council, the bridge will close next month.',
      [['the bridge will close next month', 'indirect', 'the city council', 'According to']],
    ],
    // A verb that needs "that" counts in a relative clause when "that" follows.
    [
      'The board met Ann Lee, who notes that the company has promised to cut costs every year.',
      [['the company has promised to cut costs every year', 'indirect', 'Ann Lee', 'notes']],
    ],
    // A second verb of the subject, "then" and a particle between.
    [
      'Tom Reed apologised first, and then pointed out that the mayor had found a new line of attack.',
      [['the mayor had found a new line of attack', 'indirect', 'Tom Reed', 'pointed']],
    ],
    // A participle after a linking word, and a listener and adverbials before "that".
    [
      'Ann Lee praised the plan, while saying that the budget would need to grow next year.',
      [['the budget would need to grow next year', 'indirect', 'Ann Lee', 'saying']],
    ],
    [
      'Ann Lee compared him to a traitor, telling him in a debate that he should resign at once.',
      [['he should resign at once', 'indirect', 'Ann Lee', 'telling']],
    ],
    // A report in a later or subordinate clause with its own subject.
    [
      'The photo was taken in 1996 at the open in Leeds, and Reed said it is one of his favourite pictures.',
      [['it is one of his favourite pictures', 'indirect', 'Reed', 'said']],
    ],
    [
      'While Tom Reed said that reporters cannot have any party ties, he seems uneasy with the rule.',
      [['reporters cannot have any party ties', 'indirect', 'Tom Reed', 'said']],
    ],
    // "according to" is a cue on its own: any noun phrase is its source.
    [
      'The mayor lost in the north but led in the south, according to complete but unofficial returns.',
      [
        [
          'The mayor lost in the north but led in the south',
          'indirect',
          'complete but unofficial returns',
          'according to',
        ],
      ],
    ],
    // A long sentence with no verb of speech: "according to" at its end is still its frame.
    [
      'The new bridge over the river, which took nine years to build and cost far more than the first sums, carried more than twelve thousand cars on its busiest day last month, a figure well above the usual level, according to the regional transport board.',
      [
        [
          'The new bridge over the river, which took nine years to build and cost far more than the first sums, carried more than twelve thousand cars on its busiest day last month, a figure well above the usual level',
          'indirect',
          'the regional transport board',
          'according to',
        ],
      ],
    ],
    [
      'According to early results of exit polls, nearly half of voters wanted change.',
      [
        [
          'nearly half of voters wanted change',
          'indirect',
          'early results of exit polls',
          'According to',
        ],
      ],
    ],
    // Plain words ending in a source noun name a source; a listener ends at a subject pronoun.
    [
      'It is impossible to check every one of the accounts, law enforcement officials say.',
      [
        [
          'It is impossible to check every one of the accounts',
          'indirect',
          'law enforcement officials',
          'say',
        ],
      ],
    ],
    [
      'Tom Reed told the Daily Planet he has already received hundreds of letters.',
      [['he has already received hundreds of letters', 'indirect', 'Tom Reed', 'told']],
    ],
    [
      'Tom Reed backed Lee, but told the Daily Planet on Monday that the vote would be close.',
      [['the vote would be close', 'indirect', 'Tom Reed', 'told']],
    ],
    // A weak verb reports a clause when "that" follows it; a reported question; an accusation.
    [
      'The Daily Planet, citing internal papers, reported that the campaign is spending more than it raises.',
      [
        [
          'the campaign is spending more than it raises',
          'indirect',
          'The Daily Planet',
          'reported',
        ],
      ],
    ],
    [
      'Tom Reed asked reporters whether the council had read the report at all.',
      [['whether the council had read the report at all', 'indirect', 'Tom Reed', 'asked']],
    ],
    [
      'Tom Reed accused the mayor of hiding the true cost of the bridge.',
      [['the mayor of hiding the true cost of the bridge', 'indirect', 'Tom Reed', 'accused']],
    ],
    // A time adverbial between the verb and the clause is neither ("said Monday the ..."),
    // unless the day is the clause's subject.
    [
      'Officials in Leeds said Monday the road would reopen within a week.',
      [['the road would reopen within a week', 'indirect', 'Officials', 'said']],
    ],
    [
      'Ann Lee said last week she would stand down at the next election.',
      [['she would stand down at the next election', 'indirect', 'Ann Lee', 'said']],
    ],
    [
      'Tom Reed noted Friday that his campaign has not spent much on advertising yet.',
      [['his campaign has not spent much on advertising yet', 'indirect', 'Tom Reed', 'noted']],
    ],
    [
      'Ann Lee said earlier this week the council would act on the bridge.',
      [['the council would act on the bridge', 'indirect', 'Ann Lee', 'said']],
    ],
    [
      'Ann Lee said Monday a device was found and that the road was shut.',
      [['a device was found and that the road was shut', 'indirect', 'Ann Lee', 'said']],
    ],
    // Not when the day opens a name or is the subject.
    [
      'Tom Reed said Sunday Times reporters had lied to him.',
      [['Sunday Times reporters had lied to him', 'indirect', 'Tom Reed', 'said']],
    ],
    [
      'Ann Lee said Friday marked the end of an era for the town.',
      [['Friday marked the end of an era for the town', 'indirect', 'Ann Lee', 'said']],
    ],
    // A number and the group it counts: "Eight of 10 voters".
    [
      'Nearly eight of 10 voters say they plan to watch the debate.',
      [['they plan to watch the debate', 'indirect', 'Nearly eight of 10 voters', 'say']],
    ],
    [
      'Eight of 10 voters say they plan to watch the debate.',
      [['they plan to watch the debate', 'indirect', 'Eight of 10 voters', 'say']],
    ],
    [
      'Ann Lee said earlier the bridge would reopen within a week.',
      [['the bridge would reopen within a week', 'indirect', 'Ann Lee', 'said']],
    ],
    [
      'Ann Lee said Monday was the busiest day the port had ever seen.',
      [['Monday was the busiest day the port had ever seen', 'indirect', 'Ann Lee', 'said']],
    ],
    // An apposition with commas between the subject and the verb, or after the speaker.
    [
      'Rosa Leon, 63, a voter raised in Chile, said she wanted major change in the city.',
      [['she wanted major change in the city', 'indirect', 'Rosa Leon', 'said']],
    ],
    [
      'Nor are tariffs likely to bring these jobs back, said Ann Lee, a professor of economics.',
      [['Nor are tariffs likely to bring these jobs back', 'indirect', 'Ann Lee', 'said']],
    ],
    // A parenthetical frame splits the report into two pieces.
    [
      'The only real problem, Ann Lee said, is that her wage has not risen in years.',
      [
        ['The only real problem', 'indirect', 'Ann Lee', 'said'],
        ['is that her wage has not risen in years', 'indirect', 'Ann Lee', 'said'],
      ],
    ],
    // A report that runs into a direct quote ends before it; "where" opens a clause with a report.
    [
      'Tom Reed noted that he taught law for years, and added: "I know a little about this."',
      [
        ['he taught law for years', 'indirect', 'Tom Reed', 'noted'],
        ['I know a little about this.', 'direct', 'Tom Reed', 'added'],
      ],
    ],
    [
      'The vote is close in Leeds, where officials say the count could take two days.',
      [['the count could take two days', 'indirect', 'officials', 'say']],
    ],
    // A participle after "by" or "and" reports what the subject said.
    [
      'Tom Reed won the seat by saying that the system is rigged in favour of the rich.',
      [['the system is rigged in favour of the rich', 'indirect', 'Tom Reed', 'saying']],
    ],
    // A listener between a later clause's verb and "that".
    [
      'During a visit to Leeds, Ohio, Tom Reed told reporters Tuesday that the new rules go too far.',
      [['the new rules go too far', 'indirect', 'Tom Reed', 'told']],
    ],
    // A parenthetical frame with a short second piece; a question put by someone unnamed.
    [
      'Ann Lee spoke to voters in Leeds.\nThis campaign, she says, is different.',
      [
        ['This campaign', 'indirect', 'Ann Lee', 'says'],
        ['is different', 'indirect', 'Ann Lee', 'says'],
      ],
    ],
    [
      'Asked if he was ever bullied at school, Tom Reed said no.',
      [['if he was ever bullied at school', 'indirect', null, 'Asked']],
    ],
    // A modal verb ends a speaker phrase: "the council must ..." is the report, not its source.
    [
      'Tom Reed, a careful planner, insists the council must find the money this year.',
      [['the council must find the money this year', 'indirect', 'Tom Reed', 'insists']],
    ],
    [
      'Tom Reed says the new plan will cost far too much.',
      [['the new plan will cost far too much', 'indirect', 'Tom Reed', 'says']],
    ],
    [
      'Tom Reed told reporters on Monday that the plan would cost too much.',
      [['the plan would cost too much', 'indirect', 'Tom Reed', 'told']],
    ],
    [
      'Tom Reed, speaking in Leeds, said the plan would cost too much.',
      [['the plan would cost too much', 'indirect', 'Tom Reed', 'said']],
    ],
    [
      'Tom Reed arrived late.\nBut to avoid delays, he said, the work must start at once.',
      [
        ['But to avoid delays', 'indirect', 'Tom Reed', 'said'],
        ['the work must start at once', 'indirect', 'Tom Reed', 'said'],
      ],
    ],
    [
      'Ann Lee spoke first.\n"We will build it," she said, adding that the work would take a year.',
      [
        ['We will build it', 'direct', 'Ann Lee', 'said'],
        ['the work would take a year', 'indirect', 'Ann Lee', 'adding'],
      ],
    ],
    [
      'The firm hired an architect who said the design was flawed from the start.',
      [['the design was flawed from the start', 'indirect', 'an architect', 'said']],
    ],
    // A name in apposition to a subject that names no one speaks; "said little" reports nothing.
    [
      'The minister, Olu Adeyemi, said on Monday that the mine would reopen in June.',
      [['the mine would reopen in June', 'indirect', 'Olu Adeyemi', 'said']],
    ],
    [
      "Labour's shadow chancellor, Rhiannon Price, said the budget would fail by the spring.",
      [['the budget would fail by the spring', 'indirect', 'Rhiannon Price', 'said']],
    ],
    [
      'The minister, speaking in Leeds, said the mine would reopen in June.',
      [['the mine would reopen in June', 'indirect', 'The minister', 'said']],
    ],
    ['Ruth Calder, who said little during the debate, left early.', []],
    ['Tom Reed said nothing at all about the plan.', []],
    ['Speaking on Monday, Tom Reed opened the new bridge.', []],
    // Three words are a clause when a subject pronoun and an auxiliary open them.
    [
      'On Friday night, the police said it would help.',
      [['it would help', 'indirect', 'the police', 'said']],
    ],
    ['The police said it again.', []],
    // A fronted phrase, then the speaker and a verb that goes on: the report follows the verb.
    [
      'In her speech on Monday, Ann Lee said the bridge would close.',
      [['the bridge would close', 'indirect', 'Ann Lee', 'said']],
    ],
    [
      'In the end, the bridge will close, Ann Lee said.',
      [['In the end, the bridge will close', 'indirect', 'Ann Lee', 'said']],
    ],
    // A listener, then a clause with a noun subject and an auxiliary.
    [
      'Ann Lee told the BBC the plan would cost millions.',
      [['the plan would cost millions', 'indirect', 'Ann Lee', 'told']],
    ],
    ['Ann Lee told reporters the story of her life.', []],
    [
      'Ann Lee told a radio station in Leeds on Friday she would stand again next year.',
      [['she would stand again next year', 'indirect', 'Ann Lee', 'told']],
    ],
    [
      'Ann Lee told the paper he’s going to sell the club.',
      [['he’s going to sell the club', 'indirect', 'Ann Lee', 'told']],
    ],
    // A noun after a possessive is no verb; "that" after "accused of ..." opens a relative clause.
    ["Ann Lee's claim to fame is a bakery that sells bread all over the county.", []],
    ['Reed is accused of an arson attack on a village hall that burned for most of the night.', []],
    [
      'Ann Lee said of her rival that he was unfit to lead the party.',
      [['he was unfit to lead the party', 'indirect', 'Ann Lee', 'said']],
    ],
    // "As X noted, CONTENT": the frame before the report.
    [
      'But as Ann Lee noted, the council will have to find the money elsewhere.',
      [['the council will have to find the money elsewhere', 'indirect', 'Ann Lee', 'noted']],
    ],
    ['As prices rose in the spring, the plan was dropped.', []],
    // Reported questions: the asker named before "asked", or unnamed after "when".
    [
      'A pupil from a school in Leeds asked Ann Lee what the plan would cost.',
      [['what the plan would cost', 'indirect', null, 'asked']],
    ],
    [
      'The mayor smiled when asked whether the bridge would reopen, and left.',
      [['whether the bridge would reopen', 'indirect', null, 'asked']],
    ],
    // A group or a share of people as the subject.
    [
      'Almost half said they would back the mayor again.',
      [['they would back the mayor again', 'indirect', 'Almost half', 'said']],
    ],
    [
      'About 35 percent of local voters said the council had let them down.',
      [['the council had let them down', 'indirect', 'About 35 percent of local voters', 'said']],
    ],
    [
      'Former officials who worked with the mayor say the office has lost its way.',
      [
        [
          'the office has lost its way',
          'indirect',
          'Former officials who worked with the mayor',
          'say',
        ],
      ],
    ],
    [
      'In the poll, those surveyed say the bridge should be rebuilt.',
      [['the bridge should be rebuilt', 'indirect', 'those surveyed', 'say']],
    ],
    // "that officials said would ...": the clause's subject is before the verb; no report.
    ['It is a plan that officials said would cost far too much money.', []],
    // A contracted subject opens a bare clause.
    [
      'Ann Lee, in her speech, suggested she’ll ask her brother to run the campaign.',
      [['she’ll ask her brother to run the campaign', 'indirect', 'Ann Lee', 'suggested']],
    ],
    // An irregular past ("took", "gave") ends the subject: the speaker is "The senator".
    [
      'The senator took a heckler in stride, saying the person would not get hurt at his rally.',
      [['the person would not get hurt at his rally', 'indirect', 'The senator', 'saying']],
    ],
    [
      'The bank gave no details, saying the funds had probably not been misused.',
      [['the funds had probably not been misused', 'indirect', 'The bank', 'saying']],
    ],
    // After a subject and "said", a determiner opens the reported clause ("The champion, Ann
    // Lutz said the time ..."), unless the rest is short, names a time or follows a listener.
    [
      'The champion for 12 years, Ann Lutz said the time was irrelevant in her final race.',
      [['the time was irrelevant in her final race', 'indirect', 'Ann Lutz', 'said']],
    ],
    [
      'The plan will fail, Ann Lutz said the next day.',
      [['The plan will fail', 'indirect', 'Ann Lutz', 'said']],
    ],
    [
      'We will be ready, the coach said the night before the final.',
      [['We will be ready', 'indirect', 'the coach', 'said']],
    ],
    [
      'The plan will fail, Ann Lutz said on Monday at the town hall meeting.',
      [['The plan will fail', 'indirect', 'Ann Lutz', 'said']],
    ],
    [
      'The plan will fail, Ann Lutz told the board members on Monday.',
      [['The plan will fail', 'indirect', 'Ann Lutz', 'told']],
    ],
    // ", and" or ", but" and the speaker's next reporting verb end a report, and the next report
    // is read with its own verb: "that" and a clause, or a clause that opens with a subject.
    // Without the comma the verb may be the clause's own ("the mayor visited the site and
    // said"); with no clause after it nothing is cut; nor is "and agreed to" (a weak verb),
    // "and state officials" (a noun) or "officials argued" (no "and").
    [
      'Ann Lutz said the figures were poor, but argued that the firm was sound.',
      [
        ['the figures were poor', 'indirect', 'Ann Lutz', 'said'],
        ['the firm was sound', 'indirect', 'Ann Lutz', 'argued'],
      ],
    ],
    [
      'Tom Reed said the rally was peaceful, and added he would return next year.',
      [
        ['the rally was peaceful', 'indirect', 'Tom Reed', 'said'],
        ['he would return next year', 'indirect', 'Tom Reed', 'added'],
      ],
    ],
    [
      'Ann Lutz said the mayor visited the site and said the repairs would take weeks.',
      [
        [
          'the mayor visited the site and said the repairs would take weeks',
          'indirect',
          'Ann Lutz',
          'said',
        ],
      ],
    ],
    [
      'Tom Reed said the audit was late, and claimed more than $100,000 in expenses.',
      [
        [
          'the audit was late, and claimed more than $100,000 in expenses',
          'indirect',
          'Tom Reed',
          'said',
        ],
      ],
    ],
    [
      'Ann Lutz said the rally was peaceful, and added that no one was hurt.',
      [['the rally was peaceful, and added that no one was hurt', 'indirect', 'Ann Lutz', 'said']],
    ],
    [
      'Tom Reed said the bridge was closed, and state officials were called in.',
      [
        [
          'the bridge was closed, and state officials were called in',
          'indirect',
          'Tom Reed',
          'said',
        ],
      ],
    ],
    [
      'Tom Reed said the executives met, and agreed to a merger on Friday.',
      [['the executives met, and agreed to a merger on Friday', 'indirect', 'Tom Reed', 'said']],
    ],
    [
      'Ann Lutz said the city council officials argued about the budget for hours.',
      [
        [
          'the city council officials argued about the budget for hours',
          'indirect',
          'Ann Lutz',
          'said',
        ],
      ],
    ],
    // ", but Tom Reed said ...": the next report by another speaker, named before its verb.
    [
      'Ann Lutz said the rally was peaceful, but Tom Reed said it was violent.',
      [
        ['the rally was peaceful', 'indirect', 'Ann Lutz', 'said'],
        ['it was violent', 'indirect', 'Tom Reed', 'said'],
      ],
    ],
    [
      'Ann Lutz said the bridge would reopen in May, and the council said that tolls would rise next spring.',
      [
        ['the bridge would reopen in May', 'indirect', 'Ann Lutz', 'said'],
        ['tolls would rise next spring', 'indirect', 'the council', 'said'],
      ],
    ],
    // No speaker phrase before the verb ("later that week"): the clause is not cut.
    [
      'Ann Lutz said the bridge would reopen in May, and later that week said that tolls would rise next spring.',
      [
        [
          'the bridge would reopen in May, and later that week said that tolls would rise next spring',
          'indirect',
          'Ann Lutz',
          'said',
        ],
      ],
    ],
    [
      'Tom Reed asked which candidate she backed, and Ann Lutz said she had not decided yet.',
      [
        ['which candidate she backed', 'indirect', 'Tom Reed', 'asked'],
        ['she had not decided yet', 'indirect', 'Ann Lutz', 'said'],
      ],
    ],
    [
      'The group made no comment, saying the talks were private.',
      [['the talks were private', 'indirect', 'The group', 'saying']],
    ],
    // More next reports: without the comma, another verb than "said"; a time before the other
    // speaker; a listener before "that". No cut at a relative clause ("the man who said") or a
    // bare form ("and say that"). A determiner phrase that names no time opens the clause.
    [
      'The champion for 12 years, Ann Lutz said the other riders were slower this season.',
      [['the other riders were slower this season', 'indirect', 'Ann Lutz', 'said']],
    ],
    [
      'We will be ready, the coach said the next day in an interview with the BBC.',
      [['We will be ready', 'indirect', 'the coach', 'said']],
    ],
    [
      'The champion for 12 years, Ann Lutz said the night was long and cold for the riders.',
      [['the night was long and cold for the riders', 'indirect', 'Ann Lutz', 'said']],
    ],
    [
      'A mother of three from Derry, Ann Lee said the nights at the shelter were frightening.',
      [['the nights at the shelter were frightening', 'indirect', 'Ann Lee', 'said']],
    ],
    [
      'A veteran of two wars, Carl Ames said the week in hospital had been hard.',
      [['the week in hospital had been hard', 'indirect', 'Carl Ames', 'said']],
    ],
    [
      'A veteran of two wars, Carl Ames said the day she won the title changed everything.',
      [['the day she won the title changed everything', 'indirect', 'Carl Ames', 'said']],
    ],
    [
      'The company said profits fell sharply, but Sunday Times reporters said the figures were wrong.',
      [
        ['profits fell sharply', 'indirect', 'The company', 'said'],
        ['the figures were wrong', 'indirect', 'Sunday Times reporters', 'said'],
      ],
    ],
    [
      'We will be ready, the coach said a week later in an interview with the BBC.',
      [['We will be ready', 'indirect', 'the coach', 'said']],
    ],
    [
      'Ann Lutz said she is surprised at the response and revealed that it has brought her friends to tears.',
      [
        ['she is surprised at the response', 'indirect', 'Ann Lutz', 'said'],
        ['it has brought her friends to tears', 'indirect', 'Ann Lutz', 'revealed'],
      ],
    ],
    [
      'Tom Reed said the bridge would reopen in May, and Monday the mayor said tolls would rise next spring.',
      [
        ['the bridge would reopen in May', 'indirect', 'Tom Reed', 'said'],
        ['tolls would rise next spring', 'indirect', 'the mayor', 'said'],
      ],
    ],
    [
      'Tom Reed said the bridge would reopen in May, and the man who said the polls were wrong was right.',
      [
        [
          'the bridge would reopen in May, and the man who said the polls were wrong was right',
          'indirect',
          'Tom Reed',
          'said',
        ],
      ],
    ],
    [
      'Tom Reed said the deal was done, and told reporters that the merger would go ahead in May.',
      [
        ['the deal was done', 'indirect', 'Tom Reed', 'said'],
        ['the merger would go ahead in May', 'indirect', 'Tom Reed', 'told'],
      ],
    ],
    [
      'Tom Reed said he had to say something, and say that the merger would go ahead.',
      [
        [
          'he had to say something, and say that the merger would go ahead',
          'indirect',
          'Tom Reed',
          'said',
        ],
      ],
    ],
    // "If asked ..." is a condition, part of the report; "Asked ..." is a question put to the speaker.
    [
      'If asked to lead the party, Tom Reed said, he would accept the job.',
      [
        ['If asked to lead the party', 'indirect', 'Tom Reed', 'said'],
        ['he would accept the job', 'indirect', 'Tom Reed', 'said'],
      ],
    ],
    // "Asked whether ..., Lee said ...": the question put to the speaker is reported with no
    // speaker (the asker is unnamed), and is no piece of the answer.
    [
      'Asked whether he would sell the farm, Tom Reed said, "Probably not."',
      [
        ['whether he would sell the farm', 'indirect', null, 'Asked'],
        ['Probably not.', 'direct', 'Tom Reed', 'said'],
      ],
    ],
    [
      'Asked whether he would sell the farm, Tom Reed said he would not.',
      [
        ['whether he would sell the farm', 'indirect', null, 'Asked'],
        ['he would not', 'indirect', 'Tom Reed', 'said'],
      ],
    ],
    [
      'When asked whom she supported, Ann Lutz smiled and said, "I am waiting."',
      [
        ['whom she supported', 'indirect', null, 'asked'],
        ['I am waiting.', 'direct', 'Ann Lutz', 'said'],
      ],
    ],
    [
      'When asked why he left the club, Tom Reed said, "We had three weeks to go" before the final.',
      [
        ['why he left the club', 'indirect', null, 'asked'],
        ['"We had three weeks to go" before the final', 'indirect', 'Tom Reed', 'said'],
        ['We had three weeks to go', 'partial', 'Tom Reed', 'said'],
      ],
    ],
    [
      'Asked about the farm, Tom Reed said, "It is not for sale."',
      [['It is not for sale.', 'direct', 'Tom Reed', 'said']],
    ],
    // "which" opens a question right after "asked" (or "asked her"), else a relative clause.
    [
      'Tom Reed asked her which candidate she would back in the primary.',
      [['which candidate she would back in the primary', 'indirect', 'Tom Reed', 'asked']],
    ],
    ['Her pupils often ask her for drawings which she happily puts on the board.', []],
    // A firm's name with an ampersand as the subject, in an apposition, or after the report.
    [
      'Brant & Vos said the merger would close in the spring.',
      [['the merger would close in the spring', 'indirect', 'Brant & Vos', 'said']],
    ],
    [
      'Ola Brant, a partner at Brant & Vos, said the merger would close in the spring.',
      [['the merger would close in the spring', 'indirect', 'Ola Brant', 'said']],
    ],
    [
      'The merger would close in the spring, a partner at Brant & Vos said.',
      [['The merger would close in the spring', 'indirect', 'a partner at Brant & Vos', 'said']],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected, {indirect: true}))

  it('reports no indirect speech by default', () => {
    check('Maria Lopez stressed that the budget must be balanced by the spring.', [])
  })
})

describe('extractQuotes: what is not speech', () => {
  const rows: Row[] = [
    // A weak reporting verb's bare form after a determiner is a noun: no frame.
    [
      "Her husband died of a heart attack, and she is believed to have been 'under a lot of stress'.",
      [],
    ],
    ["The producer launched a scathing attack on 'meddling executives' in an editorial.", []],
    ['She watched "Star Wars" twice.', []],
    ['The so-called "reform" passed on Tuesday.', []],
    ['The album "Blue Skies" was released in 1990.', []],
    ["The '90s were rock 'n' roll; Healey's can't-miss plan.", []],
    ['', []],
    // The title of a work, after its noun, its comma or "called".
    ['Ann Lee starred in her first film, "Sunrise."', []],
    ['Tom Reed wrote a play called "Old Roads Home" about his town.', []],
    ['In his new book, "Dry Land," Tom Reed recalls the drought.', []],
    // A pull quote: words of the story set again on a caption line are not said twice.
    [
      'Strikes spread across France on Monday.\n"We will not back down"\nUnion leader Marc Dubois told reporters: "We will not back down. The reform is unjust."',
      [['We will not back down. The reform is unjust.', 'direct', 'Marc Dubois', 'told']],
    ],
    // A transcript's stage direction is nobody's words, and does not end the speech around it.
    [
      'Ann Lee said:\n\n"We will hold the line.\n\n"(CROSSTALK.)\n\n"And we will win."',
      [
        ['We will hold the line.', 'direct', 'Ann Lee', 'said'],
        ['And we will win.', 'direct', 'Ann Lee', 'said'],
      ],
    ],
    [
      '"We will hold the line," Ann Lee said. "[Applause]" "And we will win," she added.',
      [
        ['We will hold the line', 'direct', 'Ann Lee', 'said'],
        ['And we will win', 'direct', 'Ann Lee', 'added'],
      ],
    ],
    // A name given by a naming participle that opens the sentence, by no one said.
    ['Dubbed the "Beast from the East", the storm closed schools.', []],
    ['Branded "Mr Fix It" by colleagues, Ann Lee took charge.', []],
    // A scraped label that a colon ends is not speech either.
    ['Wages rose in May.\n\n"Related:"\n\nMinisters Reject A Cap On Rents.', []],
    ['The vote was close.\n\n"Read More:"\n\nHow The Town Voted.', []],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: single marks in an article quoted in double marks', () => {
  const doubled =
    '"We will win," Ann Lee said.\n\n"The polls are wrong," she added.\n\n"Turnout is everything," she said.\n\n'
  const rows: Row[] = [
    // A subhead in single marks between paragraphs quoted in double marks is not speech.
    [
      `${doubled}'A change of heart.'\n\nTom Reed spoke next.`,
      [
        ['We will win', 'direct', 'Ann Lee', 'said'],
        ['The polls are wrong', 'direct', 'Ann Lee', 'added'],
        ['Turnout is everything', 'direct', 'Ann Lee', 'said'],
      ],
    ],
    // Nor is a quote inside a quote whose outer marks went astray.
    [
      `${doubled}Then Tom Reed told him, ‘We are not done.’`,
      [
        ['We will win', 'direct', 'Ann Lee', 'said'],
        ['The polls are wrong', 'direct', 'Ann Lee', 'added'],
        ['Turnout is everything', 'direct', 'Ann Lee', 'said'],
      ],
    ],
    // Single marks that open a sentence with its speaker and cue after them are speech, as is a
    // whole sentence in single marks after them.
    [
      `${doubled}'It's a sad day,' said Tom Reed. 'The tourists' money won't save the fleet.'`,
      [
        ['We will win', 'direct', 'Ann Lee', 'said'],
        ['The polls are wrong', 'direct', 'Ann Lee', 'added'],
        ['Turnout is everything', 'direct', 'Ann Lee', 'said'],
        ["It's a sad day", 'direct', 'Tom Reed', 'said'],
        ["The tourists' money won't save the fleet.", 'direct', 'Tom Reed', null],
      ],
    ],
    // Where quotes take single marks (British style), they are speech.
    [
      "'We will win,' Ann Lee said.\n\n'The polls are wrong,' she added.\n\n\"Turnout is everything,\" she said.",
      [
        ['We will win', 'direct', 'Ann Lee', 'said'],
        ['The polls are wrong', 'direct', 'Ann Lee', 'added'],
        ['Turnout is everything', 'direct', 'Ann Lee', 'said'],
      ],
    ],
  ]
  it.each(rows)('%j', (input, expected) => check(input, expected))
})

describe('extractQuotes: invariants', () => {
  // A small deterministic generator of messy text: words, names, marks of every style, breaks.
  const pieces = [
    '"',
    '“',
    '”',
    "'",
    '‘',
    '’',
    "''",
    ' said',
    ' he',
    ' Ann Lee',
    ' told',
    ',',
    '.',
    ':',
    '\n',
    '\n\n',
    ' the',
    ' plan',
    ' (',
    ')',
    ' according to',
    ' who',
    ' that',
    ' —',
    "can't",
    ' U.S.',
    ' 6\'2"',
  ]
  function messy(seed: number, length: number): string {
    let state = seed
    let out = ''
    for (let index = 0; index < length; index++) {
      state = (state * 1103515245 + 12345) % 2147483648
      out += pieces[state % pieces.length]
    }
    return out
  }

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'keeps true positions in text order on messy text %i',
    (seed) => {
      const text = messy(seed, 400)
      for (const indirect of [false, true]) {
        const quotes = extractQuotes(text, {indirect})
        expectTruePositions(text, quotes)
        for (const quote of quotes) {
          expect(quote.text.length).toBeGreaterThan(0)
          if (quote.speaker?.position) {
            expectTruePositions(text, [
              {text: quote.speaker.mention, position: quote.speaker.position},
            ])
          }
        }
        const starts = quotes.map((quote) => quote.position.start.offset!)
        expect(starts).toEqual([...starts].sort((a, b) => a - b))
        // The generator is dense enough that something is always read.
        if (indirect) expect(quotes.length).toBeGreaterThan(0)
      }
    },
  )
})

describe('extractQuotes: arguments', () => {
  it('throws a TypeError on bad input and options', () => {
    expect(() => extractQuotes(42 as never)).toThrow(
      'extractQuotes: expected `input` to be a string or an Article, got a number (42)',
    )
    expect(() => extractQuotes('x', {indirect: 'yes' as never})).toThrow(TypeError)
    expect(() => extractQuotes('x', {people: 'Ann' as never})).toThrow(TypeError)
  })
})
