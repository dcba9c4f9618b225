/**
 * extractPeople against people annotated by others, with compromise's
 * `.people()` scored the same way for comparison:
 *
 * - GUM news and GUM interviews (Wikinews, CC BY): per-article person set,
 *   strict. A predicted person matches a gold person when its name equals the
 *   gold canonical name or one of its aliases (case, stops and apostrophe
 *   style ignored); a second prediction for the same gold person is a false
 *   positive (an unmerged duplicate); predictions that match an optional
 *   person (fictional characters, names inside organisation names) count
 *   neither way. Role recall: of matched gold people with role evidence, the
 *   share whose predicted roles include one of it (equal, or one ending the
 *   other: "President" for "U.S. President"). Negative names: predicted
 *   people whose name is one of the article's organisations or places.
 * - CoNLL-2003 dev (Reuters): exact-span F1 of name mentions against PER.
 *
 * `PEOPLE_EVAL_VERBOSE=1` prints every miss and false positive.
 */
import nlp from 'compromise'
import {extractPeople, parseArticle} from '../../src/index.js'
import {addCounts, type Counts, counts, type Evaluation, prf, readJson, type Table} from './lib.js'

interface GumGold {
  name: string
  status: 'required' | 'optional'
  aliases: string[]
}

interface GumEntity {
  canonical: string | null
  aliases: string[]
  role_evidence: string[]
}

interface GumDocument {
  id: string
  text: string
  gold: GumGold[]
  negative_names: string[]
  people: GumEntity[]
}

interface ConllDocument {
  id: string
  text: string
  entities: Array<{type: string; start: number; end: number; text: string}>
}

/** A system under evaluation: the people of a text, as names with roles and name spans. */
interface System {
  name: string
  people(text: string): Array<{name: string; roles: string[]; spans: Array<[number, number]>}>
}

const verbose = Boolean(process.env.PEOPLE_EVAL_VERBOSE)

const nutgrafSystem: System = {
  name: 'nutgraf extractPeople',
  people(text) {
    return extractPeople(parseArticle(text), {pronouns: false}).map((person) => ({
      name: person.name,
      roles: person.roles,
      spans: person.mentions
        .filter((mention) => mention.kind === 'name')
        .map((mention) => [mention.position.start.offset!, mention.position.end.offset!]),
    }))
  },
}

const compromiseSystem: System = {
  name: 'compromise .people()',
  people(text) {
    const found = nlp(text).people().json({offset: true}) as Array<{
      text: string
      offset: {start: number; length: number}
    }>
    const seen = new Map<string, {name: string; roles: string[]; spans: Array<[number, number]>}>()
    for (const item of found) {
      const span = trimSpan(text, item.offset.start, item.offset.start + item.offset.length)
      if (!span) continue
      const name = text.slice(span[0], span[1])
      const key = normalise(name)
      const entry = seen.get(key)
      if (entry) entry.spans.push(span)
      else seen.set(key, {name, roles: [], spans: [span]})
    }
    return [...seen.values()]
  },
}

