// fast-check arbitraries of records of any layout, built on the arbitraries of the packages that own the checks.
// Test-only (excluded from the build by tsconfig).
import fc from "fast-check"
import {
  AtenaNumber,
  HouseholdNumber,
  LocalGovernmentCode,
  PostalCode,
  ResidenceCardNumber,
  ResidentCode,
  Text as TextArb,
  Wareki as WarekiArb
} from "@juki/core/arbitraries"
import { Text, Wareki } from "@juki/core"
import { CorporateNumber, MyNumber } from "@juki/mynumber/arbitraries"
import { Jiyu, Relationship } from "@juki/records"
import type { Encoding, FieldSpec, LayoutSpec } from "../layout/model.js"

/** Independent byte length of a string in an encoding (TextEncoder for UTF-8, Text.byteLengthShiftJis for Shift_JIS). */
export const byteLength = (s: string, encoding: Encoding): number => {
  if (encoding === "utf-8") return new TextEncoder().encode(s).length
  let n = 0
  for (const ch of s) {
    const c = ch.charCodeAt(0)
    n += c < 0x80 || (c >= 0xff61 && c <= 0xff9f) ? 1 : 2
  }
  return n
}

/** Cuts `s` to at most `bytes` bytes (whole characters). */
export const cut = (s: string, bytes: number, encoding: Encoding): string => {
  let out = ""
  for (const ch of s) {
    if (byteLength(out + ch, encoding) > bytes) break
    out += ch
  }
  return out
}

const ascii = fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c))
const digit = fc.integer({ min: 0x30, max: 0x39 }).map((c) => String.fromCharCode(c))
const halfKana = fc.integer({ min: 0xff61, max: 0xff9f }).map((c) => String.fromCharCode(c))
const isFull = (c: string) => c.charCodeAt(0) >= 0xa0 && !(c.charCodeAt(0) >= 0xff61 && c.charCodeAt(0) <= 0xff9f)
const jisChar = TextArb.jisX0208Text.map((s) => Array.from(s).find(isFull) ?? "亜")
const fullChar = (encoding: Encoding, gaiji: boolean) =>
  gaiji
    ? fc.oneof(
        { weight: 6, arbitrary: jisChar },
        {
          weight: 1,
          arbitrary:
            encoding === "utf-8"
              ? TextArb.gaiji.filter((g) => !/[\uE000-\uF8FF]/.test(g))
              : fc.integer({ min: 0xe000, max: 0xe757 }).map((c) => String.fromCharCode(c))
        }
      )
    : jisChar

/** Options of {@link recordOf}. */
export interface RecordArbOptions {
  readonly encoding: Encoding
  /** Include 外字 (UTF-8: 𠮷, 髙 …; Shift_JIS: user-defined characters, needs policy userDefined "pua"). */
  readonly gaiji?: boolean
}

const stripPad = (s: string, f: FieldSpec): string => {
  const pad = f.chars === "fullwidth" ? /[\u3000 ]+$/ : / +$/
  return f.justify === "right" ? s.replace(f.chars === "fullwidth" ? /^[\u3000 ]+/ : /^ +/, "") : s.replace(pad, "")
}

/** A valid value of a text field (not blank), fitting its width. */
const textValue = (f: FieldSpec, o: RecordArbOptions): fc.Arbitrary<string> => {
  const width = f.length ?? 40
  const unit =
    f.chars === "numeric"
      ? digit
      : f.chars === "alphanumeric"
        ? ascii
        : f.chars === "halfwidth"
          ? fc.oneof(ascii, halfKana)
          : f.chars === "fullwidth"
            ? fullChar(o.encoding, o.gaiji === true)
            : fc.oneof(ascii, fullChar(o.encoding, o.gaiji === true))
  return fc
    .array(unit, { minLength: 1, maxLength: width })
    .map((cs) => stripPad(cut(cs.join(""), width, o.encoding), f))
    .filter((s) => s.length > 0)
}

