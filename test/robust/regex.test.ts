/**
 * Every regular expression in src/, found with the TypeScript parser (regex
 * literals and `RegExp(...)` with literal arguments), run against long runs
 * of every character class under a time bound, in a worker thread that is
 * killed on a hang: catastrophic backtracking anywhere in src/ fails CI.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {Worker} from 'node:worker_threads'
import ts from 'typescript'
import {describe, expect, it} from 'vitest'

interface FoundRegex {
  where: string
  source: string
  flags: string
}

/**
 * `new RegExp(...)` calls whose pattern is built at run time, which this test
 * cannot see: each needs a row here saying why it is safe (`file#constant` for
 * a pattern a constant holds, else `file:line`, and the reason), and the
 * adversarial and fuzz tests cover it through the functions that use it.
 */
const dynamicAllowed: Array<{where: string; reason: string}> = [
  {
    where: 'src/amounts/matchers.ts#mayHoldAmount',
    reason:
      'mayHoldAmount: built once at import from the number-word lexicon; an alternation of literal words factored by prefix (only ? quantifiers, no * or +) between \\b',
  },
]

/**
 * Patterns that are slower than linear on long runs of some characters, but
 * are only ever run on short text: the pattern's source, the longest text it
 * is run on, and where that limit is enforced. They are timed at twice that
 * length instead of on long text.
 */
const shortInputOnly: Array<{source: string; maxLength: number; reason: string}> = [
  {
    // Cubic on a run of spaces ending in a line break (the spaces can go to three groups).
    source: String.raw`^\(?\s*([a-z ]{3,16}?)\s*:\s*(.+?)\)?$`,
    maxLength: 80,
    reason: 'isCredit in src/parse/classify.ts returns before it on text longer than 80 characters',
  },
  {
    // Quadratic when scanning a run of spaces: each start position scans the rest of the run.
    source: String.raw`\s*(?:\/|\||,|;|\bvia\b|\band\b|&)\s*`,
    maxLength: 80,
    reason: 'isCredit in src/parse/classify.ts splits only text of at most 80 characters with it',
  },
]

const root = new URL('../../src/', import.meta.url)

/** `src/file#name` when `node` is the value of a constant `name` (stable as lines move). */
function constantOf(node: ts.Node, file: string): string | undefined {
  const parent = node.parent
  if (parent && ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) {
    return `src/${file}#${parent.name.text}`
  }
  return undefined
}