/** Trim white space, punctuation and a possessive 's off a span. */
function trimSpan(text: string, start: number, end: number): [number, number] | undefined {
  let from = start
  let to = end
  while (from < to && !/[\p{L}\p{N}]/u.test(text[from]!)) from++
  for (;;) {
    if (/['’]s$/u.test(text.slice(from, to))) to -= 2
    else if (to > from && !/[\p{L}\p{N}.]/u.test(text[to - 1]!)) to--
    else if (to > from + 1 && text[to - 1] === '.' && !/\p{Lu}\.$/u.test(text.slice(from, to))) to--
    else break
  }
  return to > from ? [from, to] : undefined
}

function normalise(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/'s$/, '')
    .trim()
}

function normaliseRole(role: string): string {
  return normalise(role)
    .replace(/^(?:the|a|an) /, '')
    .replace(/'s$/, '')
}

function rolesAgree(predicted: string, gold: string): boolean {
  const a = normaliseRole(predicted)
  const b = normaliseRole(gold)
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`)
}

interface GumScore {
  people: Counts
  rolesRecalled: number
  rolesGold: number
  negatives: number
  negativeNames: number
}

function scoreGum(system: System, documents: GumDocument[], label: string): GumScore {
  const score: GumScore = {
    people: counts(),
    rolesRecalled: 0,
    rolesGold: 0,
    negatives: 0,
    negativeNames: 0,
  }
  for (const document of documents) {
    const predicted = system.people(document.text)
    const keys = new Map<string, number>()
    document.gold.forEach((gold, index) => {
      keys.set(normalise(gold.name), index)
      for (const alias of gold.aliases) {
        const key = normalise(alias)
        if (!keys.has(key)) keys.set(key, index)
      }
    })
    const matched = new Map<number, number>()
    const falsePositives: string[] = []
    predicted.forEach((person, index) => {
      const gold = keys.get(normalise(person.name))
      if (gold === undefined) {
        falsePositives.push(person.name)
        return
      }
      if (document.gold[gold]!.status === 'optional') return
      if (matched.has(gold)) falsePositives.push(`${person.name} (duplicate)`)
      else matched.set(gold, index)
    })
    const required = document.gold.filter((gold) => gold.status === 'required')
    const missed = document.gold.filter(
      (gold, index) => gold.status === 'required' && !matched.has(index),
    )
    addCounts(score.people, {
      truePositives: matched.size,
      falsePositives: falsePositives.length,
      falseNegatives: required.length - matched.size,
    })

    // Roles: every matched gold person with role evidence.
    for (const [gold, index] of matched) {
      const person = document.gold[gold]!
      const evidence = document.people
        .filter(
          (entity) =>
            entity.canonical !== null &&
            (normalise(entity.canonical) === normalise(person.name) ||
              entity.aliases.some((alias) => normalise(alias) === normalise(person.name))),
        )
        .flatMap((entity) => entity.role_evidence)
      if (evidence.length === 0) continue
      score.rolesGold++
      const roles = predicted[index]!.roles
      if (roles.some((role) => evidence.some((gold) => rolesAgree(role, gold)))) {
        score.rolesRecalled++
      } else if (verbose && system === nutgrafSystem) {
        console.log(
          `[${label}] role missed: ${person.name}: ours [${roles.join('; ')}] gold [${evidence.join('; ')}]`,
        )
      }
    }

    const negatives = new Set(document.negative_names.map(normalise))
    score.negativeNames += negatives.size
    const negativeHits = predicted.filter((person) => negatives.has(normalise(person.name)))
    score.negatives += negativeHits.length

    if (verbose && (falsePositives.length > 0 || missed.length > 0)) {
      console.log(`[${label}] ${system.name} ${document.id}`)
      if (missed.length) console.log(`  missed: ${missed.map((gold) => gold.name).join(' | ')}`)
      if (falsePositives.length) console.log(`  false:  ${falsePositives.join(' | ')}`)
    }
  }
  return score
}

function scoreConll(system: System, documents: ConllDocument[]): Counts {
  const total = counts()
  for (const document of documents) {
    const gold = new Set(
      document.entities
        .filter((entity) => entity.type === 'PER')
        .map((entity) => `${entity.start}:${entity.end}`),
    )
    const predicted = new Set<string>()
    for (const person of system.people(document.text)) {
      for (const [start, end] of person.spans) predicted.add(`${start}:${end}`)
    }
    let hits = 0
    for (const key of predicted) if (gold.has(key)) hits++
    addCounts(total, {
      truePositives: hits,
      falsePositives: predicted.size - hits,
      falseNegatives: gold.size - hits,
    })
    if (verbose && system === nutgrafSystem) {
      const show = (key: string) => {
        const [start, end] = key.split(':').map(Number)
        return document.text.slice(start, end)
      }
      const misses = [...gold].filter((key) => !predicted.has(key)).map(show)
      const wrong = [...predicted].filter((key) => !gold.has(key)).map(show)
      if (misses.length || wrong.length) {
        console.log(`[conll] ${document.id}`)
        if (misses.length) console.log(`  missed: ${misses.join(' | ')}`)
        if (wrong.length) console.log(`  false:  ${wrong.join(' | ')}`)
      }
    }
  }
  return total
}

function gumTable(title: string, documents: GumDocument[], target: string, label: string): Table {
  const rows: Table['rows'] = []
  for (const system of [nutgrafSystem, compromiseSystem]) {
    const score = scoreGum(system, documents, label)
    const {precision, recall, f1} = prf(score.people)
    rows.push([
      system.name,
      precision,
      recall,
      f1,
      `${score.people.truePositives} / ${score.people.falsePositives} / ${score.people.falseNegatives}`,
      system === nutgrafSystem
        ? `${score.rolesRecalled} / ${score.rolesGold} (${((100 * score.rolesRecalled) / Math.max(1, score.rolesGold)).toFixed(0)}%)`
        : 'n/a',
      `${score.negatives}`,
    ])
  }
  return {
    title,
    columns: [
      'system',
      'precision',
      'recall',
      'F1',
      'TP / FP / FN',
      'role recall',
      'negative names taken',
    ],
    rows,
    notes: [
      `${documents.length} articles, ${documents.reduce((sum, document) => sum + document.gold.filter((gold) => gold.status === 'required').length, 0)} required people. Target: ${target}. Strict: an unmerged duplicate is a false positive; optional people count neither way.`,
    ],
  }
}

export const evaluation: Evaluation = {
  name: 'people',
  order: 40,
  run(): Table[] {
    const news = readJson<{documents: GumDocument[]}>('people/gum-news-dev.json').documents
    const interviews = readJson<{documents: GumDocument[]}>(
      'people/gum-interview-dev.json',
    ).documents
    const conll = readJson<{documents: ConllDocument[]}>('people/conll2003-dev.json').documents

    const conllRows: Table['rows'] = []
    for (const system of [nutgrafSystem, compromiseSystem]) {
      const score = scoreConll(system, conll)
      const {precision, recall, f1} = prf(score)
      conllRows.push([
        system.name,
        precision,
        recall,
        f1,
        `${score.truePositives} / ${score.falsePositives} / ${score.falseNegatives}`,
      ])
    }

    return [
      gumTable(
        'People: GUM news dev, per-article person set (strict)',
        news,
        'F1 >= 0.90 (compromise 0.71)',
        'gum-news',
      ),
      gumTable(
        'People: GUM interviews dev, per-article person set (strict; not hand-reviewed)',
        interviews,
        'none set (second check)',
        'gum-interview',
      ),
      {
        title: 'People: CoNLL-2003 dev, exact-span F1 of name mentions against PER',
        columns: ['system', 'precision', 'recall', 'F1', 'TP / FP / FN'],
        rows: conllRows,
        notes: [
          `${conll.length} articles. Target: F1 >= 0.85. Spans exclude titles and the possessive 's, as the gold does.`,
        ],
      },
    ]
  },
}
