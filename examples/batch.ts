/**
 * A pipeline step: read articles as JSON Lines (one object a line with a
 * `text` field, or one plain JSON string a line) and write one line of
 * results an article: the people with their roles, the quotes with their
 * speakers, the money, and the summary. Progress and speed go to stderr.
 *
 *     npm run build && npx tsx examples/batch.ts articles.jsonl > results.jsonl
 *     npm run build && npx tsx examples/batch.ts                 # the bundled example article, as one line
 *
 * Each article is analysed on its own and its parse let go before the next,
 * so memory stays flat however long the file is.
 */
import {createReadStream, readFileSync} from 'node:fs'
import {createInterface} from 'node:readline'
import {analyze} from 'nutgraf'

const path = process.argv[2]
const lines = path
  ? createInterface({input: createReadStream(path), crlfDelay: Infinity})
  : [
      JSON.stringify(
        readFileSync(new URL('../test/fixtures/seed-article.txt', import.meta.url), 'utf8'),
      ),
    ]

let lineNumber = 0
let articles = 0
let characters = 0
const started = performance.now()
for await (const line of lines) {
  lineNumber++
  if (line.trim() === '') continue
  const record: unknown = JSON.parse(line)
  const text = typeof record === 'string' ? record : (record as {text?: unknown}).text
  if (typeof text !== 'string') {
    console.error(`line ${lineNumber}: no "text" string, skipped`)
    continue
  }
  const {people, quotes, amounts, summary} = analyze(text)
  const result = {
    people: people.map(({name, roles, mentions}) => ({name, roles, mentions: mentions.length})),
    quotes: quotes.map(({text, kind, speaker}) => ({text, kind, speaker: speaker?.name ?? null})),
    money: amounts
      .filter((amount) => amount.kind === 'money')
      .map(({text, value, currency}) => ({text, value, currency})),
    summary: summary.text,
  }
  process.stdout.write(`${JSON.stringify(result)}\n`)
  articles++
  characters += text.length
}
const seconds = (performance.now() - started) / 1000
console.error(
  `${articles} articles, ${(characters / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s (${(characters / 1e6 / seconds).toFixed(2)} MB/s)`,
)
