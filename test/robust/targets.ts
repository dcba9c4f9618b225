/**
 * The table of public functions under robustness test: for every function
 * the module under test exports, how to call it on a string and on an
 * Article, and how to collect every positioned item from its result (the
 * shapes of `/work/shared/design/api.md`). A function not yet exported is
 * skipped; an export with no row here fails `targets.test.ts`.
 *
 * The checks here throw plain `Error`s (no vitest), so that `scripts/fuzz.ts`
 * can run them too.
 */
import type {Nodes} from 'nlcst'
import {toString} from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {type Article, analyze} from '../../src/index.js'
import {referencePoints} from './points.js'

/** Any public function, called loosely. */
export type PublicFunction = (input: unknown, options?: unknown) => unknown

/** An item with a text and a position, as every result item is. */
export interface Positioned {
  text: string
  position: {
    start: {line: number; column: number; offset?: number}
    end: {line: number; column: number; offset?: number}
  }
}

/** Every positioned item of a result, with where it was found, in lists that must be in text order. */
export interface Collected {
  /** Each list's items must be in text order (start offsets never decrease). */
  lists: Array<{path: string; items: Array<{path: string; item: Positioned}>}>
}

/** One row of the table. */
export interface Target {
  /** The export's name. */
  name: string
  /** The name of the input argument in error messages (`input`, `text`), or null for a plugin. */
  argument: 'input' | 'text' | null
  /** Call it on a string. */
  onString(fn: PublicFunction, input: string, options?: unknown): unknown
  /** Call it on an Article parsed beforehand, or undefined when it takes only strings. */
  onArticle?(fn: PublicFunction, article: Article, options?: unknown): unknown
  /** Every positioned item of a result; throws when the result has the wrong shape. */
  collect(result: unknown, input: string): Collected
  /** Other documented facts of a result; throws when one does not hold. */
  check?(result: unknown, input: string, options?: unknown): void
  /** Options of the right type that must be accepted (unknown keys are ignored). */
  goodOptions: unknown[]
  /** Options that must be rejected: the value, the error class and words the message must contain. */
  badOptions: Array<[options: unknown, error: 'TypeError' | 'RangeError', words: string[]]>
}

