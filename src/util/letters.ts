/** Letter-case tests shared by the extractors. */

/** Whether a word has a letter and no lower-case letter ("NASA", "U.S."). */
export function isCapitals(word: string): boolean {
  let letters = 0
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index)
    if (code >= 97 && code <= 122) return false
    if (code >= 65 && code <= 90) letters++
    else if (code > 127) return word !== word.toLowerCase() && word === word.toUpperCase()
  }
  return letters > 0
}
