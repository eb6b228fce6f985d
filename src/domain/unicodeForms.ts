/**
 * `String.prototype.normalize` without its cost where it cannot change the text. A check of
 * 100 000 rows calls it about three million times (every cell when read, most again in their
 * normaliser), nearly always on Latin text that no normalisation form changes; ICU then still
 * copies the string and looks at every character.
 */

/** The characters below U+0300 that `form` changes, as ranges of a character class; asked of ICU, not listed. */
function changedBelowCombiningMarks(form: 'NFC' | 'NFKC'): string {
  const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;
  let found = '';
  for (let code = 0; code < 0x300; code++) {
    if (String.fromCharCode(code).normalize(form) === String.fromCharCode(code)) continue;
    let last = code;
    while (last + 1 < 0x300 && String.fromCharCode(last + 1).normalize(form) !== String.fromCharCode(last + 1)) last++;
    found += last === code ? hex(code) : `${hex(code)}-${hex(last)}`;
    code = last;
  }
  return found;
}

// From U+0300 on, anything may compose or decompose (combining marks, Hangul, compatibility forms;
// a surrogate stands for a character beyond U+FFFF). Below it, nothing composes (there are no
// combining marks there), so a string passes unchanged unless it holds one of the characters the
// form rewrites on its own: none for NFC, for NFKC e.g. a no-break space, ², ½ or ĳ.
const MAY_CHANGE_NFC = new RegExp(`[${changedBelowCombiningMarks('NFC')}\\u0300-\\uffff]`);
const MAY_CHANGE_NFKC = new RegExp(`[${changedBelowCombiningMarks('NFKC')}\\u0300-\\uffff]`);

/** `text.normalize('NFC')`. */
export function nfc(text: string): string {
  return MAY_CHANGE_NFC.test(text) ? text.normalize('NFC') : text;
}

/** `text.normalize('NFKC')`. */
export function nfkc(text: string): string {
  return MAY_CHANGE_NFKC.test(text) ? text.normalize('NFKC') : text;
}
