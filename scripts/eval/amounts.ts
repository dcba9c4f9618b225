/**
 * extractAmounts against Recognizers-Text's English currency and percent
 * specs and Duckling's English money examples: the share of cases exactly
 * right (kind, value or min/max, currency), per suite, with counts; the cases
 * outside news (Duckling's regional slang, bare latent numbers) are counted
 * apart. Peers (compromise, Recognizers-Text) run on the same cases when
 * installed.
 */
import {extractAmounts} from '../../src/index.js'
import type {Amount} from '../../src/types.js'
import {type Evaluation, readJson, type Table} from './lib.js'

interface RtResult {
  Text: string
  TypeName: string
  Start: number
  End: number
  Resolution: {value: string | null; unit?: string; isoCurrency?: string}
}
interface RtCase {
  Input: string
  NotSupported?: string
  NotSupportedByDesign?: string
  Results: RtResult[]
}
interface DucklingCase {
  input: string
  locale: string
  latent: boolean
  group: string
  kind: 'simple' | 'between' | 'under' | 'above'
  duckling_currency: string
  iso_currency: string | null
  value?: number
  min?: number
  max?: number
}
interface DucklingFile {
  cases: DucklingCase[]
  negative: Array<{input: string; locale: string}>
  intersect_tests: Array<{input: string; expected_token_count: number}>
  range_tests: Array<{input: string; expected_text: string}>
}

/** What a gold amount must be: value (or bounds), and currency (`*` for any: an ambiguous name). */
interface Expected {
  start: number
  end: number
  value: number | null
  min?: number
  max?: number
  currency?: string
}

/** Recognizers-Text and Duckling units without an ISO code: the code nutgraf gives, and the power of ten of the unit. */
const unitCodes: Record<string, [code: string, scale: number]> = {
  Dollar: ['USD', 0],
  Pound: ['GBP', 0],
  Cent: ['USD', -2],
  Pence: ['GBP', -2],
  Penny: ['GBP', -2],
  Rupee: ['INR', 0],
  Unnamed: ['USD', 0],
  'Finnish markka': ['FIM', 0],
  Peseta: ['ESP', 0],
  'Netherlands guilder': ['NLG', 0],
  Bitcoin: ['BTC', 0],
  Satoshi: ['BTC', -8],
  Sen: ['MYR', -2],
  Franc: ['*', 0],
  Dinar: ['*', 0],
  Riyal: ['*', 0],
  Rial: ['*', 0],
}

function scaled(value: number, scale: number): number {
  return scale === 0 ? value : Number(`${value}e${scale}`)
}

function expectedCurrency(
  iso: string | null | undefined,
  unit: string | undefined,
): [string, number] {
  if (iso) return [iso, 0]
  return unitCodes[unit ?? ''] ?? ['*', 0]
}

function sameNumber(a: number | null | undefined, b: number | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return a === b
  return Math.abs(a - b) <= Math.abs(b) * 1e-12
}

function matchesOne(amount: Amount, gold: Expected): boolean {
  if (gold.currency !== undefined && gold.currency !== '*' && amount.currency !== gold.currency) {
    return false
  }
  if (gold.value === null)
    return sameNumber(amount.min, gold.min) && sameNumber(amount.max, gold.max)
  return amount.value !== null && sameNumber(amount.value, gold.value)
}

/** One-to-one, by overlapping spans, every pair right, nothing left over. */
function caseRight(input: string, amounts: Amount[], golds: Expected[]): boolean {
  if (amounts.length !== golds.length) return false
  const used = new Set<number>()
  for (const gold of golds) {
    const index = amounts.findIndex(
      (amount, at) =>
        !used.has(at) &&
        amount.position.start.offset! < gold.end &&
        amount.position.end.offset! > gold.start &&
        matchesOne(amount, gold),
    )
    if (index === -1) return false
    used.add(index)
  }
  void input
  return true
}

interface Suite {
  name: string
  cases: Array<{input: string; golds: Expected[]; kind: 'money' | 'percent'}>
  outOfScope: Map<string, number>
}

function recognizersSuite(name: string, files: string[], type: 'currency' | 'percentage'): Suite {
  const suite: Suite = {name, cases: [], outOfScope: new Map()}
  const skip = (reason: string) =>
    suite.outOfScope.set(reason, (suite.outOfScope.get(reason) ?? 0) + 1)
  for (const file of files) {
    for (const item of readJson<RtCase[]>(`amounts/recognizers-text/${file}`)) {
      if (item.NotSupportedByDesign) {
        skip('not supported by design (Recognizers-Text)')
        continue
      }
      const results = item.Results.filter((result) => result.TypeName === type)
      if (
        results.some(
          (result) => result.Resolution.value === null || result.Resolution.value === 'null',
        )
      ) {
        skip(
          type === 'currency'
            ? 'currency or percent word without a number ("dollars", "a small percent")'
            : 'percent word without a number ("a small percent")',
        )
        continue
      }
      if (
        type === 'percentage' &&
        file.includes('PercentModelPercentMode') &&
        /out of|in two|\/|fourth|half|quarter|third/.test(item.Input)
      ) {
        skip('fractions read as percentages (PercentMode: "one out of three", "1/4 of")')
        continue
      }
      const golds = results.map((result): Expected => {
        const start = result.Start
        const end = result.End + 1
        if (type === 'percentage') {
          return {start, end, value: Number(String(result.Resolution.value).replace('%', ''))}
        }
        const [currency, scale] = expectedCurrency(
          result.Resolution.isoCurrency,
          result.Resolution.unit,
        )
        return {start, end, value: scaled(Number(result.Resolution.value), scale), currency}
      })
      suite.cases.push({input: item.Input, golds, kind: type === 'currency' ? 'money' : 'percent'})
    }
  }
  return suite
}