/** Throw an `Error` unless `condition` holds. */
export function invariant(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

function asArray(value: unknown, path: string): unknown[] {
  invariant(Array.isArray(value), `${path}: expected an array, got ${typeof value}`)
  return value
}

function asPositioned(value: unknown, path: string): Positioned {
  invariant(isRecord(value), `${path}: expected an object`)
  invariant(typeof value.text === 'string', `${path}.text: expected a string`)
  const position = value.position
  invariant(isRecord(position), `${path}.position: expected an object`)
  invariant(isRecord(position.start) && isRecord(position.end), `${path}.position: no start/end`)
  return value as unknown as Positioned
}

/** A list of items that are themselves positioned. */
function list(value: unknown, path: string): Collected['lists'][number] {
  return {
    path,
    items: asArray(value, path).map((item, index) => ({
      path: `${path}[${index}]`,
      item: asPositioned(item, `${path}[${index}]`),
    })),
  }
}

// Collectors, one a documented result shape.

function collectArticle(result: unknown, path = 'article'): Collected {
  invariant(isRecord(result), `${path}: expected an object`)
  return {
    lists: [list(result.blocks, `${path}.blocks`), list(result.sentences, `${path}.sentences`)],
  }
}

function collectQuotes(result: unknown, path = 'quotes'): Collected {
  const quotes = list(result, path)
  const speakers: Collected['lists'][number] = {path: `${path}[].speaker`, items: []}
  quotes.items.forEach(({item}, index) => {
    const speaker = (item as unknown as {speaker?: unknown}).speaker
    if (speaker === null) return
    const where = `${path}[${index}].speaker`
    invariant(isRecord(speaker), `${where}: expected an object or null`)
    invariant(typeof speaker.name === 'string', `${where}.name: expected a string`)
    invariant(typeof speaker.mention === 'string', `${where}.mention: expected a string`)
    // A speaker's mention is positioned when `position` is set; mentions need not be in text order.
    if (speaker.position !== undefined) {
      speakers.items.push({
        path: where,
        item: asPositioned({text: speaker.mention, position: speaker.position}, where),
      })
    }
  })
  return {lists: [quotes, ...speakers.items.map((item) => ({path: item.path, items: [item]}))]}
}

function collectAmounts(result: unknown, path = 'amounts'): Collected {
  return {lists: [list(result, path)]}
}

function collectPeople(result: unknown, path = 'people'): Collected {
  return {
    lists: asArray(result, path).map((person, index) => {
      invariant(isRecord(person), `${path}[${index}]: expected an object`)
      invariant(typeof person.name === 'string', `${path}[${index}].name: expected a string`)
      asArray(person.roles, `${path}[${index}].roles`)
      return list(person.mentions, `${path}[${index}].mentions`)
    }),
  }
}

function collectSummary(result: unknown, path = 'summary'): Collected {
  invariant(isRecord(result), `${path}: expected an object`)
  invariant(typeof result.text === 'string', `${path}.text: expected a string`)
  return {lists: [list(result.sentences, `${path}.sentences`)]}
}

function collectAnalysis(result: unknown, path = 'analysis'): Collected {
  invariant(isRecord(result), `${path}: expected an object`)
  return {
    lists: [
      ...collectQuotes(result.quotes, `${path}.quotes`).lists,
      ...collectAmounts(result.amounts, `${path}.amounts`).lists,
      ...collectPeople(result.people, `${path}.people`).lists,
      ...collectSummary(result.summary, `${path}.summary`).lists,
    ],
  }
}

// Documented facts beyond positions.

function checkArticle(result: unknown, input: string): void {
  const article = result as Article
  invariant(article.text === input, 'article.text: not the input')
  invariant(isRecord(article.tree) && article.tree.type === 'RootNode', 'article.tree: not a root')
  checkTree(article.tree, input)
  let previousEnd = 0
  article.blocks.forEach((block, index) => {
    invariant(
      block.position.start.offset! >= previousEnd,
      `article.blocks[${index}]: overlaps the block before`,
    )
    invariant(block.text.trim() === block.text, `article.blocks[${index}]: white space at an end`)
    previousEnd = block.position.end.offset!
  })
  article.sentences.forEach((sentence, index) => {
    const block = article.blocks[sentence.block]
    invariant(block, `article.sentences[${index}].block: no block ${sentence.block}`)
    invariant(sentence.kind === block.kind, `article.sentences[${index}].kind: not its block's`)
    invariant(
      sentence.position.start.offset! >= block.position.start.offset! &&
        sentence.position.end.offset! <= block.position.end.offset!,
      `article.sentences[${index}]: outside its block`,
    )
    const node = sentence.node.position
    invariant(
      node?.start.offset === sentence.position.start.offset &&
        node?.end.offset === sentence.position.end.offset,
      `article.sentences[${index}].node: position differs from the sentence's`,
    )
  })
}

/**
 * Every node of the nlcst tree prints to the slice of the input its position
 * points at, with line and column right (extractors take positions from it).
 */
function checkTree(tree: Nodes, input: string): void {
  const pointAt = referencePoints(input)
  const visit = (node: Nodes, path: string): void => {
    const position = node.position
    invariant(position, `${path}: no position`)
    const from = position.start.offset!
    const to = position.end.offset!
    const slice = input.slice(from, to)
    invariant(
      slice === toString(node),
      `${path}: prints ${JSON.stringify(toString(node))} but the input at ${from}-${to} is ${JSON.stringify(slice)}`,
    )
    for (const point of [position.start, position.end]) {
      const expected = pointAt(point.offset!)
      invariant(
        point.line === expected.line && point.column === expected.column,
        `${path}: ${point.line}:${point.column} but offset ${point.offset} is at ${expected.line}:${expected.column}`,
      )
    }
    if ('children' in node) {
      node.children.forEach((child, index) => {
        visit(child, `${path}.children[${index}]`)
      })
    }
  }
  visit(tree, 'article.tree')
}

function checkAmounts(result: unknown, path = 'amounts'): void {
  ;(result as Array<Record<string, unknown>>).forEach((amount, index) => {
    const where = `${path}[${index}]`
    invariant(
      ['money', 'percent', 'quantity'].includes(amount.kind as string),
      `${where}.kind: ${String(amount.kind)}`,
    )
    invariant(
      amount.value === null || (typeof amount.value === 'number' && !Number.isNaN(amount.value)),
      `${where}.value: expected a number or null, got ${String(amount.value)}`,
    )
    if (typeof amount.min === 'number' && typeof amount.max === 'number') {
      invariant(amount.min <= amount.max, `${where}: min ${amount.min} > max ${amount.max}`)
    }
  })
}

function checkQuotes(result: unknown, path = 'quotes'): void {
  ;(result as Array<Record<string, unknown>>).forEach((quote, index) => {
    invariant(
      ['direct', 'partial', 'indirect'].includes(quote.kind as string),
      `${path}[${index}].kind: ${String(quote.kind)}`,
    )
  })
}

function checkSummary(result: unknown, options?: unknown, path = 'summary'): void {
  const summary = result as {text: string; sentences: Array<{text: string; score: unknown}>}
  invariant(
    summary.text === summary.sentences.map((sentence) => sentence.text).join(' '),
    `${path}.text: not its sentences joined by a space`,
  )
  const wanted = (options as {sentences?: number} | undefined)?.sentences ?? 3
  invariant(
    summary.sentences.length <= wanted,
    `${path}: ${summary.sentences.length} sentences, more than ${wanted}`,
  )
  summary.sentences.forEach((sentence, index) => {
    invariant(
      typeof sentence.score === 'number' && !Number.isNaN(sentence.score),
      `${path}.sentences[${index}].score: not a number`,
    )
  })
}

const optionsOfWrongType: Target['badOptions'] = [42, 'yes', true, ['a']].map((value) => [
  value,
  'TypeError',
  ['options'],
])

/** Options of the right type any function accepts: defaults, and unknown keys, which are ignored. */
const defaultOptions = [undefined, {}, {unknownOption: true}]

/** A plain extractor: `(input: string | Article, options?) => result`. */
function extractor(
  name: string,
  collect: Target['collect'],
  rest: Partial<Pick<Target, 'check' | 'goodOptions' | 'badOptions'>> = {},
): Target {
  return {
    name,
    argument: 'input',
    onString: (fn, input, options) => fn(input, options),
    onArticle: (fn, article, options) => fn(article, options),
    collect,
    goodOptions: [...defaultOptions, ...(rest.goodOptions ?? [])],
    badOptions: [...optionsOfWrongType, ...(rest.badOptions ?? [])],
    ...(rest.check ? {check: rest.check} : {}),
  }
}

/** Run the retext plugin the way a unified user does, and return `file.data.nutgraf`. */
function runPlugin(fn: PublicFunction, input: string, options?: unknown): unknown {
  const processor = unified()
    .use(retextEnglish)
    .use(fn as never, options as never)
  const file = new VFile(input)
  processor.runSync(processor.parse(file), file)
  return (file.data as Record<string, unknown>).nutgraf
}

/** The table: one row a public function, present or still to come. */
export const targets: Target[] = [
  {
    name: 'parseArticle',
    argument: 'text',
    onString: (fn, input, options) => fn(input, options),
    collect: (result) => collectArticle(result),
    check: (result, input) => checkArticle(result, input),
    goodOptions: defaultOptions,
    badOptions: optionsOfWrongType,
  },
  extractor('extractQuotes', (result) => collectQuotes(result), {
    check: (result) => checkQuotes(result),
  }),
  extractor('extractAmounts', (result) => collectAmounts(result), {
    check: (result) => checkAmounts(result),
  }),
  extractor('extractPeople', (result) => collectPeople(result)),
  extractor('summarize', (result) => collectSummary(result), {
    check: (result, _input, options) => checkSummary(result, options),
    goodOptions: [{sentences: 1}, {sentences: 5}, {sentences: 1000}],
    badOptions: [
      [{sentences: '3'}, 'TypeError', ['sentences']],
      [{sentences: null}, 'TypeError', ['sentences']],
      [{sentences: 0}, 'RangeError', ['sentences']],
      [{sentences: -1}, 'RangeError', ['sentences']],
      [{sentences: 1.5}, 'RangeError', ['sentences']],
      [{sentences: Number.NaN}, 'RangeError', ['sentences']],
    ],
  }),
  extractor('analyze', (result) => collectAnalysis(result), {
    check(result) {
      const analysis = result as Record<string, unknown>
      checkQuotes(analysis.quotes, 'analysis.quotes')
      checkAmounts(analysis.amounts, 'analysis.amounts')
      checkSummary(analysis.summary, undefined, 'analysis.summary')
    },
  }),
  {
    // toHtml takes an analysis, not text: its rows check that any text renders,
    // escaped, into one page (its own bad-argument tests are in html.test.ts).
    name: 'toHtml',
    argument: null,
    onString: (fn, input, options) => fn(analyze(input), options),
    collect: () => ({lists: []}),
    check(result, input) {
      invariant(typeof result === 'string', 'toHtml: expected a string')
      invariant(result.startsWith('<!doctype html>'), 'toHtml: expected an HTML document')
      invariant(
        !/<script|<img|onerror=/i.test(result) || !/<script|<img|onerror=/i.test(input),
        'toHtml: article text reached the page unescaped',
      )
    },
    goodOptions: [undefined, {}, {title: 'A page'}],
    badOptions: [],
  },
  {
    name: 'retextNutgraf',
    argument: null,
    onString: runPlugin,
    collect: (result) => collectAnalysis(result, 'file.data.nutgraf'),
    goodOptions: defaultOptions,
    // unified reads `.use(plugin, true)` as "on, with defaults": the plugin never sees `true`.
    badOptions: optionsOfWrongType.filter(([value]) => value !== true),
  },
]

/** The functions a module exports, by name. */
export function exportedFunctions(module: object): Map<string, PublicFunction> {
  const functions = new Map<string, PublicFunction>()
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') functions.set(name, value as PublicFunction)
  }
  return functions
}

/** The rows of the table whose function `module` exports, each with the function. */
export function presentTargets(module: object): Array<{target: Target; fn: PublicFunction}> {
  const functions = exportedFunctions(module)
  return targets.flatMap((target) => {
    const fn = functions.get(target.name)
    return fn ? [{target, fn}] : []
  })
}
