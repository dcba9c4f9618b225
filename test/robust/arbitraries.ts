/**
 * fast-check generators of article text: news-like text built from the parts
 * of scraped articles (headlines, bylines, names with titles, quotation marks
 * of every kind, balanced or not, amounts, captions, credits, noise), raw
 * unicode (astral characters, lone surrogates, NUL, other scripts), and news
 * text with raw characters dropped into it. All words here are our own.
 */
import fc from 'fast-check'

const firstNames = ['John', 'Jane', 'Keir', 'Rachel', 'Ana', 'Olu', 'Mei', 'José', 'Zoë', 'Seán']
const lastNames = [
  'Healey',
  'Smith',
  'Starmer',
  "O'Neill",
  'Ng',
  'García-Lopez',
  'van Dyke',
  'Okafor',
]
const honorifics = ['Sir', 'Dame', 'Dr', 'Dr.', 'Mr', 'Mrs', 'Ms', 'Lord', 'Prof']
const roles = [
  'Defence Secretary',
  'Prime Minister',
  'the Chancellor',
  'chief executive',
  'a spokesman for the council',
  'Labour MP',
  'US President',
  'the head of the union',
]
const pronouns = ['he', 'she', 'they', 'He', 'She', 'It', 'We', 'I']
const speechVerbs = [
  'said',
  'told',
  'added',
  'warned',
  'claimed',
  'says',
  'insisted',
  'according to',
]
const words = [
  'the',
  'council',
  'troops',
  'budget',
  'deal',
  'talks',
  'on',
  'Monday',
  'in',
  'Kyiv',
  'of',
  'plan',
  'rates',
  'will',
  'could',
  'not',
  'a',
  'package',
  'support',
  'and',
  'peace',
  'market',
  'U.S.',
  'e.g.',
  'No.',
  'St.',
  '3pm',
  '2025',
  '#hashtag',
  '@handle',
  'https://example.com/a?b=1',
]
const currencies = ['£', '$', '€', '¥', '₹', 'US$', 'A$', 'USD ', 'GBP ', '€ ']
const multipliers = ['', 'm', 'bn', 'k', 'million', ' million', ' billion', 'tn', ' trillion', 'p']
const quotePairs: Array<[string, string]> = [
  ['"', '"'],
  ['“', '”'],
  ['‘', '’'],
  ["'", "'"],
  ['«', '»'],
  ['»', '«'],
  ['„', '“'],
  ['‚', '‘'],
  ['‹', '›'],
  ['「', '」'],
  ['『', '』'],
  ['``', "''"],
  ['”', '”'],
  ['"', '”'],
]
const captions = [
  'Troops take part in training near the border',
  'The minister speaking on Monday',
  'Passengers queue at a station',
]
const credits = [
  'PA',
  'Getty Images',
  'AFP via Getty Images',
  'Photo: Jane Smith/Reuters',
  '© Reuters',
  '(Image: PA)',
  'REUTERS',
  'GB NEWS',
  'Advertisement',
  '1,204',
  'Share',
]
const punctuation = [
  '.',
  ',',
  ';',
  ':',
  '!',
  '?',
  '—',
  '–',
  '-',
  '…',
  '...',
  '(',
  ')',
  '[',
  ']',
  '/',
  '&',
  '*',
  '•',
]
const spaces = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\u2009', '\u200b', '\u3000']
const lineBreaks = ['\n', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\n \n', '\u2028', '\u2029', '\f']

const pick = <T>(values: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...values)

const name = fc
  .tuple(
    fc.option(pick(honorifics), {freq: 3}),
    fc.option(pick(firstNames), {freq: 5}),
    pick(lastNames),
  )
  .map((parts) => parts.filter(Boolean).join(' '))

const titledName = fc.oneof(
  name,
  fc.tuple(pick(roles), name).map(([role, who]) => `${role} ${who}`),
  fc.tuple(name, pick(roles)).map(([who, role]) => `${who}, ${role},`),
)

const number = fc.oneof(
  fc.nat({max: 999}).map(String),
  fc.tuple(fc.nat({max: 99}), fc.nat({max: 99})).map(([a, b]) => `${a}.${b}`),
  fc.nat({max: 99_999_999}).map((value) => value.toLocaleString('en-GB')),
  fc.constantFrom('1-2', '3–5', '0.5', '.5', '1,000,000', '12,34', '1e6', '007', '½'),
)

const amount = fc.oneof(
  fc
    .tuple(
      fc.option(pick(['nearly ', 'about ', 'more than ', 'up to ', 'around ', 'over ']), {freq: 3}),
      pick(currencies),
      number,
      pick(multipliers),
    )
    .map(
      ([qualifier, currency, value, multiplier]) =>
        `${qualifier ?? ''}${currency}${value}${multiplier}`,
    ),
  number.map((value) => `${value}%`),
  number.map((value) => `${value} per cent`),
  number.map((value) => `${value} percentage points`),
  number.map((value) => `${value} troops`),
  pick(['tens of millions', 'a billion pounds', 'half', 'a third', 'dozens', '£', '%', '$$']),
)

const word = fc.oneof({weight: 6, arbitrary: pick(words)}, pick(pronouns), amount, name)

const clause = fc.array(word, {minLength: 1, maxLength: 10}).chain((parts) =>
  fc
    .array(fc.oneof({weight: 8, arbitrary: fc.constant(' ')}, pick(spaces)), {
      minLength: parts.length,
      maxLength: parts.length,
    })
    .map((gaps) => parts.map((part, index) => (index ? gaps[index] + part : part)).join('')),
)

/** A quotation: balanced, or missing its opening or closing mark. */
const quotation = fc
  .tuple(pick(quotePairs), clause, fc.nat({max: 5}), pick(['', ',', '.', '?', '!']))
  .map(([[open, close], inner, balance, end]) => {
    if (balance === 0) return `${open}${inner}${end}`
    if (balance === 1) return `${inner}${end}${close}`
    return `${open}${inner}${end}${close}`
  })

const attribution = fc
  .tuple(fc.oneof(titledName, pick(pronouns)), pick(speechVerbs), fc.option(clause))
  .map(([who, verb, rest]) => `${who} ${verb}${rest ? ` ${rest}` : ''}`)

const sentence = fc.oneof(
  fc.tuple(clause, pick(['.', '.', '!', '?', '…', ''])).map(([text, end]) => text + end),
  fc.tuple(quotation, attribution).map(([quote, said]) => `${quote} ${said}.`),
  fc.tuple(attribution, quotation).map(([said, quote]) => `${said}: ${quote}`),
  fc.tuple(attribution, clause).map(([said, what]) => `${said} that ${what}.`),
  fc.tuple(titledName, clause, amount).map(([who, what, much]) => `${who} ${what} ${much}.`),
  fc.array(pick(punctuation), {minLength: 1, maxLength: 8}).map((marks) => marks.join('')),
)

const paragraph = fc
  .array(sentence, {minLength: 1, maxLength: 5})
  .map((sentences) => sentences.join(' '))

const headline = fc
  .array(fc.oneof(pick(words), name, amount), {minLength: 2, maxLength: 10})
  .map((parts) => parts.map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join(' '))

const byline = fc.oneof(
  name.map((who) => `By ${who}`),
  name.map((who) => `By ${who.toUpperCase()}`),
  pick([
    'GB NEWS',
    'REUTERS',
    'Reuters',
    'Tuesday, March 4, 2025',
    '10:32, Mon, Jun 2 2025 | UPDATED: 11:05',
  ]),
)

const html = pick([
  '<p>',
  '</p>',
  '<div class="a">',
  '<br/>',
  '&nbsp;',
  '&amp;',
  '<script>alert(1)</script>',
  '<a href="x">link</a>',
  '<!-- c -->',
])

const line = fc.oneof(
  {weight: 8, arbitrary: paragraph},
  {weight: 2, arbitrary: headline},
  {weight: 2, arbitrary: byline},
  {weight: 2, arbitrary: pick(captions)},
  {weight: 2, arbitrary: pick(credits)},
  fc
    .tuple(pick(['LATEST DEVELOPMENTS:', 'UPDATE:', 'READ MORE:']), paragraph)
    .map(([a, b]) => a + b),
  fc.tuple(paragraph, fc.nat({max: 99_999})).map(([text, digits]) => `${text}${digits}`),
  fc.tuple(html, paragraph, html).map(([open, text, close]) => open + text + close),
  fc.array(pick(spaces), {maxLength: 3}).map((parts) => parts.join('')),
)

/** News-like article text: lines of prose, headlines, bylines, captions and credits, with any line endings. */
export const newsText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(line, {minLength: 0, maxLength: 14}),
    fc.array(pick(lineBreaks), {minLength: 14, maxLength: 14}),
    pick(['', ' ', '\n', '\r\n', '\t', '\ufeff']),
    pick(['', '\n', '\r\n', ' ', '\r']),
  )
  .map(
    ([lines, breaks, before, after]) =>
      before + lines.map((text, index) => (index ? breaks[index]! + text : text)).join('') + after,
  )

