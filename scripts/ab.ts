/**
 * `npm run bench:ab`: how much faster or slower one extractor is in this
 * checkout than in another (a git worktree of `main`, say), for changes too
 * small for `npm run bench` to show.
 *
 *     npm run bench:ab -- ../nutgraf-main                    # extractPeople
 *     npm run bench:ab -- ../nutgraf-main --part amounts --rounds 30
 *
 * Parts: `people` (the default), `amounts`, `quotes` (given the people, as
 * analyze runs it), `summarize`, `analyze` (on a parsed Article), `parse`
 * (`parseArticle` itself). The other checkout needs its
 * own `node_modules` (`npm ci` there, or a link to this one's).
 *
 * Each checkout runs in its own worker thread: two copies of the library
 * in one isolate measure the one loaded second as 5 to 15% faster, even
 * when the code is the same. On each of the bench texts, both sides parse
 * the article (untimed) and time the extractor on it, taking turns at going
 * first. A round's ratio is this checkout's time over the other's; the
 * figure is the median round. The whole run is repeated with the workers
 * started in the other order, and the two medians' geometric mean is
 * printed. Two checkouts of the same code give 0.99 to 1.01 on these
 * machines, and the two orders of one run differ by up to 3%: read less
 * than 2% as noise.
 */
import {resolve} from 'node:path'
import {Worker} from 'node:worker_threads'
import {benchTexts} from './bench/texts.js'

const parts = ['people', 'amounts', 'quotes', 'summarize', 'analyze', 'parse']

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name)
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback)
}

const part = option('--part', 'people')
const rounds = Number(option('--rounds', '20'))
const other = process.argv.slice(2).find((arg, index, args) => {
  return !arg.startsWith('--') && !args[index - 1]?.startsWith('--')
})
if (other === undefined || !parts.includes(part) || !(rounds >= 4)) {
  console.error(
    `usage: npm run bench:ab -- <other checkout> [--part ${parts.join('|')}] [--rounds N >= 4]`,
  )
  process.exit(2)
}
const here = resolve(import.meta.dirname, '..')
const texts = benchTexts()

/** A side of the comparison: a worker that times the extractor on the article it is sent. */
interface Side {
  time(index: number): Promise<number>
  stop(): Promise<number>
}

async function startSide(checkout: string): Promise<Side> {
  const worker = new Worker(new URL('./bench/ab-worker.mjs', import.meta.url), {
    workerData: {checkout, part, texts},
  })
  let answer: (value: unknown) => void = () => {}
  let fail: (error: Error) => void = () => {}
  worker.on('message', (message) => answer(message))
  worker.on('error', (error) => fail(error))
  const next = () =>
    new Promise<unknown>((settle, reject) => {
      answer = settle
      fail = reject
    })
  const ready = next()
  await ready
  return {
    async time(index) {
      const answered = next()
      worker.postMessage(index)
      return (await answered) as number
    },
    stop: () => worker.terminate(),
  }
}

/** The median over rounds (after two of warm-up) of this checkout's time over the other's. */
async function medianRatio(firstStarted: 'here' | 'other'): Promise<number> {
  const order = firstStarted === 'here' ? [here, other!] : [other!, here]
  const first = await startSide(order[0]!)
  const second = await startSide(order[1]!)
  const [mine, theirs] = firstStarted === 'here' ? [first, second] : [second, first]
  const ratios: number[] = []
  for (let round = 0; round < rounds + 2; round++) {
    let hereMs = 0
    let otherMs = 0
    for (let index = 0; index < texts.length; index++) {
      if ((index + round) % 2 === 0) {
        hereMs += await mine.time(index)
        otherMs += await theirs.time(index)
      } else {
        otherMs += await theirs.time(index)
        hereMs += await mine.time(index)
      }
    }
    if (round >= 2) ratios.push(hereMs / otherMs)
  }
  await first.stop()
  await second.stop()
  ratios.sort((a, b) => a - b)
  return ratios[ratios.length >> 1]!
}

console.log(
  `${part}: this checkout (${here}) against ${resolve(other)}, ${rounds} rounds of ${texts.length} articles`,
)
const herefirst = await medianRatio('here')
console.log(`  workers started this checkout first: ${herefirst.toFixed(3)}`)
const otherFirst = await medianRatio('other')
console.log(`  workers started the other first:     ${otherFirst.toFixed(3)}`)
const ratio = Math.sqrt(herefirst * otherFirst)
const verdict =
  ratio < 0.98
    ? `${((1 - ratio) * 100).toFixed(1)}% faster`
    : ratio > 1.02
      ? `${((ratio - 1) * 100).toFixed(1)}% slower`
      : 'no difference beyond the noise (2%)'
console.log(`time here / time there: ${ratio.toFixed(3)} (${verdict})`)
