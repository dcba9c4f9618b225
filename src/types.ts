/**
 * The public data model of nutgraf: what every function returns.
 *
 * Every result item carries a unist {@link Position} whose offsets index the
 * original input string (UTF-16 code units, end exclusive), so that
 * `input.slice(item.position.start.offset, item.position.end.offset)` is the
 * text the item stands for.
 *
 * @module
 */

import type {Sentence as NlcstSentence, Root} from 'nlcst'
import type {Position} from 'unist'

export type {Point, Position} from 'unist'

/**
 * What a block of a scraped article is.
 *
 * - `headline`: the title line at the top (and a repeat of it inside the body).
 * - `byline`: a source or author line ("SKY NEWS", "By Jane Smith", "Reuters").
 * - `standfirst`: the summary line under the headline.
 * - `caption`: a photo caption between body paragraphs.
 * - `credit`: a picture credit ("PA", "Getty Images").
 * - `body`: the article's prose.
 * - `other`: page noise and labels ("LATEST DEVELOPMENTS:", a view count).
 */
export type BlockKind =
  | 'headline'
  | 'byline'
  | 'standfirst'
  | 'caption'
  | 'credit'
  | 'body'
  | 'other'

/** One block (a line or a paragraph, or a part of one) of the article. */
export interface Block {
  /** What the block is. */
  kind: BlockKind
  /** The block's text, exactly as in the input. */
  text: string
  /** Where the block is in the input. */
  position: Position
}

/** One sentence of the article; sentences never cross block boundaries. */
export interface Sentence {
  /** The sentence's text, exactly as in the input. */
  text: string
  /** Where the sentence is in the input. */
  position: Position
  /** Index of the sentence's block in {@link Article.blocks}. */
  block: number
  /** The kind of the sentence's block (a shortcut for `blocks[block].kind`). */
  kind: BlockKind
  /** The nlcst sentence node, with positions into the whole input. */
  node: NlcstSentence
}

/**
 * A parsed article: the result of {@link parseArticle}, accepted by every
 * extractor in place of a string so that the text is parsed once.
 */
export interface Article {
  /** The input, unchanged. */
  text: string
  /**
   * The nlcst tree: one `ParagraphNode` a block, white space between them, all
   * positions indexing {@link Article.text}. `toString(tree) === text`. Nodes
   * that start or end at the same offset share one point object (a word and
   * its text node one position object): treat the tree as read-only, and copy
   * a position before changing it.
   */
  tree: Root
  /** The blocks, in text order. */
  blocks: Block[]
  /** The sentences of every block, in text order. */
  sentences: Sentence[]
}

/** Where a speaker is named at the attribution site. */
export interface Speaker {
  /**
   * Canonical name: the person's full name when the source is a person named
   * anywhere in the article ("David Okafor" for "he" or "Okafor"), else the
   * source as written ("a Downing Street spokesman").
   */
  name: string
  /** The words at the attribution site ("he", "Okafor", "who" in "Okafor, who said"). */
  mention: string
  /** Where {@link Speaker.mention} is in the input. */
  position?: Position
}

/** One quotation or report of speech. */
export interface Quote {
  /** The quoted or reported words, without enclosing quotation marks. */
  text: string
  /**
   * `direct`: a whole utterance in quotation marks; `partial`: quoted words
   * inside the reporter's sentence; `indirect`: reported speech.
   */
  kind: 'direct' | 'partial' | 'indirect'
  /** Who said it, or `null` when the text does not say. */
  speaker: Speaker | null
  /** The speech verb or frame ("said", "told", "according to"), if any. */
  cue: string | null
  /** Where {@link Quote.text} is in the input. */
  position: Position
}

/** A sum of money, a percentage or a counted quantity. */
export interface Amount {
  /** The amount exactly as written, qualifier included ("nearly £3bn"). */
  text: string
  /** What the amount measures. */
  kind: 'money' | 'percent' | 'quantity'
  /**
   * The value in major units (`140e6` for "£140m", `3.5` for "3.5%"); `null`
   * for a range or a vague amount ("tens of millions").
   */
  value: number | null
  /** Lower bound of a range ("£1-2bn" gives `1e9`). */
  min?: number
  /** Upper bound of a range ("£1-2bn" gives `2e9`). */
  max?: number
  /** ISO 4217 code of money ("GBP"). */
  currency?: string
  /** Unit of a quantity ("troops"), or `"percentage point"`. */
  unit?: string
  /** Set when the amount is qualified ("nearly", "about", "up to") or vague. */
  approximate?: boolean
  /** Where {@link Amount.text} is in the input. */
  position: Position
}

/** One place where a person is mentioned. */
export interface Mention {
  /** The words of the mention ("Okafor", "Mr Okafor", "he"). */
  text: string
  /** Where the mention is in the input. */
  position: Position
  /** `name` for a name, `pronoun` for "he"/"she", `title` for "the Prime Minister". */
  kind: 'name' | 'pronoun' | 'title'
}

/** A person the article names. */
export interface Person {
  /** Fullest form of the name in the text, without titles ("Robert Hale"). */
  name: string
  /** Roles and titles the text gives ("Prime Minister", "Defence Secretary"). */
  roles: string[]
  /** Honorific ("Sir", "Dr", "Mrs"), if any. */
  honorific?: string
  /**
   * Time qualifiers of roles, by role, as the text writes them: `{"Defence
   * Secretary": "former"}` for "former Defence Secretary Grant Harlow",
   * `{"President": "incoming"}` for "incoming President Donald Trump". Absent
   * when no role is qualified.
   */
  roleQualifiers?: Record<string, string>
  /** Every mention of the person, in text order. */
  mentions: Mention[]
}

/** One sentence chosen for a summary. */
export interface SummarySentence {
  /** The sentence's text, exactly as in the input. */
  text: string
  /** Where the sentence is in the input. */
  position: Position
  /** The sentence's score (higher is more central); comparable within one article. */
  score: number
}

/** An extractive summary. */
export interface Summary {
  /** The chosen sentences joined by a space, in article order. */
  text: string
  /** The chosen sentences, in article order. */
  sentences: SummarySentence[]
}

/** Everything nutgraf extracts from one article. */
export interface Analysis {
  /** The input text the positions index. */
  text: string
  /** The article's blocks (see `parseArticle`), so a report can lay the article out. */
  blocks: Block[]
  /** See `extractQuotes`. */
  quotes: Quote[]
  /** See `extractAmounts`. */
  amounts: Amount[]
  /** See `extractPeople`. */
  people: Person[]
  /** See `summarize`. */
  summary: Summary
}