function ducklingSuite(): Suite {
  const data = readJson<DucklingFile>('amounts/duckling-money.json')
  const suite: Suite = {name: 'Duckling money (EN corpus)', cases: [], outOfScope: new Map()}
  const skip = (reason: string) =>
    suite.outOfScope.set(reason, (suite.outOfScope.get(reason) ?? 0) + 1)
  for (const item of data.cases) {
    if (item.group === 'regional') {
      skip('regional slang ("a grand", "a dime", "five nickels")')
      continue
    }
    if (item.input === '7-9 lakh rupees') {
      skip('Duckling\'s own known quirk (gold 7 for "7 lakh"; nutgraf reads 700000-900000)')
      continue
    }
    if (item.latent) {
      skip('bare numbers without a currency (latent)')
      continue
    }
    const [currency, scale] = expectedCurrency(item.iso_currency, item.duckling_currency)
    const whole = {start: 0, end: item.input.length}
    let gold: Expected
    if (item.kind === 'simple') gold = {...whole, value: scaled(item.value!, scale), currency}
    else if (item.kind === 'between') {
      gold = {
        ...whole,
        value: null,
        min: scaled(item.min!, scale),
        max: scaled(item.max!, scale),
        currency,
      }
    } else {
      // "under seven euros", "at least $1.42": nutgraf gives the bound as an approximate value.
      gold = {
        ...whole,
        value: scaled((item.kind === 'under' ? item.max : item.min)!, scale),
        currency,
      }
    }
    suite.cases.push({input: item.input, golds: [gold], kind: 'money'})
  }
  return suite
}

interface Peer {
  name: string
  run: (input: string, kind: 'money' | 'percent') => Amount[]
}

function score(suite: Suite, run: Peer['run']): {right: number; failures: string[]} {
  let right = 0
  const failures: string[] = []
  for (const item of suite.cases) {
    let amounts: Amount[] = []
    try {
      amounts = run(item.input, item.kind)
    } catch {
      amounts = []
    }
    if (caseRight(item.input, amounts, item.golds)) right++
    else
      failures.push(
        `${JSON.stringify(item.input.slice(0, 90))} -> ${amounts.map((a) => `${a.text}=${a.value ?? `${a.min}-${a.max}`} ${a.currency ?? ''}`).join('; ') || 'nothing'}`,
      )
  }
  return {right, failures}
}

const nutgraf: Peer = {
  name: 'nutgraf',
  run: (input, kind) => extractAmounts(input, {kinds: [kind]}),
}

async function loadPeers(): Promise<Peer[]> {
  const peers: Peer[] = []
  try {
    const recognizers = (await import('@microsoft/recognizers-text-suite' as string)) as {
      recognizeCurrency: (
        text: string,
        culture: string,
      ) => Array<{
        start: number
        end: number
        text: string
        resolution: {value?: string; unit?: string; isoCurrency?: string}
      }>
      recognizePercentage: (
        text: string,
        culture: string,
      ) => Array<{start: number; end: number; text: string; resolution: {value?: string}}>
    }
    const units: Record<string, string> = {Dollar: 'USD', Pound: 'GBP', Euro: 'EUR', Rupee: 'INR'}
    peers.push({
      name: 'Recognizers-Text',
      run: (input, kind) =>
        kind === 'money'
          ? recognizers.recognizeCurrency(input, 'en-us').map((found) => {
              const unit = found.resolution.unit ?? ''
              const cents = unit === 'Cent' || unit === 'Pence' || unit === 'Penny'
              return peerAmount(
                input,
                found.start,
                found.end + 1,
                'money',
                found.resolution.value === undefined
                  ? null
                  : scaled(Number(found.resolution.value), cents ? -2 : 0),
                found.resolution.isoCurrency ??
                  units[unit] ??
                  (unit === 'Cent' ? 'USD' : cents ? 'GBP' : undefined),
              )
            })
          : recognizers
              .recognizePercentage(input, 'en-us')
              .map((found) =>
                peerAmount(
                  input,
                  found.start,
                  found.end + 1,
                  'percent',
                  Number(String(found.resolution.value).replace('%', '')),
                ),
              ),
    })
  } catch {
    // Not installed: no comparison row.
  }
  try {
    const compromise = (
      (await import('compromise' as string)) as {
        default: (text: string) => {
          money(): {
            json(options: unknown): Array<{
              text: string
              offset?: {start: number; length: number}
              money?: {num: number; currency?: string}
              number?: {num: number}
            }>
          }
          percentages(): {
            json(options: unknown): Array<{
              text: string
              offset?: {start: number; length: number}
              number?: {num: number}
            }>
          }
        }
      }
    ).default
    const codes: Record<string, string> = {
      '£': 'GBP',
      $: 'USD',
      '€': 'EUR',
      dollar: 'USD',
      pound: 'GBP',
      euro: 'EUR',
      yen: 'JPY',
      rupee: 'INR',
      usd: 'USD',
      gbp: 'GBP',
      eur: 'EUR',
      jpy: 'JPY',
      inr: 'INR',
    }
    peers.push({
      name: 'compromise',
      run: (input, kind) => {
        const doc = compromise(input)
        const found =
          kind === 'money'
            ? doc.money().json({offset: true})
            : doc.percentages().json({offset: true})
        return found.map((item) => {
          const start = item.offset?.start ?? input.indexOf(item.text)
          const end = start + (item.offset?.length ?? item.text.length)
          const money = (item as {money?: {num: number; currency?: string}}).money
          const currency = money?.currency
          return peerAmount(
            input,
            start,
            end,
            kind,
            money?.num ?? item.number?.num ?? null,
            currency
              ? (codes[currency.toLowerCase()] ?? codes[currency] ?? currency.toUpperCase())
              : undefined,
          )
        })
      },
    })
  } catch {
    // Not installed.
  }
  return peers
}

