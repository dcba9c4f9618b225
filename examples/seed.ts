/**
 * A small consumer of nutgraf: analyse an article and print what was found.
 * It imports the built package by name, as a user's project would.
 *
 *     npm run example                 # the bundled example article
 *     npm run example -- article.txt  # any text file
 */
import {readFileSync} from 'node:fs'
import {analyze, parseArticle} from 'nutgraf'

const path = process.argv[2] ?? new URL('../test/fixtures/seed-article.txt', import.meta.url)
const text = readFileSync(path, 'utf8')

// One parse, shared by every extractor.
const article = parseArticle(text)
const {people, quotes, amounts, summary} = analyze(article)

console.log(`Blocks (${article.blocks.length})`)
for (const block of article.blocks)
  console.log(`  ${where(block)} ${block.kind.padEnd(10)} ${clip(block.text)}`)

console.log(`\nSentences (${article.sentences.length})`)
for (const sentence of article.sentences)
  console.log(`  ${where(sentence)} ${sentence.kind.padEnd(10)} ${clip(sentence.text)}`)

console.log(`\nPeople (${people.length})`)
for (const person of people) {
  const roles = person.roles.length > 0 ? ` — ${person.roles.join(', ')}` : ''
  console.log(
    `  ${person.honorific ? `${person.honorific} ` : ''}${person.name}${roles} (${person.mentions.length} mentions)`,
  )
}

console.log(`\nQuotes (${quotes.length})`)
for (const quote of quotes) {
  console.log(
    `  ${where(quote)} ${quote.kind.padEnd(8)} ${(quote.speaker?.name ?? '(unknown)').padEnd(16)} “${clip(quote.text, 60)}”`,
  )
}

console.log(`\nAmounts (${amounts.length})`)
for (const amount of amounts) {
  const value = amount.value ?? (amount.min !== undefined ? `${amount.min}–${amount.max}` : 'vague')
  console.log(
    `  ${where(amount)} ${amount.kind.padEnd(8)} ${amount.text.padEnd(16)} ${value} ${amount.currency ?? amount.unit ?? ''}`,
  )
}

console.log('\nSummary')
for (const sentence of summary.sentences) console.log(`  ${where(sentence)} ${sentence.text}`)

function where(item: {position: {start: {line: number; column: number}}}): string {
  return `${item.position.start.line}:${item.position.start.column}`.padEnd(6)
}

function clip(value: string, length = 80): string {
  return value.length > length ? `${value.slice(0, length - 3)}...` : value
}
