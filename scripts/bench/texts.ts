/** The texts every benchmark uses: 200 CNN/Daily Mail articles and the seed article. */
import {readFileSync} from 'node:fs'
import {readJsonl} from '../eval/lib.js'

export const seedText = readFileSync(
  new URL('../../test/fixtures/seed-article.txt', import.meta.url),
  'utf8',
)

/** At least 200 real articles plus the seed article. */
export function benchTexts(count = 200): string[] {
  const articles = readJsonl<{article: string}>('summaries/cnndm-dev.jsonl', count).map(
    (record) => record.article,
  )
  return [...articles, seedText]
}