function peerAmount(
  input: string,
  start: number,
  end: number,
  kind: 'money' | 'percent',
  value: number | null,
  currency?: string,
): Amount {
  const amount: Amount = {
    text: input.slice(start, end),
    kind,
    value,
    position: {
      start: {line: 1, column: start + 1, offset: start},
      end: {line: 1, column: end + 1, offset: end},
    },
  }
  if (currency) amount.currency = currency
  return amount
}

export const evaluation: Evaluation = {
  name: 'amounts',
  order: 20,
  async run(): Promise<Table[]> {
    const suites = [
      recognizersSuite(
        'Recognizers-Text currency',
        ['NumberWithUnit-English-CurrencyModel.json'],
        'currency',
      ),
      recognizersSuite(
        'Recognizers-Text percent',
        ['Number-English-PercentModel.json', 'Number-English-PercentModelPercentMode.json'],
        'percentage',
      ),
      ducklingSuite(),
    ]
    const peers = [nutgraf, ...(await loadPeers())]
    const rows: Table['rows'] = []
    const notes: string[] = []
    let allRight = 0
    let allCases = 0
    for (const suite of suites) {
      const results = peers.map((peer) => score(suite, peer.run))
      allRight += results[0]!.right
      allCases += suite.cases.length
      rows.push([
        suite.name,
        suite.cases.length,
        ...results.map(
          (result) =>
            `${((100 * result.right) / suite.cases.length).toFixed(1)} % (${result.right})`,
        ),
        [...suite.outOfScope.values()].reduce((a, b) => a + b, 0),
      ])
      for (const [reason, count] of suite.outOfScope)
        notes.push(`${suite.name}: out of scope, ${count}: ${reason}`)
      if (process.env.NUTGRAF_EVAL_VERBOSE) {
        for (const failure of results[0]!.failures) notes.push(`  miss (${suite.name}): ${failure}`)
      }
    }
    rows.push([
      'all suites',
      allCases,
      `${((100 * allRight) / allCases).toFixed(1)} % (${allRight})`,
      ...peers.slice(1).map(() => ''),
      '',
    ])
    notes.push(
      'Exactly right: every gold amount found (overlapping span) with its value (or min and max) and currency, and no other amount of that kind. ' +
        'Units without an ISO code are read as nutgraf writes them: Dollar USD, Pound GBP, Cent 1/100 USD, Pence 1/100 GBP; Franc, Dinar, Riyal, Rial accept any code. ' +
        "Duckling's under/above cases count when the bound is the value. Set NUTGRAF_EVAL_VERBOSE=1 to list misses.",
    )
    // Duckling's structure tests: inputs with no money, and which span a range keeps.
    const duckling = readJson<DucklingFile>('amounts/duckling-money.json')
    const negatives = duckling.negative.filter(
      (item) => extractAmounts(item.input, {kinds: ['money']}).length === 0,
    ).length
    const spans = duckling.range_tests.filter((item) => {
      const found = extractAmounts(item.input, {kinds: ['money']})
      return found.length === 1 && found[0]!.text === item.expected_text
    }).length
    notes.push(
      `Duckling structure tests: no money found in ${negatives} of ${duckling.negative.length} negative inputs ("exactly dollars", "grand"); the expected span in ${spans} of ${duckling.range_tests.length} range tests ("between 3 and 1 dollars" -> "1 dollars").`,
    )
    return [
      {
        title: 'Amounts: cases exactly right (kind, value or min/max, currency)',
        columns: ['suite', 'cases', ...peers.map((peer) => peer.name), 'out of scope'],
        rows,
        notes,
      },
    ]
  },
}
