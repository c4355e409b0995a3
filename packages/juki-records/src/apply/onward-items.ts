/**
 * Whether a 異動 changed an item of the 附票 notice or of the 統合宛名 (internal to the onward effects, not exported
 * from the package).
 *
 * @internal
 */
import { fullAddress } from "../derive/index.js"
import type { ResidentRecord } from "../models/index.js"

// The comparisons below equal `deepEqual(fuhyoItems(a), fuhyoItems(b))` and `deepEqual(atenaItems(a), atenaItems(b))`
// item by item (every item is a string or undefined), without building the objects for every step of every 異動
// (a property in onward.items.test.ts checks the equivalence).

export const sameFuhyoItems = (a: ResidentRecord, b: ResidentRecord): boolean =>
  a === b ||
  ((a.name.kanji ?? "") === (b.name.kanji ?? "") &&
    a.addressSince === b.addressSince &&
    a.birthDate === b.birthDate &&
    a.sex === b.sex &&
    a.residentCode === b.residentCode &&
    a.state === b.state &&
    fullAddress(a) === fullAddress(b))

const atenaKana = (r: ResidentRecord): string | undefined =>
  r.kind === "japanese" ? r.name.kana : (r.name.katakana ?? r.name.kana)

export const sameAtenaItems = (a: ResidentRecord, b: ResidentRecord): boolean =>
  a === b ||
  (a.myNumber === b.myNumber &&
    (a.name.kanji ?? a.name.alphabet ?? "") === (b.name.kanji ?? b.name.alphabet ?? "") &&
    atenaKana(a) === atenaKana(b) &&
    a.birthDate === b.birthDate &&
    a.sex === b.sex &&
    a.state === b.state &&
    fullAddress(a) === fullAddress(b))
