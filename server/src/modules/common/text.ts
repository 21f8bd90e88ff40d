/**
 * The one normal form of text people type into the service. Every rule that reads text (the
 * fee check, search, duplicate names) must see what a reader sees on the screen, not the code
 * points behind it: `押\u200b金`, `保證金` and `押　金` all read as a request for a deposit.
 * Posted text is normalised once when it is parsed, stored in that form, and the search
 * keyword goes through the same function as the stored search column.
 */

type Converter = (text: string) => string;

let toSimplified: Converter | null = null;

/**
 * Traditional to simplified Chinese, with OpenCC's phrase tables so 乾隆 stays 乾隆 while
 * 乾淨 becomes 干净. The Hong Kong reading also folds its variants (衞 → 卫) and leaves
 * simplified text as it is; the Taiwan one does not (it turns 显著 into 显着), so it is not
 * used. Loaded on first use: building the dictionaries takes ~25 ms, which neither a
 * migration nor a CLI that never reads Chinese should pay.
 */
function simplified(text: string): string {
  if (toSimplified === null) {
    // The t2cn build carries only the traditional→simplified tables (110 KB, not 1.2 MB).
    // Its package exports are invisible to TypeScript's node10 resolution, hence require.
    const OpenCC = require('opencc-js/t2cn') as { Converter(o: { from: string; to: string }): Converter };
    toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
  }
  return toSimplified(text);
}

// Text without a Han character has nothing to convert.
const HAN = /\p{Script=Han}/u;

// Half of a surrogate pair with no other half: not a character at all, and PostgreSQL and
// SQLite would each store it as a different replacement character.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// CRLF from a PC, a lone CR from an old Mac, NEL and the Unicode line/paragraph separators
// all mean "new line" to the writer; descriptions keep their line breaks as \n.
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;

// Characters NFKC would rewrite but that Chinese writers choose on purpose, and that a reader
// would miss if they changed: full-width punctuation (，！？：；（）～ → ASCII would look
// wrong in Chinese text), the ideographic space used to indent paragraphs, circled and
// parenthesised numbers of a list (①②③ → 123), superscripts and fractions (m², ½), letter-
// like symbols (℃, №), Roman numerals, and squared units (㎡, ㎏). None of them is a
// look-alike of a letter, digit or Han character, so keeping them opens no bypass; the
// full-width letters and digits (ＡＢＣ１２３) are folded, as are compatibility ideographs
// and Kangxi radicals (⾦ → 金), which look exactly like the characters they stand for.
const FOLDABLE_RUN = /[^\u00b2\u00b3\u00b9\u00bc-\u00be\u2070-\u209f\u2100-\u218f\u2460-\u24ff\u3000\u3200-\u33ff\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff5e]+/gu;

// Invisible characters: format controls (zero-width space/joiners, bidi embeddings,
// overrides and isolates, word joiner, invisible operators, BOM, soft hyphen, tags…) and the
// other default-ignorable code points (variation selectors, Hangul fillers, Mongolian
// selectors, CGJ). None of them changes what a Chinese reader sees, so stripping them is safe,
// with one exception kept by the first alternative: emoji sequences, where a ZWJ joins 👨‍👩‍👧,
// VS16 asks for the colour form of ❤️, tags spell a subdivision flag, and a keycap is 1️⃣.
const INVISIBLE_OR_EMOJI =
  /(\p{Extended_Pictographic}\p{Emoji_Modifier}?[\ufe0e\ufe0f]?(?:[\u{e0020}-\u{e007e}]+\u{e007f})?(?:\u200d\p{Extended_Pictographic}\p{Emoji_Modifier}?[\ufe0e\ufe0f]?)*|[0-9#*]\ufe0f\u20e3)|[\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;

/**
 * A text as people mean it: whole characters only, line breaks as \n, invisible characters
 * removed, compatibility forms folded (Unicode NFKC, except the symbols listed above) and
 * traditional Chinese mapped to simplified. Nothing is trimmed or collapsed: spaces, tabs and
 * line breaks the writer typed stay where they were. Idempotent.
 *
 * Control characters (other than tab and line breaks) are left in so the caller can refuse
 * them with a message, rather than silently changing what was sent.
 */
export function normalizeText(raw: string): string {
  let s = raw.replace(LONE_SURROGATE, '').replace(LINE_BREAK, '\n');
  // Strip before folding so a combining mark split off by a zero-width character composes,
  // and after, because NFKC maps a few visible fillers (ㅤ) onto invisible ones.
  s = s.replace(INVISIBLE_OR_EMOJI, keepEmoji);
  s = s.replace(FOLDABLE_RUN, (run) => run.normalize('NFKC'));
  s = s.replace(INVISIBLE_OR_EMOJI, keepEmoji);
  return HAN.test(s) ? simplified(s) : s;
}

function keepEmoji(_match: string, emoji: string | undefined): string {
  return emoji ?? '';
}

// C0 and C1 controls other than tab and line feed; PostgreSQL refuses NUL outright.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

/** Whether a (normalised) text holds a control character no keyboard types. */
export function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** The form of a text in a search column and of a search keyword: normalised, lower-cased. */
export function searchForm(text: string): string {
  return normalizeText(text).toLowerCase();
}

/**
 * What makes two organisation names "the same" to a villager reading them: the normal form,
 * folded all the way (① = 1), without case, accents, spaces, punctuation or symbols. 紫阳
 * 修脚（连锁）, 紫陽修腳連鎖 and 紫阳 修脚 连锁 share one key; 紫阳修脚二店 does not. Empty when
 * the name has no letter, digit or Han character at all.
 */
export function organizationNameKey(name: string): string {
  return normalizeText(name)
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\p{M}\p{White_Space}\p{P}\p{S}\p{C}]/gu, '');
}
