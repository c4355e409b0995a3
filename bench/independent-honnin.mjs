// An independently generated 本人確認情報 file for the formats and web benchmarks: it uses no juki code to make its
// bytes. Only the field list (names, offsets, widths, classes) is read from the layout, the specification the file
// follows. The Shift_JIS encoder is built by inverting the WHATWG decoder (TextDecoder("shift_jis")) over the JIS X
// 0208 rows; check digits (個人番号, 地方公共団体コード) are computed here from their published rules; names and
// addresses are random JIS 第1水準 kanji (with some 第2水準), hiragana and full-width digits — realistic text, not
// the short lists of juki's own sample generator. A fixed share of records carries exactly one planted fault of
// six kinds; the generator returns how many, and a validator must reject exactly those records.
// Usage (as a module): await writeIndependentFile(path, layout, { records, seed, faultRate })
import { createWriteStream } from "node:fs"
import { once } from "node:events"

/** xorshift32: a small deterministic PRNG (independent of juki's). */
const prng = (seed) => {
  let x = seed >>> 0 || 1
  return () => {
    x ^= x << 13
    x >>>= 0
    x ^= x >>> 17
    x ^= x << 5
    x >>>= 0
    return x / 4294967296
  }
}

/** JIS X 0208 characters by Shift_JIS code, read from the WHATWG decoder. */
const sjisTable = () => {
  const decoder = new TextDecoder("shift_jis", { fatal: true })
  const rows = (from, to) => {
    const out = []
    for (let lead = from[0]; lead <= to[0]; lead++) {
      if (lead >= 0x85 && lead <= 0x87) continue // rows 9–14: unassigned in JIS X 0208 (NEC specials in CP932)
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue
        const code = (lead << 8) | trail
        if (code < ((from[0] << 8) | from[1]) || code > ((to[0] << 8) | to[1])) continue
        try {
          const ch = decoder.decode(Uint8Array.of(lead, trail))
          if (ch.length === 1 && ch !== "\uFFFD") out.push([lead, trail])
        } catch {}
      }
    }
    return out
  }
  return {
    level1: rows([0x88, 0x9f], [0x98, 0x72]), // 第1水準 漢字 (2,965)
    level2: rows([0x98, 0x9f], [0xea, 0xa4]), // 第2水準 漢字 (3,390)
    hiragana: rows([0x82, 0x9f], [0x82, 0xf1]),
    digits: rows([0x82, 0x4f], [0x82, 0x58]) // ０–９
  }
}

/** 地方公共団体コード: 5 digits and the check digit (weights 6,5,4,3,2; 11 − remainder, last digit). */
const lgCode = (five) => {
  let s = 0
  for (let i = 0; i < 5; i++) s += Number(five[i]) * (6 - i)
  return five + String((11 - (s % 11)) % 10)
}
/** 個人番号: 11 digits and the check digit (Q = n + 1 for n ≤ 6, n − 5 above; remainder ≤ 1 → 0, else 11 − r). */
const myNumber = (eleven) => {
  let s = 0
  for (let n = 1; n <= 11; n++) s += Number(eleven[11 - n]) * (n <= 6 ? n + 1 : n - 5)
  const r = s % 11
  return eleven + String(r <= 1 ? 0 : 11 - r)
}
const MUNICIPALITIES = [
  "13101",
  "13104",
  "27100",
  "27127",
  "01100",
  "14100",
  "23100",
  "40130",
  "26100",
  "11100",
  "04100",
  "34100"
].map(lgCode)
const RELATIONSHIPS = [
  "世帯主",
  "妻",
  "夫",
  "子",
  "父",
  "母",
  "子の妻",
  "子の子",
  "夫（未届）",
  "妻（未届）",
  "兄",
  "姉",
  "弟",
  "妹",
  "縁故者",
  "同居人"
]

/**
 * Writes `records` records of the layout (fixed-length Shift_JIS, CRLF) to `path`.
 * Returns `{ records, bytes, faults, faultsByKind }`.
 */
