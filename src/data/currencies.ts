/**
 * Currencies as news writes them: symbols, dollar prefixes ("A$", "HK$"),
 * ISO 4217 codes and currency names, each with its ISO 4217 code. General
 * knowledge of ISO 4217 and of English financial writing (no third-party list
 * copied); MIT, as the rest of nutgraf. Historical codes (FRF, DEM, FIM, ESP,
 * NLG, ITL) are kept for older texts; `BTC` is the market's code for bitcoin
 * (not ISO 4217).
 */

/** Stands for the dollar of the text (`extractAmounts`' `dollar` option, default USD). */
export const defaultDollar = '$dollar'

/** One way of writing a currency next to a number. */
export interface CurrencyForm {
  /** ISO 4217 code, {@link defaultDollar}, or `null` when the word names several currencies ("dinars"). */
  code: string | null
  /** Power of ten of one unit in major units: -2 for cents and pence. */
  scale: number
  /** Where the form may stand: before the number, after it, or both. */
  side: 'before' | 'after' | 'both'
  /** Only when glued to the number ("45p", "43c"), never spaced. */
  glued?: boolean
  /** Only in exactly this letter case ("RM", "USD"). */
  exactCase?: boolean
  /** A currency name ("euros", "cents"), not a symbol or a code. */
  name?: boolean
}

type Row = [forms: string, code: string | null, side?: CurrencyForm['side'], scale?: number]

