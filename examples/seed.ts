/**
 * Run nutgraf on the bundled example article and print what it finds.
 *
 *     npm run example            # the bundled article
 *     npm run example -- my.txt  # any text file
 */
import {readFileSync} from 'node:fs'
import {parseArticle} from '../src/index.js'

const path = process.argv[2] ?? new URL('../test/fixtures/seed-article.txt', import.meta.url)
const text = readFileSync(path, 'utf8')
const article = parseArticle(text)

console.log(`Blocks (${article.blocks.length}):`)
for (const block of article.blocks) {
  const {line, column} = block.position.start
  console.log(`  ${`${line}:${column}`.padEnd(6)} ${block.kind.padEnd(10)} ${clip(block.text)}`)
}

console.log(`\nSentences (${article.sentences.length}):`)
for (const sentence of article.sentences) {
  const {line, column} = sentence.position.start
  console.log(
    `  ${`${line}:${column}`.padEnd(6)} ${sentence.kind.padEnd(10)} ${clip(sentence.text)}`,
  )
}

function clip(value: string): string {
  return value.length > 90 ? `${value.slice(0, 87)}...` : value
}
