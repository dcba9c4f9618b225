/**
 * A fact-checker's sheet: every quote with who said it, the speaker's roles
 * as the article gives them, the cue verb, and where the quote is, as
 * tab-separated values (paste it into a spreadsheet).
 *
 *     npm run build && npx tsx examples/who-said-what.ts                # the bundled example article
 *     npm run build && npx tsx examples/who-said-what.ts article.txt    # any text file
 */
import {readFileSync} from 'node:fs'
import {analyze, type Person} from 'nutgraf'

const path = process.argv[2] ?? new URL('../test/fixtures/seed-article.txt', import.meta.url)
const text = readFileSync(path, 'utf8')
const {quotes, people} = analyze(text)

// A speaker's name is the person's full name whenever the source is someone the article names.
const byName = new Map<string, Person>(people.map((person) => [person.name, person]))

console.log(['line', 'kind', 'speaker', 'roles', 'cue', 'quote'].join('\t'))
for (const quote of quotes) {
  const person = quote.speaker ? byName.get(quote.speaker.name) : undefined
  const roles = person?.roles.map((role) => qualified(person, role)).join('; ') ?? ''
  console.log(
    [
      quote.position.start.line,
      quote.kind,
      quote.speaker?.name ?? '(not said)',
      roles,
      quote.cue ?? '',
      oneLine(quote.text),
    ].join('\t'),
  )
}

/** A role with its time qualifier, as the text gives it: "former Defence Secretary". */
function qualified(person: Person, role: string): string {
  const qualifier = person.roleQualifiers?.[role]
  return qualifier ? `${qualifier} ${role}` : role
}

/** Quote text on one line, tabs and line breaks as spaces. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ')
}
