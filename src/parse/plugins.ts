/**
 * parse-english's sentence plugins, and the two costliest of parse-latin's
 * paragraph plugins, as plain loops.
 *
 * parse-latin (and parse-english, which extends it) turns tokens into words
 * and sentences with a list of small plugins, each a callback that
 * `unist-util-modify-children` or `unist-util-visit-children` calls for
 * every child of a node. On news text those generic walks cost more than
 * the plugins' own work: the sentence plugins visit every token of a
 * paragraph seven times. Here each plugin is one loop that skips at once the
 * tokens it never touches, and otherwise does what the plugin does, in the
 * same order, with the same index moves after a merge. The other paragraph
 * plugins (which visit sentences, not tokens) run as parse-latin ships them.
 *
 * The result is the tree parse-english makes; `test/tokenize.test.ts`
 * compares both on generated text. Where a rule needs a character table of
 * parse-latin's that is not public (its Unicode digits, for initialisms),
 * a non-ASCII character makes the piece parse again with the stock plugins
 * (see {@link NeedsStockParse}).
 *
 * package.json pins parse-english and parse-latin to 7.0.0, the versions
 * these loops mirror; `test/tokenize.test.ts` checks the installed plugin
 * lists and compares the trees, so an update that changes them fails there.
 *
 * The rules are those of parse-latin 7 and parse-english 7 by Titus Wormer
 * (MIT licence, https://github.com/wooorm/parse-latin and
 * https://github.com/wooorm/parse-english); the loops are ours.
 */

import type {Paragraph, Sentence} from 'nlcst'
import type {Position} from 'unist'

/** The loose view of an nlcst node these loops work on. */
interface Node {
  type: string
  value?: string
  children?: Node[]
  position?: Partial<Position>
}

/** A parent: a sentence, a paragraph or a word. */
interface Parent extends Node {
  children: Node[]
}

/** Thrown when a rule meets a character whose class only parse-latin knows: parse the piece with the stock plugins. */
export class NeedsStockParse extends Error {}

// Patterns of parse-latin's `expressions.js` and parse-english's `regex.js`.
const terminalMarker = /^([!.?\u2026\u203D]+)$/
const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/
const elisionPrefix = /^(ol?)$/
const elisionAffix = /^(t(?:were|(?:wa|i)s)|cause|e[mr]|im|\d\ds?)$/

/** The text of a node (nlcst-to-string for the nodes of a sentence). */
function textOf(node: Node): string {
  if (node.value !== undefined) return node.value
  const children = node.children!
  if (children.length === 1) return textOf(children[0]!)
  let text = ''
  for (let index = 0; index < children.length; index++) text += textOf(children[index]!)
  return text
}

/** parse-english's apostrophe: a straight or a curly one, alone. */
function isApostrophe(value: string): boolean {
  return value === "'" || value === '’'
}

function isMark(node: Node | undefined): boolean {
  return node !== undefined && (node.type === 'PunctuationNode' || node.type === 'SymbolNode')
}

/** parse-english's `mergeEnglishElisionExceptions`: "w/", "o' ", "'twas", "'n'". */
function mergeElisions(sentence: Parent): void {
  const siblings = sentence.children
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (!isMark(child)) continue
    const value = child.value!
    const length = siblings.length
    if (value === '/') {
      const sibling = siblings[index - 1]
      if (sibling && sibling.type === 'WordNode' && textOf(sibling).toLowerCase() === 'w') {
        siblings.splice(index, 1)
        sibling.children!.push(child)
        if (sibling.position && child.position) sibling.position.end = child.position.end
      }
    } else if (isApostrophe(value)) {
      const sibling = siblings[index - 1]
      if (
        index > 2 &&
        index < length - 1 &&
        sibling!.type === 'WordNode' &&
        siblings[index - 2]!.type === 'WhiteSpaceNode' &&
        siblings[index + 1]!.type === 'WhiteSpaceNode' &&
        elisionPrefix.test(textOf(sibling!).toLowerCase())
      ) {
        siblings.splice(index, 1)
        sibling!.children!.push(child)
        if (sibling!.position && child.position) sibling!.position.end = child.position.end
        continue
      }
      if (
        index !== length - 1 &&
        siblings[index + 1]!.type === 'WordNode' &&
        (index === 0 || siblings[index - 1]!.type !== 'WordNode')
      ) {
        const next = siblings[index + 1]!
        const nextValue = textOf(next).toLowerCase()
        const other = siblings[index + 2]
        if (elisionAffix.test(nextValue)) {
          siblings.splice(index, 1)
          next.children!.unshift(child)
          if (next.position && child.position) next.position.start = child.position.start
        } else if (
          nextValue === 'n' &&
          other &&
          other.type === 'PunctuationNode' &&
          isApostrophe(textOf(other))
        ) {
          siblings.splice(index, 1)
          siblings.splice(index + 1, 1)
          next.children!.unshift(child)
          next.children!.push(other)
          if (next.position) {
            if (child.position) next.position.start = child.position.start
            if (other.position) next.position.end = other.position.end
          }
        }
      }
    }
  }
}