export const writeIndependentFile = async (path, layout, { records, seed = 20261205, faultRate = 0.01 }) => {
  const rnd = prng(seed)
  const int = (n) => Math.floor(rnd() * n)
  const T = sjisTable()
  const relationship = new Map(
    RELATIONSHIPS.map((w) => {
      const bytes = []
      const enc = (ch) => {
        for (const [l, t] of [...T.level1, ...T.level2, ...T.hiragana])
          if (new TextDecoder("shift_jis").decode(Uint8Array.of(l, t)) === ch) return [l, t]
        const special = { の: [0x82, 0xcc], "（": [0x81, 0x69], "）": [0x81, 0x6a] }[ch]
        if (special) return special
        throw new Error(`no Shift_JIS code for ${ch}`)
      }
      for (const ch of w) bytes.push(enc(ch))
      return [w, bytes]
    })
  )
  const fields = Object.fromEntries(layout.fields.map((f) => [f.name, f]))
  const recLen = layout.fields.reduce((n, f) => Math.max(n, f.offset + f.length), 0)
  const full = recLen + 2
  const BATCH = 2048
  const buf = Buffer.alloc(full * BATCH)
  const out = createWriteStream(path)
  const faultsByKind = {}
  let faults = 0

  let rec = null // the record being written (a view into buf)
  const put = (name, text) => {
    const f = fields[name]
    for (let i = 0; i < f.length; i++) rec[f.offset + i] = i < text.length ? text.charCodeAt(i) : 0x20
  }
  const digits = (n) => {
    let s = ""
    for (let i = 0; i < n; i++) s += String(int(10))
    return s
  }
  const date = (from, to) => {
    const y = from + int(to - from + 1)
    const m = 1 + int(12)
    const d = 1 + int(new Date(Date.UTC(y, m, 0)).getUTCDate())
    return `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`
  }
  // 全角 text is written with a cursor: open(name), then characters, then close() pads with U+3000 (81 40).
  let p = 0
  let end = 0
  const open = (name) => {
    p = fields[name].offset
    end = p + fields[name].length
  }
  const pair = (lt) => {
    if (p + 2 > end) return
    rec[p++] = lt[0]
    rec[p++] = lt[1]
  }
  const close = () => {
    while (p < end) {
      rec[p++] = 0x81
      rec[p++] = 0x40
    }
  }
  const kanji = (n) => {
    for (let i = 0; i < n; i++) pair(rnd() < 0.9 ? T.level1[int(T.level1.length)] : T.level2[int(T.level2.length)])
  }
  const kana = (n) => {
    for (let i = 0; i < n; i++) pair(T.hiragana[int(T.hiragana.length)])
  }
  const number = (n) => {
    for (const c of String(n)) pair(T.digits[c.charCodeAt(0) - 0x30])
  }
  const SPACE = [0x81, 0x40]
  const putWide = (name, write) => {
    open(name)
    write()
    close()
  }
  const address = () => {
    kanji(3 + int(2))
    kanji(2 + int(3))
    kanji(2 + int(2))
    number(1 + int(9))
    kanji(1)
    number(1 + int(30))
    kanji(1)
    number(1 + int(20))
  }
  const none = () => {}

  for (let base = 0; base < records; base += BATCH) {
    const n = Math.min(BATCH, records - base)
    for (let k = 0; k < n; k++) {
      rec = buf.subarray(k * full, (k + 1) * full)
      rec.fill(0x20, 0, recLen)
      rec[recLen] = 0x0d
      rec[recLen + 1] = 0x0a
      putWide("nameKanji", () => {
        kanji(1 + int(3))
        pair(SPACE)
        kanji(1 + int(3))
      })
      put("nameGaijiCount", "00")
      putWide("nameKana", () => {
        kana(2 + int(4))
        pair(SPACE)
        kana(2 + int(4))
      })
      rec.copy(
        rec,
        fields.nameKanaSeion.offset,
        fields.nameKana.offset,
        fields.nameKana.offset + fields.nameKana.length
      )
      put("residentCode", digits(11))
      put("birthDate", date(1930, 2019))
      put("sex", String(1 + int(2)))
      put("municipalityCode", MUNICIPALITIES[int(MUNICIPALITIES.length)])
      put("oazaCode", digits(7))
      put("postalCode", digits(7))
      putWide("address", address)
      put("addressGaijiCount", "00")
      put("myNumber", myNumber(`${1 + int(9)}${digits(10)}`))
      put("residentSince", date(1990, 2019))
      put("addressSince", date(1990, 2019))
      put("notificationDate", date(1990, 2019))
      if (rnd() < 0.3) {
        put("previousMunicipalityCode", MUNICIPALITIES[int(MUNICIPALITIES.length)])
        putWide("previousAddress", address)
        put("previousAddressGaijiCount", "00")
      } else putWide("previousAddress", none)
      putWide("relationship", () => {
        for (const lt of relationship.get(RELATIONSHIPS[int(RELATIONSHIPS.length)])) pair(lt)
      })
      put("changeReason", digits(2))
      put("changeDate", date(1990, 2019))
      put("changeReasonDetail", digits(2))
      put("residentCodeSince", date(2002, 2019))
      put("requestNumber", `REQ${digits(12)}`)
      put("operatorId", `OP${digits(6)}`)
      put("terminalId", `T${digits(8)}`)
      put("updateSequence", digits(10))
      put("errorUpdateSequence", "0000000000")
      for (const flag of ["updateProhibitedFlag", "scheduledFlag", "exclusiveFlag", "gaijiFlag", "recordStatusFlag"])
        put(flag, String(int(2)))
      put(
        "timestamp",
        `${date(2015, 2019)}${String(int(24)).padStart(2, "0")}${String(int(60)).padStart(2, "0")}${String(int(60)).padStart(2, "0")}`
      )
      if (rnd() < 0.05) {
        putWide("formerSurnameKanji", () => kanji(2))
        put("formerSurnameGaijiCount", "00")
        putWide("formerSurnameKana", () => kana(3 + int(3)))
      } else {
        putWide("formerSurnameKanji", none)
        putWide("formerSurnameKana", none)
      }
      put("formerSurnameGaijiChangeSeq", "0000")
      if (rnd() < faultRate) {
        // One planted fault per corrupted record.
        const kind = int(6)
        const at = (name, i) => fields[name].offset + i
        if (kind === 0)
          rec[at("postalCode", 1 + int(6))] = 0x41 // a letter inside 郵便番号
        else if (kind === 1)
          rec[at("address", 0)] = 0x41 // a half-width letter in 全角 住所
        else if (kind === 2)
          put("changeDate", "20190230") // no such day (only 生年月日 and the fields of 1.1.8 may carry one)
        else if (kind === 3) {
          const f = fields.myNumber
          rec[f.offset + 11] = 0x30 + ((rec[f.offset + 11] - 0x30 + 1) % 10) // wrong check digit
        } else if (kind === 4)
          put("sex", "3") // outside the code list
        else {
          rec[at("nameKanji", 0)] = 0x81 // a lead byte followed by an invalid trail byte
          rec[at("nameKanji", 1)] = 0x20
        }
        faults++
        faultsByKind[kind] = (faultsByKind[kind] ?? 0) + 1
      }
    }
    if (!out.write(Buffer.from(buf.subarray(0, n * full)))) await once(out, "drain")
  }
  out.end()
  await once(out, "finish")
  return { records, bytes: records * full, faults, faultsByKind }
}
