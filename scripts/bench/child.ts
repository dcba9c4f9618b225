/**
 * Measurements that need a fresh process: start-up (import) time and peak
 * memory. `tsx scripts/bench/child.ts import <module>` prints the import time
 * in ms; `... memory <megabytes>` analyses a text of that size and prints
 * {ms, inputBytes, peakRssBytes, baseRssBytes}; `... memory <megabytes> parse`
 * parses the same text with unified + retext-english instead, one article at
 * a time, keeping every tree (the floor of analysing it all in one pass;
 * `analyze` of a string holds one window's tree at a time).
 */
import {performance} from 'node:perf_hooks'

const [mode, argument] = process.argv.slice(2)

if (mode === 'import') {
  const start = performance.now()
  if (argument === 'baseline') {
    const [{unified}, {default: retextEnglish}] = await Promise.all([
      import('unified'),
      import('retext-english'),
    ])
    unified().use(retextEnglish)
  } else {
    await import(argument!)
  }
  console.log(JSON.stringify({ms: performance.now() - start}))
} else if (mode === 'memory') {
  const {benchTexts} = await import('./texts.js')
  const {job} = await import('./job.js')
  const megabytes = Number(argument)
  const corpus = benchTexts().join('\n\n')
  let text = ''
  while (text.length < megabytes * 1e6) text += `${corpus}\n\n`
  text = text.slice(0, megabytes * 1e6)
  const bare = process.argv[4] === 'parse'
  const {bareParser} = await import('./parse.js')
  const baseRssBytes = process.memoryUsage().rss
  const start = performance.now()
  const result = bare ? text.split('\n\n').map((piece) => bareParser.parse(piece)) : job(text)
  const ms = performance.now() - start
  const peakRssBytes = process.resourceUsage().maxRSS * 1024
  console.log(JSON.stringify({ms, inputBytes: text.length, peakRssBytes, baseRssBytes}))
  void result
}