/** Characters that break naive code: astral, surrogates, controls, marks, other scripts. */
const nastyCharacter = fc.oneof(
  pick(['😀', '🇬🇧', '👩‍👩‍👧', '𝒃', '𝟙', '\u{10ffff}', '\u{1f600}\u{fe0f}']),
  pick(['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800']),
  pick(['\u0000', '\u0001', '\u0008', '\u000b', '\u001b', '\u007f', '\u0085', '\ufffd', '\ufffe']),
  pick(['\u0301', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066', '\ufeff', '\u00ad']),
  pick(['Привет', 'مرحبا', '你好', 'नमस्ते', 'שלום', 'こんにちは', 'Ελλάδα', 'ไทย']),
  pick(['İ', 'ß', 'ﬁ', 'Ω', 'K', 'ǅ', 'ᾼ']),
  fc.string({unit: 'binary', minLength: 1, maxLength: 3}),
)

/** Raw unicode: any code units, including lone surrogates; or any code points. */
export const rawText: fc.Arbitrary<string> = fc.oneof(
  fc.string({unit: fc.nat({max: 0xffff}).map((code) => String.fromCharCode(code)), maxLength: 200}),
  fc.string({unit: 'binary', maxLength: 200}),
  fc
    .array(fc.oneof(nastyCharacter, pick(lineBreaks), pick(punctuation), pick(spaces)), {
      maxLength: 60,
    })
    .map((parts) => parts.join('')),
)

/** News-like text with nasty characters dropped in at random places. */
export const pollutedText: fc.Arbitrary<string> = fc
  .tuple(newsText, fc.array(fc.tuple(fc.nat(), nastyCharacter), {minLength: 1, maxLength: 10}))
  .map(([text, insertions]) => {
    let result = text
    for (const [at, value] of insertions) {
      const index = at % (result.length + 1)
      result = result.slice(0, index) + value + result.slice(index)
    }
    return result
  })

/** Any article text: news-like, raw, or both. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  {weight: 3, arbitrary: newsText},
  {weight: 1, arbitrary: rawText},
  {weight: 2, arbitrary: pollutedText},
)

/** One block longer than the pieces parseArticle cuts long blocks into (16,384 characters). */
export const longBlockText: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof(sentence, nastyCharacter), {minLength: 1, maxLength: 8}),
    pick([' ', '', '\u00a0', '  ']),
  )
  .map(([parts, gap]) => {
    const unit = parts.join(gap) + gap
    return unit.repeat(Math.ceil(20_000 / Math.max(unit.length, 1)))
  })