const checkValue = (f: FieldSpec): fc.Arbitrary<{ value: string; with: ReadonlyArray<string> }> | undefined => {
  const plain = (a: fc.Arbitrary<string>) => a.map((value) => ({ value, with: [] as ReadonlyArray<string> }))
  switch (f.check) {
    case "mynumber.MyNumber":
      return plain(MyNumber.valid)
    case "mynumber.CorporateNumber":
      return plain(CorporateNumber.valid)
    case "core.LocalGovernmentCode":
      return plain(LocalGovernmentCode.valid)
    case "core.ResidentCode":
      return plain(ResidentCode.valid)
    case "core.PostalCode":
      return plain(PostalCode.valid)
    case "core.ResidenceCardNumber":
      return plain(ResidenceCardNumber.valid)
    case "core.AtenaNumber":
      return plain(AtenaNumber.valid)
    case "core.HouseholdNumber":
      return plain(HouseholdNumber.valid)
    case "records.Relationship":
      return plain(
        fc
          .constantFrom(Relationship.HEAD, ...Relationship.BASE_TERMS, ...Relationship.OTHER_TERMS)
          .filter((t) => byteLength(t, "utf-8") <= (f.length ?? 99))
      )
    case "records.Jiyu":
      return plain(fc.constantFrom(...Jiyu.catalogue.map((j) => j.ja)))
    case "core.RegistryDate.ymd":
      return plain(WarekiArb.isoDate.map((d) => d.replace(/-/g, "")))
    case "core.Wareki.codedPair":
    case "core.RegistryDate.codedPair":
      return WarekiArb.valid.map((w) => {
        const p = Wareki.toCodedPair(w)
        return { value: p.ymd, with: [p.eraCode] }
      })
    default:
      return undefined
  }
}

/**
 * Records valid for a layout (the input of an encoder): 項目長 and 外字数 fields are left out (the encoder
 * computes them); fields a check needs (`checkWith`) are set together with the checked field.
 */
export const recordOf = (layout: LayoutSpec, o: RecordArbOptions): fc.Arbitrary<Record<string, unknown>> => {
  const partners = new Set(layout.fields.flatMap((f) => f.checkWith ?? []))
  const parts: Record<string, fc.Arbitrary<unknown>> = {}
  for (const f of layout.fields) {
    if (f.filler || f.itemLengthOf || f.gaijiCountOf || partners.has(f.name)) continue
    let a: fc.Arbitrary<unknown>
    if (f.type === "integer")
      a = fc.integer({ min: 0, max: Math.min(10 ** (f.length ?? 9) - 1, Number.MAX_SAFE_INTEGER) })
    else if (f.codes) a = fc.constantFrom(...Object.keys(f.codes))
    else {
      const c = checkValue(f)
      a = c ? c.map((v) => ({ __check: v })) : textValue(f, o)
    }
    parts[f.name] = f.required ? a : fc.option(a, { nil: null, freq: 3 })
  }
  return fc.record(parts).map((r) => {
    const out: Record<string, unknown> = {}
    for (const f of layout.fields) if (partners.has(f.name)) out[f.name] = null
    for (const [k, v] of Object.entries(r)) {
      if (v !== null && typeof v === "object" && "__check" in v) {
        const c = (v as { __check: { value: string; with: ReadonlyArray<string> } }).__check
        out[k] = c.value
        const f = layout.fields.find((x) => x.name === k) as FieldSpec
        ;(f.checkWith ?? []).forEach((p, i) => (out[p] = c.with[i] ?? null))
      } else out[k] = v
    }
    return out
  })
}

/**
 * The record the decoder must return for an encoder input: derived fields computed with independent means
 * (byte length by TextEncoder / Text.byteLengthShiftJis, 外字数 by Text.countGaiji).
 */
export const expectedRecord = (
  layout: LayoutSpec,
  input: Record<string, unknown>,
  encoding: Encoding,
  charset: Text.Charset = "jisx0208"
): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  for (const f of layout.fields) {
    if (f.filler) continue
    if (f.itemLengthOf) {
      const t = input[f.itemLengthOf]
      out[f.name] =
        typeof t === "string" ? (layout.itemLengthUnit === "chars" ? Array.from(t).length : byteLength(t, encoding)) : 0
    } else if (f.gaijiCountOf) {
      const t = input[f.gaijiCountOf]
      out[f.name] = typeof t === "string" ? Text.countGaiji(t, { charset }) : 0
    } else out[f.name] = input[f.name] ?? null
  }
  return out
}
