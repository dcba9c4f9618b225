/**
 * The corpus rows of the performance issue, each group in its own
 * interleaved rounds against the bare parse of the same texts:
 *
 * - analyze end to end, with no Articles held between rounds (the peers,
 *   compromise and wink-nlp, have a group of their own: see `peers.ts`);
 * - each extractor on freshly parsed Articles, as `analyze` meets them: each
 *   text is parsed (untimed) right before the extractor runs on it (timed),
 *   article by article, so the garbage collector's work falls on both in
 *   proportion, as in a pipeline; these rows carry the targets;
 * - the same extractors on Articles parsed once and kept for the whole group
 *   (reference only). Holding 200 parsed Articles makes the process's heap
 *   large, which slows the baseline parse itself (about 1.8x on these
 *   machines) more than the extractors, so these ratios flatter them.
 */
import {
  type Article,
  analyze,
  extractAmounts,
  extractPeople,
  extractQuotes,
  type Person,
  parseArticle,
  summarize,
} from '../../src/index.js'
import {type BenchCase, type BenchGroup, cpuTime, SelfTimed} from './lib.js'
import {bareParse} from './parse.js'

/** The row name of analyze in {@link analyzeGroup}. */
export const analyzeRow = 'analyze (parse + all four extractors)'

/** analyze against the bare parse; nothing is held between rounds. */
export function analyzeGroup(texts: string[]): BenchGroup {
  return {
    title: `analyze on ${texts.length} articles, against unified + retext-english parsing them`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: [
      {
        name: analyzeRow,
        run: () => {
          for (const text of texts) analyze(text)
        },
        report: 'throughput',
        target: '>= 0.6',
        meets: (ratio) => ratio >= 0.6,
      },
    ],
    rounds: 15,
  }
}

/** What an extractor row runs on: Articles, and for quotes the people found beforehand. */
interface Prepared {
  articles: Article[]
  people: Person[][]
}

type Extract = (article: Article, people: Person[]) => unknown

const extractors: Array<{name: string; extract: Extract; target: number | null; people?: boolean}> =
  [
    {name: 'extractAmounts', extract: (article) => extractAmounts(article), target: 0.15},
    {name: 'extractPeople', extract: (article) => extractPeople(article), target: 0.25},
    {
      name: 'extractQuotes (given the people, as analyze runs it)',
      extract: (article, people) => extractQuotes(article, {people}),
      target: 0.25,
      people: true,
    },
    {
      // Without `people`, extractQuotes runs extractPeople itself: both costs in one row.
      name: 'extractQuotes finding people itself (= quotes + people)',
      extract: (article) => extractQuotes(article),
      target: null,
    },
    {name: 'summarize', extract: (article) => summarize(article), target: 0.3},
  ]

function prepare(texts: string[], people: boolean): Prepared {
  const articles = texts.map((text) => parseArticle(text))
  return {articles, people: people ? articles.map((article) => extractPeople(article)) : []}
}

/** Parse each text (untimed), then run `extract` on it (timed): the CPU time of the extractions. */
function freshRun(texts: string[], extract: Extract, people: boolean): SelfTimed {
  let ms = 0
  for (const text of texts) {
    const article = parseArticle(text)
    const found = people ? extractPeople(article) : []
    const start = cpuTime()
    extract(article, found)
    ms += cpuTime() - start
  }
  return new SelfTimed(ms)
}

function extractorCases(
  texts: string[],
  label: string,
  fresh: boolean,
  kept: Map<boolean, Prepared>,
): BenchCase[] {
  return extractors.map(({name, extract, target, people}) => ({
    name: `${name} ${label}`,
    run: () => {
      if (fresh) return freshRun(texts, extract, people === true)
      const {articles, people: found} = kept.get(people === true)!
      for (let index = 0; index < articles.length; index++) {
        extract(articles[index]!, found[index] ?? [])
      }
      return undefined
    },
    report: 'cost',
    target: fresh && target !== null ? `<= ${target}` : 'reference',
    meets: (ratio) => !fresh || target === null || ratio <= target,
  }))
}

/** Each extractor on freshly parsed Articles (the targets), against the bare parse. */
export function extractorsGroup(texts: string[]): BenchGroup {
  return {
    title: `Extractors on ${texts.length} freshly parsed articles (each parsed, untimed, right before), against unified + retext-english parsing them`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: extractorCases(texts, 'on fresh Articles', true, new Map()),
    rounds: 9,
  }
}

/** The same extractors on Articles parsed once and held by the group (reference: a large heap). */
export function reusedGroup(texts: string[]): BenchGroup {
  const withPeople = prepare(texts, true)
  const kept = new Map<boolean, Prepared>([
    [true, withPeople],
    [false, {articles: withPeople.articles, people: []}],
  ])
  return {
    title: `Reference: extractors on ${texts.length} Articles parsed once and held (the held trees slow the baseline parse too)`,
    baseline: {name: 'unified().use(retextEnglish).parse', run: () => bareParse(texts)},
    cases: extractorCases(texts, 'on held Articles', false, kept),
    rounds: 5,
  }
}