/** parse-latin's `mergeInitialWordSymbol`: "&" glued to the word after it ("&c"). */
function mergeInitialWordSymbol(sentence: Parent): void {
  const children = sentence.children
  let index = 0
  while (index < children.length) {
    const child = children[index]!
    if (!isMark(child) || child.value !== '&') {
      index++
      continue
    }
    const next = children[index + 1]
    if ((index > 0 && children[index - 1]!.type === 'WordNode') || next?.type !== 'WordNode') {
      index++
      continue
    }
    children.splice(index, 1)
    next.children!.unshift(child)
    if (next.position && child.position) next.position.start = child.position.start
    index = Math.max(index - 1, 0)
  }
}

/** parse-latin's `mergeFinalWordSymbol`: a hyphen glued to the word before it and no word after ("pre- and"). */
function mergeFinalWordSymbol(sentence: Parent): void {
  const children = sentence.children
  let index = 1
  while (index < children.length) {
    const child = children[index]!
    if (!isMark(child) || child.value !== '-') {
      index++
      continue
    }
    const previous = children[index - 1]!
    const next = children[index + 1]
    if (next?.type !== 'WordNode' && previous.type === 'WordNode') {
      children.splice(index, 1)
      previous.children!.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      continue
    }
    index++
  }
}

/** parse-latin's `mergeInnerWordSymbol`: words joined by inner marks ("state-of-the-art", "e.g", "AT&T"). */
function mergeInnerWordSymbol(sentence: Parent): void {
  const siblings = sentence.children
  let index = 1
  while (index < siblings.length) {
    const child = siblings[index]!
    const previous = siblings[index - 1]!
    if (!isMark(child) || previous.type !== 'WordNode') {
      index++
      continue
    }
    let position = index - 1
    const tokens: Node[] = []
    let queue: Node[] = []
    while (siblings[++position]) {
      const sibling = siblings[position]!
      if (sibling.type === 'WordNode') {
        for (const node of queue) tokens.push(node)
        for (const node of sibling.children!) tokens.push(node)
        queue = []
      } else if (isMark(sibling) && wordSymbolInner.test(sibling.value!)) {
        queue.push(sibling)
      } else {
        break
      }
    }
    if (tokens.length > 0) {
      position -= queue.length
      siblings.splice(index, position - index)
      for (const node of tokens) previous.children!.push(node)
      const last = tokens[tokens.length - 1]!
      if (previous.position && last.position) previous.position.end = last.position.end
      continue
    }
    index++
  }
}

/** parse-latin's `mergeInnerWordSlash`: short words joined by a slash ("w/o", "and/or" is not). */
function mergeInnerWordSlash(sentence: Parent): void {
  const siblings = sentence.children
  let index = 1
  while (index < siblings.length) {
    const child = siblings[index]!
    const previous = siblings[index - 1]!
    if (!isMark(child) || child.value !== '/' || previous.type !== 'WordNode') {
      index++
      continue
    }
    const previousValue = textOf(previous)
    let tail = child
    const queue: Node[] = [child]
    let count = 1
    let nextValue = ''
    const next = siblings[index + 1]
    if (next && next.type === 'WordNode') {
      nextValue = textOf(next)
      tail = next
      for (const node of next.children!) queue.push(node)
      count++
    }
    if (previousValue.length < 3 && (!nextValue || nextValue.length < 3)) {
      for (const node of queue) previous.children!.push(node)
      siblings.splice(index, count)
      if (previous.position && tail.position) previous.position.end = tail.position.end
      continue
    }
    index++
  }
}

/** parse-latin's `mergeInitialisms`: the stop of "U.S." into the word, unless it is all digits ("1.2."). */
function mergeInitialisms(sentence: Parent): void {
  const children = sentence.children
  let index = 1
  outer: while (index < children.length) {
    const child = children[index]!
    if (child.type !== 'PunctuationNode' || child.value !== '.') {
      index++
      continue
    }
    const previous = children[index - 1]!
    const parts = previous.children
    if (previous.type !== 'WordNode' || !parts || parts.length === 1 || parts.length % 2 === 0) {
      index++
      continue
    }
    let position = parts.length
    let allDigits = true
    while (parts[--position]) {
      const value = textOf(parts[position]!)
      if (position % 2 === 0) {
        if (value.length > 1) {
          index++
          continue outer
        }
        const code = value.charCodeAt(0)
        if (code > 127) throw new NeedsStockParse()
        if (!(code >= 48 && code <= 57)) allDigits = false
      } else if (value !== '.') {
        if (position < parts.length - 2) break
        index++
        continue outer
      }
    }
    if (!allDigits) {
      children.splice(index, 1)
      parts.push(child)
      if (previous.position && child.position) previous.position.end = child.position.end
      continue
    }
    index++
  }
}

