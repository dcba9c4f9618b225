/**
 * Adversarial inputs as a table: each must finish within a bound relative to
 * a bare unified + retext-english parse of the same input, measured in the
 * same test (a quadratic loop or a backtracking regular expression shows as
 * a ratio of hundreds), and give true positions in text order.
 */
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {nutgraf} from '../nutgraf.js'
import {callSafely, checkPositions} from './invariants.js'
import {referencePoints} from './points.js'
import {presentTargets} from './targets.js'

const megabyte = 1 << 20
const bareParser = unified().use(retextEnglish)

/** `count` copies of the parts, cycling, joined. */
function cycle(parts: string[], count: number, separator = ''): string {
  return Array.from({length: count}, (_, index) => parts[index % parts.length]).join(separator)
}

/** A whole web page, as a careless scraper might hand it over. */
function htmlPage(): string {
  const paragraphs = cycle(
    [
      '<p>The council met on Monday &amp; agreed a £2.5m budget.</p>',
      '<p>“We are pleased,” said Cllr Jane Smith, <em>leader</em> of the council.</p>',
      '<figure><img src="a.jpg" alt="Council chamber"><figcaption>The chamber. Photo: PA</figcaption></figure>',
      '<p>Rates will rise by 3.5% &mdash; the first rise in &#8220;years&#8221;.</p>',
      '<div class="ad" data-x=\'{"a":[1,2,3]}\'>Advertisement</div>',
    ],
    2000,
    '\n',
  )
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Council agrees budget | News</title>',
    `<style>body{font:16px/1.5 serif}.a>b{content:"\\201C"}</style>`,
    `<script>window.__DATA__=${JSON.stringify({items: cycle(['a', '"b"', "c'd"], 300).split('')})};if(a<b&&c>d){}</script>`,
    '</head><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>',
    '<article><h1>Council agrees budget after long night</h1><p class="byline">By Jane Smith</p>',
    paragraphs,
    '</article><footer>&copy; 2025 News Ltd. All rights reserved.</footer></body></html>',
  ].join('\n')
}

const adversarial: Array<[name: string, make: () => string]> = [
  ['100,000 straight double quotation marks', () => '"'.repeat(100_000)],
  ['100,000 curly quotation marks', () => '“”'.repeat(50_000)],
  [
    '100,000 mixed quotation marks',
    () => cycle(['"', '“', '”', '‘', '’', "'", '«', '»', '„'], 100_000),
  ],
  [
    '20,000 quotation marks between words',
    () => cycle(['“a', '” b', ' "c', '" d ', "'e", "' "], 20_000),
  ],
  ['1 MB of digits', () => '7'.repeat(megabyte)],
  // parse-english alone is quadratic on this (see parse-fixes.test.ts), so the baseline stays small.
  ['16 KB of digits with separators', () => cycle(['1', ',', '2', '3', '4', '.', '5'], 16 * 1024)],
  ['one 1 MB word', () => 'a'.repeat(megabyte)],
  ['one 1 MB capitalised word', () => `A${'b'.repeat(megabyte - 1)}`],
  ['10,000 nested curly quotes', () => `${'“‘'.repeat(5000)}Yes${'’”'.repeat(5000)} he said.`],
  ['10,000 nested straight quotes', () => `${`"'`.repeat(5000)}Yes${`'"`.repeat(5000)} she said.`],
  ['10,000 unclosed quotes', () => cycle(['“We will', ' go,', ' said', ' Mr Smith. '], 10_000)],
  ['only punctuation', () => cycle('.,;:!?-—–()[]{}…/\\|*&^%$#@~`<>"\'“”‘’'.split(''), 50_000)],
  ['only sentence ends', () => '. '.repeat(10_000)],
  ['a whole HTML page', htmlPage],
  [
    'mixed scripts',
    () =>
      cycle(
        [
          'The council',
          ' Привет мир.',
          ' مرحبا بالعالم.',
          ' 你好，世界。',
          ' नमस्ते दुनिया।',
          ' 😀🇬🇧',
          ' שלום',
          ' 𝒃𝒂𝒏𝒌',
          '\u202e',
          ' said.',
        ],
        10_000,
      ),
  ],
  [
    '50,000 lines',
    () => cycle(['Shares rose.', 'PA', '“Yes,” she said.', 'By Jo Ng', ''], 50_000, '\n'),
  ],
  [
    '10,000 CRLF and CR lines',
    () => cycle(['Shares rose.', 'Rates fell.', ''], 10_000, '\r\n').replaceAll('\r\n\r\n', '\r\r'),
  ],
  [
    '1 MB of white space and line breaks',
    () => cycle([' ', '\t', '\n', '\r\n', '\u00a0', '\r'], megabyte),
  ],
  [
    '100,000 lone surrogates and NULs',
    () => cycle(['\ud800', '\u0000', 'a', '\udfff', ' '], 100_000),
  ],
  [
    '5,000 amounts',
    () => cycle(['£1m', '$2.5bn', '3.5%', 'nearly €40 million', '12 per cent'], 5_000, ', '),
  ],
  [
    '5,000 titled names',
    () =>
      cycle(
        ['Sir John Smith', 'Dr Jane Healey', 'Mr Smith', 'he', 'the Prime Minister'],
        5_000,
        ' and ',
      ),
  ],
  [
    '3,000 attributed quotes',
    () =>
      cycle(
        ['“We will go,” said Mr Smith.', 'She added: "It is done."', "'Fine,' he told reporters."],
        3_000,
        ' ',
      ),
  ],
  [
    '3,000 headline-like lines',
    () =>
      cycle(
        ['Council Agrees Budget', 'GB NEWS', 'LATEST DEVELOPMENTS:Rates rise.1234'],
        3_000,
        '\n',
      ),
  ],
]

/** How many times the bare parse a function may take on one input, plus a constant for small inputs. */
// analyze, the plugin and toHtml (which analyses first) run every extractor, and parse too.
const costFactor = (name: string) =>
  name === 'analyze' || name === 'retextNutgraf' || name === 'toHtml' ? 10 : 5
const slackMs = 500

describe('adversarial inputs', () => {
  const present = presentTargets(nutgraf)

  it.each(adversarial)('%s: finishes in time, with true positions', (_name, make) => {
    const input = make()
    let started = performance.now()
    bareParser.parse(input)
    const bareMs = performance.now() - started
    const article = nutgraf.parseArticle(input)
    const pointAt = referencePoints(input)

    for (const {target, fn} of present) {
      // Extractors are timed on the parsed Article (their own cost); the rest on the string.
      const call = target.onArticle
        ? () => target.onArticle!(fn, article)
        : () => target.onString(fn, input)
      started = performance.now()
      const result = callSafely(target.name, call)
      const ms = performance.now() - started
      const bound = costFactor(target.name) * bareMs + slackMs
      expect(
        ms,
        `${target.name}: ${ms.toFixed(0)} ms against a bare parse of ${bareMs.toFixed(0)} ms`,
      ).toBeLessThanOrEqual(bound)
      checkPositions(target.name, input, target.collect(result, input), pointAt)
      target.check?.(result, input)
    }
  })
})
