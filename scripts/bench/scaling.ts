/**
 * Scaling, pathological inputs, start-up and memory: the rows of the
 * performance issue that are not about the corpus throughput.
 */
import {execFileSync} from 'node:child_process'
import {readdirSync, readFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {job, jobName} from './job.js'
import {type BenchGroup, median} from './lib.js'
import {bareParse} from './parse.js'

/** One 1 MB input against ten 100 KB inputs of the same text. */
export function scalingGroup(texts: string[]): BenchGroup {
  const corpus = texts.join('\n\n')
  let big = ''
  while (big.length < 1e6) big += `${corpus}\n\n`
  big = big.slice(0, 1e6)
  const pieces = Array.from({length: 10}, (_, index) => big.slice(index * 1e5, (index + 1) * 1e5))
  return {
    title: `Scaling: ${jobName} on one 1 MB input vs ten 100 KB inputs of the same text`,
    baseline: {
      name: `${jobName} on ten 100 KB inputs`,
      run: () => {
        for (const piece of pieces) job(piece)
      },
    },
    cases: [
      {
        name: `${jobName} on one 1 MB input`,
        run: () => job(big),
        report: 'cost',
        target: '<= 1.3',
        meets: (ratio) => ratio <= 1.3,
      },
    ],
    rounds: 7,
  }
}

/** Pathological inputs, each against the bare parse of the same input. */
export function pathologicalGroups(): BenchGroup[] {
  const inputs: Array<[string, string]> = [
    ['100,000 quotation marks', '"“”‘’\''.repeat(16_667).slice(0, 100_000)],
    ['a 1 MB line of digits', '1234567890'.repeat(100_000)],
    ['a 1 MB line with no spaces', 'abcdefghij'.repeat(100_000)],
  ]
  return inputs.map(([name, text]) => ({
    title: `Pathological input: ${name}`,
    baseline: {name: 'unified + retext-english parse', run: () => bareParse([text])},
    cases: [
      {
        name: jobName,
        run: () => job(text),
        report: 'cost',
        target: '<= 3',
        meets: (ratio) => ratio <= 3,
      },
    ],
    rounds: 5,
  }))
}

function child(...args: string[]): {ms: number} & Record<string, number> {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', new URL('child.ts', import.meta.url).pathname, ...args],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  )
  return JSON.parse(output.trim().split('\n').at(-1)!)
}

/** Start-up time in fresh processes, peak memory on 10 MB, and the package's gzip size. */
export function processRows(rounds = 7): string {
  const dist = new URL('../../dist/', import.meta.url)
  const lines = [
    '### Start-up, memory and size',
    '',
    '| measure | figure | target | met |',
    '|---|---|---|---|',
  ]

  const bundle = new URL('index.js', dist).pathname
  const ours: number[] = []
  const theirs: number[] = []
  for (let round = 0; round < rounds; round++) {
    ours.push(child('import', bundle).ms)
    theirs.push(child('import', 'baseline').ms)
  }
  const ratio = median(ours) / median(theirs)
  lines.push(
    `| import nutgraf (dist) vs import unified + retext-english | ${ratio.toFixed(2)}x (${median(ours).toFixed(0)} vs ${median(theirs).toFixed(0)} ms) | <= 1.5 | ${ratio <= 1.5 ? 'yes' : 'NO'} |`,
  )

  const peak = (memory: Record<string, number>) =>
    (memory.peakRssBytes! - memory.baseRssBytes!) / memory.inputBytes!
  const memory = child('memory', '10')
  const multiple = peak(memory)
  lines.push(
    `| peak memory of ${jobName} on a 10 MB input (window by window, default windowSize), as a multiple of the input | ${multiple.toFixed(1)}x (${(memory.ms / 1000).toFixed(1)} s) | <= 40 | ${multiple <= 40 ? 'yes' : 'NO'} |`,
  )
  // The nlcst trees of it all take more than the target: what one pass would need at least.
  const floor = peak(child('memory', '10', 'parse'))
  lines.push(
    `| peak memory of unified + retext-english parsing the same 10 MB (by article, trees kept), the floor of one pass | ${floor.toFixed(1)}x | reference | |`,
  )

  let raw = 0
  let gzip = 0
  for (const file of readdirSync(dist)) {
    if (!file.endsWith('.js')) continue
    const content = readFileSync(new URL(file, dist))
    raw += content.length
    gzip += gzipSync(content, {level: 9}).length
  }
  lines.push(
    `| package JavaScript (dist/*.js), raw / gzip | ${(raw / 1024).toFixed(0)} KB / ${(gzip / 1024).toFixed(0)} KB | reported | |`,
  )
  lines.push('', `(import times: medians of ${rounds} fresh processes each, interleaved)`)
  return lines.join('\n')
}