/** parse-latin's `patchPosition`: a node without a start or end takes its first child's start and last child's end. */
function patchPosition(node: Parent): void {
  const children = node.children
  if (children.length === 0) return
  const first = children[0]!
  if (first.position && !node.position?.start) {
    if (!node.position) node.position = {}
    node.position.start = first.position.start
  }
  const last = children[children.length - 1]!
  if (last.position && !node.position?.end) {
    if (!node.position) node.position = {}
    node.position.end = last.position.end
  }
}

/** parse-latin's `mergeRemainingFullStops`: a full stop that ends no sentence joins the word before it, or after it. */
function mergeRemainingFullStops(paragraph: Parent): void {
  const sentences = paragraph.children
  for (let at = 0; at < sentences.length; at++) {
    const child = sentences[at]!
    const children = child.children
    if (!children) continue
    let position = children.length
    let foundDelimiter = false
    while (children[--position]) {
      const grandchild = children[position]!
      if (!isMark(grandchild)) {
        // A sentence without a terminal marker: as if one were found.
        if (grandchild.type === 'WordNode') foundDelimiter = true
        continue
      }
      const value = grandchild.value!
      if (!terminalMarker.test(value)) continue
      // The last terminal marker stays.
      if (!foundDelimiter) {
        foundDelimiter = true
        continue
      }
      if (value !== '.') continue
      const previous = children[position - 1]
      const next = children[position + 1]
      if (previous && previous.type === 'WordNode') {
        const nextNext = children[position + 2]
        // "{.} ." stays.
        if (next && nextNext && next.type === 'WhiteSpaceNode' && textOf(nextNext) === '.') continue
        children.splice(position, 1)
        previous.children!.push(grandchild)
        if (grandchild.position && previous.position) {
          previous.position.end = grandchild.position.end
        }
        position--
      } else if (next && next.type === 'WordNode') {
        children.splice(position, 1)
        next.children!.unshift(grandchild)
        if (grandchild.position && next.position) next.position.start = grandchild.position.start
      }
    }
  }
}

/** Line breaks in white space (`\r\n` one), as `value.split(/\r\n|\r|\n/).length - 1`. */
function lineBreaks(value: string): number {
  let breaks = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 10) breaks++
    else if (code === 13) {
      breaks++
      if (value.charCodeAt(index + 1) === 10) index++
    }
  }
  return breaks
}

/** parse-latin's `breakImplicitSentences`: white space with a blank line ends a sentence. */
function breakImplicitSentences(paragraph: Parent): void {
  const sentences = paragraph.children
  let index = 0
  outer: while (index < sentences.length) {
    const child = sentences[index]!
    if (child.type !== 'SentenceNode') {
      index++
      continue
    }
    const children = child.children!
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!
      if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value!) < 2) continue
      child.children = children.slice(0, position)
      const insertion: Node = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]!
      const head = children[position + 1]!
      sentences.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      index++
      continue outer
    }
    index++
  }
}

type SentencePlugin = (node: Sentence) => void
type ParagraphPlugin = (node: Paragraph) => void

/** The sentence plugins of parse-english, in its order, as loops. */
export const sentencePlugins = [
  mergeElisions,
  mergeInitialWordSymbol,
  mergeFinalWordSymbol,
  mergeInnerWordSymbol,
  mergeInnerWordSlash,
  mergeInitialisms,
  patchPosition,
] as unknown as SentencePlugin[]

/**
 * parse-english's paragraph plugins with the two that walk every token
 * (`mergeRemainingFullStops`, `breakImplicitSentences`) as loops, or the
 * stock list unchanged when it is not the list of parse-english 7 (13
 * plugins, those two at places 7 and 10).
 */
export function paragraphPlugins(stock: readonly ParagraphPlugin[]): ParagraphPlugin[] {
  if (stock.length !== 13) return [...stock]
  const plugins = [...stock]
  plugins[7] = mergeRemainingFullStops as unknown as ParagraphPlugin
  plugins[10] = breakImplicitSentences as unknown as ParagraphPlugin
  return plugins
}
