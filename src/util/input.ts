import type {Article} from '../types.js'

/**
 * Whether `value` looks like an {@link Article} made by `parseArticle`.
 */
export function isArticle(value: unknown): value is Article {
  if (typeof value !== 'object' || value === null) return false
  const candidate = value as Partial<Article>
  return (
    typeof candidate.text === 'string' &&
    Array.isArray(candidate.blocks) &&
    Array.isArray(candidate.sentences) &&
    typeof candidate.tree === 'object' &&
    candidate.tree !== null
  )
}

/** A short description of a value for error messages: `a number (42)`. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (value === undefined) return 'undefined'
  if (Array.isArray(value)) return 'an array'
  const type = typeof value
  if (type === 'number' || type === 'boolean' || type === 'bigint') {
    return `a ${type} (${String(value)})`
  }
  if (type === 'object') {
    const name = (value as object).constructor?.name
    return name && name !== 'Object' ? `an instance of ${name}` : 'an object'
  }
  return `a ${type}`
}

/**
 * Check an options argument: `undefined` and `null` mean defaults; anything
 * else must be a plain object.
 */
export function checkOptions<T extends object>(caller: string, options: unknown): Partial<T> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${caller}: expected \`options\` to be an object, got ${describe(options)}`)
  }
  return options as Partial<T>
}

/** Throw a `TypeError` unless `value` is a boolean or undefined. */
export function checkBoolean(caller: string, name: string, value: unknown): boolean | undefined {
  if (value === undefined || typeof value === 'boolean') return value
  throw new TypeError(`${caller}: expected \`${name}\` to be a boolean, got ${describe(value)}`)
}

/**
 * Throw a `TypeError` unless `value` is a number or undefined, and a
 * `RangeError` unless it is a positive integer.
 */
export function checkPositiveInteger(
  caller: string,
  name: string,
  value: unknown,
): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number') {
    throw new TypeError(
      `${caller}: expected \`${name}\` to be a positive integer, got ${describe(value)}`,
    )
  }
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(
      `${caller}: expected \`${name}\` to be a positive integer, got ${String(value)}`,
    )
  }
  return value
}