// Symbols: written before or after the number, glued or spaced.
const symbols: Row[] = [
  ['£', 'GBP'],
  ['$', defaultDollar],
  ['€|€ur', 'EUR'],
  ['¥', 'JPY'],
  ['₹|₨', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['฿', 'THB'],
  ['₫', 'VND'],
  ['₴', 'UAH'],
  ['₡', 'CRC'],
  ['₾', 'GEL'],
  ['₭', 'LAK'],
  ['₿', 'BTC'],
  ['元', 'CNY', 'after'],
  ['ரூ', 'LKR', 'after'],
  ['¢', defaultDollar, 'after', -2],
]

// Dollar (and other $) prefixes, with or without a space before the $.
const dollarPrefixes: Array<[prefixes: string, code: string]> = [
  ['us|u.s.|u.s|usd', 'USD'],
  ['a|au|aud', 'AUD'],
  ['c|ca|can|cad', 'CAD'],
  ['nz|nzd', 'NZD'],
  ['hk|hkd', 'HKD'],
  ['s|sg|sgd', 'SGD'],
  ['nt', 'TWD'],
  ['r', 'BRL'],
  ['mex|mx|mxn', 'MXN'],
  ['j', 'JMD'],
  ['tt', 'TTD'],
  ['z', 'ZWL'],
]

/** ISO 4217 codes recognised in capitals next to a number ("GBP 350", "20 EUR", "USD3.14"). */
export const currencyCodes: readonly string[] = [
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'CNY',
  'INR',
  'CHF',
  'CAD',
  'AUD',
  'NZD',
  'HKD',
  'SGD',
  'SEK',
  'NOK',
  'DKK',
  'ISK',
  'PLN',
  'CZK',
  'HUF',
  'RON',
  'BGN',
  'RUB',
  'UAH',
  'ZAR',
  'BRL',
  'MXN',
  'ARS',
  'CLP',
  'COP',
  'KRW',
  'TWD',
  'THB',
  'IDR',
  'MYR',
  'VND',
  'PKR',
  'BDT',
  'LKR',
  'NGN',
  'KES',
  'GHS',
  'EGP',
  'SAR',
  'AED',
  'QAR',
  'KWD',
  'BHD',
  'OMR',
  'JOD',
  'ILS',
  'IRR',
  'IQD',
  'LBP',
  'MNT',
  'JMD',
  'TTD',
  'XAF',
  'XOF',
  'BTC',
  'TRY',
]

// Codes that are also English words or names ("ALL", "BOB", "PEN", "MAD"), so
// are left out above; and the codes also accepted in lower case next to a
// number ("10 rmb", "20 usd").
const lowerCaseCodes = new Set([
  'usd',
  'eur',
  'gbp',
  'jpy',
  'cny',
  'inr',
  'chf',
  'cad',
  'aud',
  'nzd',
  'hkd',
  'sgd',
  'sek',
  'nok',
  'dkk',
  'pln',
  'czk',
  'huf',
  'rub',
  'uah',
  'zar',
  'brl',
  'mxn',
  'krw',
  'twd',
  'myr',
  'egp',
  'sar',
  'aed',
  'qar',
  'kwd',
  'ils',
  'lbp',
  'mnt',
  'bgn',
  'btc',
])

/** Codes that take a capital M for millions in business writing ("30 MUSD", "MEUR 120"). */
const millionCodes = ['USD', 'EUR', 'GBP', 'AUD', 'CAD', 'CHF', 'SEK', 'NOK', 'DKK', 'JPY']

// Currency names, written after the number ("20 euros"); `both` when news
// also puts them before ("dollar 22.5 million", "ringgit 42").
const names: Row[] = [
  ['dollar|dollars|buck|bucks', defaultDollar, 'both'],
  ['us dollar|us dollars|u.s. dollar|u.s. dollars|american dollars|usd dollars', 'USD', 'both'],
  ['australian dollar|australian dollars', 'AUD'],
  ['canadian dollar|canadian dollars', 'CAD'],
  ['new zealand dollar|new zealand dollars', 'NZD'],
  ['hong kong dollar|hong kong dollars', 'HKD'],
  ['singapore dollar|singapore dollars', 'SGD'],
  ['taiwan dollars|new taiwan dollars|taiwanese dollars', 'TWD'],
  ['jamaican dollar|jamaican dollars', 'JMD'],
  ['trinidad and tobago dollars', 'TTD'],
  ['zimbabwe dollars|zimbabwean dollars', 'ZWL'],
  ['pound|pounds|pound sterling|pounds sterling|sterling|british pounds', 'GBP', 'both'],
  ['egyptian pound|egyptian pounds|egyptianpound|egyptianpounds|geneh|genihat masriya', 'EGP'],
  ['l.e.|l.e|le', 'EGP'],
  ['lebanese pound|lebanese pounds', 'LBP'],
  ['syrian pound|syrian pounds', 'SYP'],
  ['euro|euros', 'EUR', 'both'],
  ['euro cent|euro cents', 'EUR', 'after', -2],
  ['yen|japanese yen', 'JPY'],
  ['yuan|renminbi|chinese yuan', 'CNY'],
  ['rupee|rupees|indian rupee|indian rupees', 'INR'],
  ['rs|rs.', 'INR', 'both'],
  ['pakistani rupee|pakistani rupees', 'PKR'],
  ['sri lankan rupee|sri lankan rupees', 'LKR'],
  ['nepalese rupee|nepalese rupees', 'NPR'],
  ['pence|penny|pennies', 'GBP', 'after', -2],
  ['cent|cents', defaultDollar, 'after', -2],
  ['franc|francs|swiss franc|swiss francs', 'CHF'],
  ['french franc|french francs', 'FRF'],
  ['belgian franc|belgian francs', 'BEF'],
  ['cfa franc|cfa francs', 'XOF'],
  [
    'ringgit|ringgits|malaysian ringgit|malaysian ringgits|malaysia ringgit|malaysia ringgits',
    'MYR',
    'both',
  ],
  ['sen|sens', 'MYR', 'after', -2],
  ['rand|south african rand', 'ZAR'],
  ['naira', 'NGN'],
  ['cedi|cedis', 'GHS'],
  ['shilling|shillings|dinar|dinars|peso|pesos|krone|kroner|kwacha', null],
  ['kenyan shilling|kenyan shillings', 'KES'],
  ['ugandan shilling|ugandan shillings', 'UGX'],
  ['tanzanian shilling|tanzanian shillings', 'TZS'],
  ['kuwaiti dinar|kuwaiti dinars', 'KWD'],
  ['iraqi dinar|iraqi dinars', 'IQD'],
  ['jordanian dinar|jordanian dinars', 'JOD'],
  ['bahraini dinar|bahraini dinars', 'BHD'],
  ['libyan dinar|libyan dinars', 'LYD'],
  ['tunisian dinar|tunisian dinars', 'TND'],
  ['algerian dinar|algerian dinars', 'DZD'],
  ['serbian dinar|serbian dinars', 'RSD'],
  ['riyal|riyals|saudi riyal|saudi riyals|saudiriyal|saudiriyals', 'SAR'],
  ['qatari riyal|qatari riyals', 'QAR'],
  ['omani rial|omani rials', 'OMR'],
  ['rial|rials|iranian rial|iranian rials', 'IRR'],
  ['yemeni rial|yemeni rials', 'YER'],
  ['dirham|dirhams|uae dirham|uae dirhams|emirati dirham|emirati dirhams', 'AED'],
  ['moroccan dirham|moroccan dirhams', 'MAD'],
  ['shekel|shekels|new shekel|new shekels|israeli shekel|israeli shekels', 'ILS'],
  ['lira|liras|turkish lira|turkish liras', 'TRY'],
  ['lire|italian lire', 'ITL'],
  [
    'rouble|roubles|ruble|rubles|russian rouble|russian roubles|russian ruble|russian rubles',
    'RUB',
  ],
  ['kopeck|kopecks|kopek|kopeks', 'RUB', 'after', -2],
  ['hryvnia|hryvnias|hryvnas', 'UAH'],
  ['kopiyka|kopiykas|kopiyky', 'UAH', 'after', -2],
  ['won|south korean won|korean won', 'KRW'],
  ['mexican peso|mexican pesos', 'MXN'],
  ['philippine peso|philippine pesos', 'PHP'],
  ['argentine peso|argentine pesos|argentinian peso|argentinian pesos', 'ARS'],
  ['chilean peso|chilean pesos', 'CLP'],
  ['colombian peso|colombian pesos', 'COP'],
  ['reais|brazilian real|brazilian reais', 'BRL'],
  ['krona|kronor|swedish krona|swedish kronor', 'SEK'],
  ['icelandic krona|icelandic kronur', 'ISK'],
  ['norwegian krone|norwegian kroner', 'NOK'],
  ['danish krone|danish kroner', 'DKK'],
  ['zloty|zlotys|zlotych|polish zloty', 'PLN'],
  ['forint|forints|hungarian forint', 'HUF'],
  ['koruna|korunas|czech koruna|czech crowns', 'CZK'],
  ['lei|leu|romanian lei', 'RON'],
  ['lev|leva|bulgarian lev|bulgarian leva', 'BGN'],
  ['baht|thai baht', 'THB'],
  ['rupiah|indonesian rupiah', 'IDR'],
  ['vietnamese dong', 'VND'],
  ['taka|bangladeshi taka', 'BDT'],
  ['tugrik|tugriks|togrog|mongolian tugrik', 'MNT'],
  ['markka|markkaa|finnish markka|finnish markkaa', 'FIM'],
  ['peseta|pesetas|spanish pesetas', 'ESP'],
  ['guilder|guilders|dutch guilder|dutch guilders', 'NLG'],
  ['deutschmark|deutschmarks|deutsche mark|deutsche marks|d-mark|d-marks', 'DEM'],
  ['escudo|escudos', 'PTE'],
  ['drachma|drachmas|drachmae', 'GRD'],
  ['kip|lao kip', 'LAK'],
  ['lari|georgian lari', 'GEL'],
  ['bitcoin|bitcoins', 'BTC'],
  ['satoshi|satoshis', 'BTC', 'after', -8],
]

// Short forms that are currencies only glued to the number ("45p", "43c").
const gluedForms: Row[] = [
  ['p', 'GBP', 'after', -2],
  ['c', defaultDollar, 'after', -2],
]

/** Forms before a number, keyed by lower-cased text ("us$", "us $", "gbp", "rs."). */
export const currencyPrefixes = new Map<string, CurrencyForm>()
/** Forms after a number, keyed by lower-cased text ("euros", "usd", "p"). */
export const currencySuffixes = new Map<string, CurrencyForm>()

function add(map: Map<string, CurrencyForm>, key: string, form: CurrencyForm): void {
  if (!map.has(key)) map.set(key, form)
}

function addRow([forms, code, side = 'after', scale = 0]: Row, extra: Partial<CurrencyForm> = {}) {
  for (const text of forms.split('|')) {
    const form: CurrencyForm = {code, scale, side, ...extra}
    if (side !== 'after') add(currencyPrefixes, text, form)
    if (side !== 'before') add(currencySuffixes, text, form)
  }
}

for (const row of symbols) addRow([row[0], row[1], row[2] ?? 'both', row[3]])
for (const [prefixes, code] of dollarPrefixes) {
  for (const prefix of prefixes.split('|')) {
    const form: CurrencyForm = {code, scale: 0, side: 'both'}
    add(currencyPrefixes, `${prefix}$`, form)
    add(currencyPrefixes, `${prefix} $`, form)
    add(currencySuffixes, `${prefix}$`, form)
  }
}
for (const code of currencyCodes) {
  const lower = code.toLowerCase()
  const form: CurrencyForm = {code, scale: 0, side: 'both', exactCase: !lowerCaseCodes.has(lower)}
  add(currencyPrefixes, lower, form)
  add(currencySuffixes, lower, form)
}
for (const code of millionCodes) {
  const form: CurrencyForm = {code, scale: 6, side: 'both', exactCase: true}
  add(currencyPrefixes, `m${code.toLowerCase()}`, form)
  add(currencySuffixes, `m${code.toLowerCase()}`, form)
}
addRow(['rm', 'MYR', 'both'], {exactCase: true})
addRow(['rmb', 'CNY', 'both'])
for (const row of names) addRow(row, {name: true})
for (const row of gluedForms) addRow(row, {glued: true, exactCase: row[0] === 'c'})

/** The longest currency form in tokens, so lookups stay bounded. */
export const longestCurrencyForm = 6

/**
 * The original spelling of exact-case forms, keyed by their lower case
 * ("rm" -> "RM"), to check the letter case of a match.
 */
export const exactCaseSpelling = new Map<string, string>([
  ['rm', 'RM'],
  // "43c" is cents; "40C" is a temperature.
  ['c', 'c'],
  ...currencyCodes.map((code): [string, string] => [code.toLowerCase(), code]),
  ...millionCodes.map((code): [string, string] => [`m${code.toLowerCase()}`, `M${code}`]),
])