/** Every regular expression in src/, with the file and line where it is written. */
function findRegexes(): {found: FoundRegex[]; dynamic: string[]} {
  const found: FoundRegex[] = []
  const dynamic: string[] = []
  const files = readdirSync(root, {recursive: true, encoding: 'utf8'})
    .filter((file) => file.endsWith('.ts'))
    .sort()
  for (const file of files) {
    const text = readFileSync(new URL(file, root), 'utf8')
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const where = (node: ts.Node) =>
      `src/${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const literal = node.text
        const slash = literal.lastIndexOf('/')
        found.push({
          where: where(node),
          source: literal.slice(1, slash),
          flags: literal.slice(slash + 1),
        })
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        ts.isIdentifier(node.expression) &&
        node.expression.text === 'RegExp'
      ) {
        const [pattern, flags] = node.arguments ?? []
        const isLiteral = (argument: ts.Expression | undefined) =>
          argument === undefined || ts.isStringLiteralLike(argument)
        if (pattern && ts.isStringLiteralLike(pattern) && isLiteral(flags)) {
          found.push({
            where: where(node),
            source: pattern.text,
            flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '',
          })
        } else {
          dynamic.push(constantOf(node, file) ?? where(node))
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return {found, dynamic}
}

// The worker: runs each pattern on each adversarial string, reports the slowest.
const workerCode = `
const {parentPort, workerData} = require('node:worker_threads')
const {regexes, pumps, suffixes, prefixes, ownPumps, limitMs} = workerData
for (let index = 0; index < regexes.length; index++) {
  const {source, flags, length} = regexes[index]
  parentPort.postMessage({type: 'start', index})
  const once = new RegExp(source, flags.replace(/[gy]/g, ''))
  const every = new RegExp(source, flags.replace(/[gy]/g, '') + 'g')
  // The pattern's own characters, alone and in pairs, are pumped too.
  const own = [...new Set(source.replace(/\\\\[pPu]\\{[^}]*\\}|\\\\./g, '').split(''))]
  const all = ownPumps ? [...pumps, ...own, ...own.flatMap((a) => own.slice(0, 4).map((b) => a + b))] : pumps
  let worst = {ms: 0, input: ''}
  let lastTick = performance.now()
  for (const pump of all) {
    const body = pump.repeat(Math.ceil(length / pump.length))
    for (const prefix of prefixes) {
      for (const suffix of suffixes) {
        const input = prefix + body + suffix
        // A slow input is timed twice more, and counts by its best time, so that
        // a busy machine does not fail a linear pattern.
        let ms = Infinity
        let started = performance.now()
        for (let attempt = 0; attempt < 3 && ms > limitMs; attempt++) {
          started = performance.now()
          once.exec(input)
          every.lastIndex = 0
          input.replace(every, '')
          ms = Math.min(ms, performance.now() - started)
        }
        if (ms > worst.ms) worst = {ms, input: JSON.stringify(prefix + pump.repeat(3) + '…' + suffix)}
        // Tell the watchdog this pattern is slow but alive.
        if (started - lastTick > 200) {
          parentPort.postMessage({type: 'tick', index})
          lastTick = started
        }
      }
    }
  }
  parentPort.postMessage({type: 'done', index, ms: worst.ms, input: worst.input})
}
parentPort.postMessage({type: 'end'})
`

const pumps = [
  ...['a', 'A', 'aA', 'Ab', 'é', 'Ж', '中', '𝒃', '😀'],
  ...['1', '12', '1,', '1.', '1 ', 'a1', '½'],
  ...[' ', '\t', '\u00a0', '\u2009', '\u3000', '\n', '\r\n', '\r', ' \n', '\n\n'],
  ...['"', '“', '”', "'", '‘', '’', '«', '»', '"a', 'a"', '“a', 'a”', '" ', "a'"],
  ...['.', ',', ';', ':', '!', '?', '-', '—', '…', '(', ')', '/', '&', '|', '©', '£', '%'],
  ...['a ', 'A ', 'a.', 'A.', '. ', 'a-', 'A:', 'a, ', '.\n', 'A1', 'A-', "A'", 'A’'],
  ...['\u0000', '\ud800', '\udc00', '\u200d', '\ufeff'],
]
const suffixes = ['', '!', 'x', '\n', '\u0000', '"', '1', ' ']
const prefixes = ['', 'A']

/** Run every pattern in a worker; a pattern that does not finish in `hangMs` is reported as a hang. */
function timeRegexes(
  regexes: Array<FoundRegex & {length: number}>,
  hangMs: number,
  thorough: boolean,
  limitMs: number,
): Promise<Array<{index: number; ms: number; input: string}>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerCode, {
      eval: true,
      workerData: {
        regexes,
        pumps,
        suffixes: thorough ? suffixes : suffixes.slice(0, 3),
        prefixes: thorough ? prefixes : prefixes.slice(0, 1),
        ownPumps: thorough,
        limitMs,
      },
    })
    const results: Array<{index: number; ms: number; input: string}> = []
    let current = -1
    let timer: NodeJS.Timeout | undefined
    const watch = () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        void worker.terminate()
        results.push({index: current, ms: Number.POSITIVE_INFINITY, input: '(hung; killed)'})
        resolve(results)
      }, hangMs)
    }
    worker.on('message', (message: {type: string; index: number; ms: number; input: string}) => {
      if (message.type === 'start' || message.type === 'tick') {
        current = message.index
        watch()
      } else if (message.type === 'done') {
        results.push(message)
      } else {
        clearTimeout(timer)
        void worker.terminate()
        resolve(results)
      }
    })
    worker.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
  })
}

describe('regular expressions in src/', () => {
  const {found, dynamic} = findRegexes()

  it('are all found, and every pattern built at run time is accounted for', () => {
    // src/ has patterns today (parse/); finding none means the scanner broke.
    expect(found.length).toBeGreaterThan(10)
    expect(found.some(({source}) => source === "^[A-Z][A-Z0-9&'’ -]{1,40}[A-Z0-9]:")).toBe(true)
    const unexplained = dynamic.filter(
      (where) => !dynamicAllowed.some((row) => row.where === where),
    )
    expect(unexplained, 'add a row with a reason to dynamicAllowed').toEqual([])
    for (const {source, flags, where} of found) {
      expect(() => new RegExp(source, flags), where).not.toThrow()
    }
  })

  it('never backtrack catastrophically (1,000 characters of any class, at most 500 ms each)', async () => {
    const lengths = found.map((regex) => {
      const short = shortInputOnly.find((row) => row.source === regex.source)
      return {...regex, length: short ? 2 * short.maxLength : 1000}
    })
    const results = await timeRegexes(lengths, 10_000, true, 500)
    const slow = results
      .filter(({ms}) => ms > 500)
      .map(
        ({index, ms, input}) =>
          `${found[index]!.where} /${found[index]!.source}/ took ${ms.toFixed(0)} ms on ${input}`,
      )
    expect(slow).toEqual([])
    expect(results).toHaveLength(found.length)
  })

  it('run in linear time on long text (20,000 characters, at most 250 ms), unless their input is short', async () => {
    const long = found
      .filter(({source}) => !shortInputOnly.some((row) => row.source === source))
      .map((regex) => ({...regex, length: 20_000}))
    const results = await timeRegexes(long, 20_000, false, 250)
    const slow = results
      .filter(({ms}) => ms > 250)
      .map(
        ({index, ms, input}) =>
          `${long[index]!.where} /${long[index]!.source}/ took ${ms.toFixed(0)} ms on ${input}`,
      )
    expect(slow, 'make the pattern linear, or add it to shortInputOnly with a reason').toEqual([])
    expect(results).toHaveLength(long.length)
  })
})
