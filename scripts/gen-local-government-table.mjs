#!/usr/bin/env node
// Generates packages/core/src/local-government-code/table.ts, the packed 全国地方公共団体コード table of
// `@juki/core`, from the three code lists in ../shared/data (relative to the repository root).
//
//   node scripts/gen-local-government-table.mjs          write the table
//   node scripts/gen-local-government-table.mjs --check  exit 1 when the committed table is out of date
//
// The generated file is committed, so CI does not need ../shared: without it this script says so and exits 0.
//
// Sources (union of the three lists; codes are read as strings, prefecture codes zero-padded to 6 digits):
//   localgovjp-utf8.csv                    code4fukui/localgovjp (UTF-8 with BOM, LF, ward names "札幌市 中央区")
//   prefjp-utf8.csv                        code4fukui/localgovjp (47 prefectures, lgcode lost its leading zero)
//   jp_local_gov-soumu-municipalities.csv  IkumaTadokoro/jp_local_gov, scraped from the 総務省 PDF (CRLF)
// Names: the 総務省-derived list (jp_local_gov) wins, a different spelling elsewhere becomes a variant.
// Kana: full-width katakana; localgovjp's hiragana (with small kana) wins over jp_local_gov's (which often writes
// 直音, e.g. シヨウナイマチ), and jp_local_gov fills the rows localgovjp lacks.
//
// Packed columns (row i of every column describes the same code; rows sorted by code):
//   CODES     2 base-36 characters per row: the 5-digit code (without check digit) minus the previous row's
//   KINDS     1 character per row: p prefecture, d 政令指定都市, c 市, s 特別区, t 町, v 村, w 区 (of a 政令指定都市)
//   SOURCES   1 character per row: bit set of the lists naming the code (1 localgovjp, 2 prefjp, 4 jp_local_gov)
//   NAMES     "|"-separated; a ward's name is stored without its city's name (中央区 for 札幌市中央区)
//   KANA      "|"-separated, katakana packed to one ASCII character each (see KANA_BASE); wards like NAMES
//   VARIANTS  "|"-separated "code=other spelling" pairs
import { createHash } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const repo = join(dirname(fileURLToPath(import.meta.url)), "..")
const shared = join(repo, "..", "shared")
const data = join(shared, "data")
const out = join(repo, "packages/core/src/local-government-code/table.ts")
const check = process.argv.includes("--check")

const FILES = {
  localgovjp: {
    file: "localgovjp-utf8.csv",
    repo: "code4fukui/localgovjp",
    commit: "cd94f841f22235759ed29e7f38ecc2fbc6671e6b",
    licence: "CC0"
  },
  prefjp: {
    file: "prefjp-utf8.csv",
    repo: "code4fukui/localgovjp",
    commit: "4c7b5625a1e0c6322825c668b3682eff09f1cbd0",
    licence: "CC0"
  },
  jp_local_gov: {
    file: "jp_local_gov-soumu-municipalities.csv",
    repo: "IkumaTadokoro/jp_local_gov (data/json/*.json, scraped from the 総務省 PDF)",
    commit: "fb2de68b0410c6ecf52ea934389683a60433b6cc",
    licence: "not recorded"
  }
}

if (!existsSync(data)) {
  console.log(`gen-local-government-table: ${data} not found; keeping the committed table (nothing to do).`)
  process.exit(0)
}

/** RFC 4180 CSV with a header row: BOM stripped, CRLF or LF, quoted fields with "" escapes. */
const parseCsv = (text) => {
  const t = text.replace(/^\uFEFF/, "")
  const rows = []
  let row = []
  let field = ""
  let quoted = false
  for (let i = 0; i < t.length; i++) {
    const c = t[i]
    if (quoted) {
      if (c === '"') {
        if (t[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\r") continue
    else if (c === "\n") {
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  if (field !== "" || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  const [header, ...body] = rows
  return body.map((r) => {
    if (r.length !== header.length) throw new Error(`CSV row has ${r.length} fields, header ${header.length}: ${r}`)
    return Object.fromEntries(header.map((h, i) => [h, r[i]]))
  })
}

const read = (key) => {
  const bytes = readFileSync(join(data, FILES[key].file))
  FILES[key].sha256 = createHash("sha256").update(bytes).digest("hex")
  return parseCsv(bytes.toString("utf8"))
}

/** 全国地方公共団体コード check digit: weights 6,5,4,3,2, (11 − s mod 11) mod 10. */
const checkDigit = (base) => {
  let s = 0
  for (let i = 0; i < 5; i++) s += (base.charCodeAt(i) - 48) * (6 - i)
  return (11 - (s % 11)) % 10
}
const toKatakana = (s) => s.replace(/[\u3041-\u3096]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0x60))
const fail = (msg) => {
  throw new Error(`gen-local-government-table: ${msg}`)
}

const rows = new Map() // code -> { code, name, kana, pref, sources, variants, ward, parentName, parentKana }
const add = (code, source, fields) => {
  if (!/^\d{6}$/.test(code)) fail(`not a 6-digit code: ${JSON.stringify(code)} (${source})`)
  if (checkDigit(code.slice(0, 5)) !== Number(code[5])) fail(`check digit fails: ${code} (${source})`)
  const row = rows.get(code) ?? { code, sources: 0, variants: [] }
  row.sources |= { localgovjp: 1, prefjp: 2, jp_local_gov: 4 }[source]
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === "") continue
    if (k === "name" && row.name !== undefined && row.name !== v) {
      row.variants.push(v)
      continue
    }
    if (row[k] === undefined) row[k] = v
  }
  rows.set(code, row)
}

const soumu = read("jp_local_gov")
const local = read("localgovjp")
const prefs = read("prefjp")

// Order matters: names from the 総務省-derived list first; kana from localgovjp first.
const kanaOf = new Map(local.map((r) => [r.lgcode, toKatakana(r.citykana.replace(/[ \u3000]/g, ""))]))
for (const r of soumu) {
  add(r.code, "jp_local_gov", {
    name: r.city,
    kana: kanaOf.get(r.code) ?? r.city_kana,
    pref: r.prefecture
  })
}
for (const r of local) {
  const [city, ward] = r.city.split(" ")
  add(r.lgcode, "localgovjp", {
    name: r.city.replace(" ", ""),
    kana: toKatakana(r.citykana.replace(/[ \u3000]/g, "")),
    pref: r.pref,
    ...(ward === undefined ? {} : { ward: true, parentName: city })
  })
}
for (const r of prefs) {
  const code = r.lgcode.padStart(6, "0")
  if (code.slice(0, 2) !== r.pid.padStart(2, "0")) fail(`prefecture code ${code} does not match pid ${r.pid}`)
  add(code, "prefjp", { name: r.pref, kana: toKatakana(r.prefkana), pref: r.pref })
}

const sorted = [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : 1))
const designated = new Set(sorted.filter((r) => r.ward).map((r) => `${r.code.slice(0, 2)}:${r.parentName}`))

// Kinds and ward-relative names.
let lastCity // the latest 政令指定都市 row
const KIND = []
for (const r of sorted) {
  const muni = r.code.slice(2, 5)
  let kind
  if (muni === "000") kind = "p"
  else if (r.ward) kind = "w"
  else if (designated.has(`${r.code.slice(0, 2)}:${r.name}`)) kind = "d"
  else if (r.code.startsWith("13") && r.name.endsWith("区")) kind = "s"
  else kind = { 市: "c", 町: "t", 村: "v" }[r.name.slice(-1)]
  if (kind === undefined) fail(`cannot classify ${r.code} ${r.name}`)
  if (kind === "d") lastCity = r
  if (kind === "w") {
    if (!lastCity || lastCity.code.slice(0, 2) !== r.code.slice(0, 2) || lastCity.name !== r.parentName) {
      fail(`ward ${r.code} ${r.name} does not follow its city`)
    }
    if (!r.name.startsWith(lastCity.name) || !r.kana.startsWith(lastCity.kana)) fail(`ward ${r.code} not prefixed`)
    r.shortName = r.name.slice(lastCity.name.length)
    r.shortKana = r.kana.slice(lastCity.kana.length)
  }
  if (
    r.pref !== sorted.find((p) => p.code === `${r.code.slice(0, 2)}000${checkDigit(`${r.code.slice(0, 2)}000`)}`)?.name
  ) {
    fail(`prefecture name of ${r.code} does not match its prefecture row`)
  }
  KIND.push(kind)
}

// Columns.
let prev = 0
let codes = ""
for (const r of sorted) {
  const base = Number(r.code.slice(0, 5))
  const delta = base - prev
  if (delta <= 0 || delta >= 36 * 36) fail(`delta out of range at ${r.code}`)
  codes += delta.toString(36).padStart(2, "0")
  prev = base
}
const KANA_BASE = 0x23 // katakana U+30A1..U+30F6 -> "#".."x", ー -> "y"
const packKana = (k) => {
  let s = ""
  for (const ch of k) {
    const cp = ch.codePointAt(0)
    if (cp === 0x30fc) s += "y"
    else if (cp >= 0x30a1 && cp <= 0x30f6) s += String.fromCharCode(KANA_BASE + cp - 0x30a1)
    else fail(`unexpected kana character ${ch} in ${k}`)
  }
  return s
}
const names = sorted.map((r) => r.shortName ?? r.name)
const kana = sorted.map((r) => packKana(r.shortKana ?? r.kana ?? ""))
for (const n of names) if (n.includes("|")) fail(`"|" in name ${n}`)
const variants = sorted.flatMap((r) => r.variants.map((v) => `${r.code}=${v}`))

const src = (k) =>
  `//   ${FILES[k].file}: ${FILES[k].repo} @ ${FILES[k].commit} (licence ${FILES[k].licence}), sha256 ${FILES[k].sha256}`
const text = `// generated by scripts/gen-local-government-table.mjs, do not edit
// Union of three third-party copies of the 総務省 全国地方公共団体コード list (none authoritative):
${src("localgovjp")}
${src("prefjp")}
${src("jp_local_gov")}
// Column formats: see the header of scripts/gen-local-government-table.mjs.
/* eslint-disable */

/** Number of rows. @internal */
export const COUNT: number = ${sorted.length}
/** 2 base-36 characters per row: delta of the 5-digit code. @internal */
export const CODES: string = ${JSON.stringify(codes)}
/** 1 character per row: p d c s t v w. @internal */
export const KINDS: string = ${JSON.stringify(KIND.join(""))}
/** 1 digit per row: bit set 1 localgovjp, 2 prefjp, 4 jp_local_gov. @internal */
export const SOURCES: string = ${JSON.stringify(sorted.map((r) => String(r.sources)).join(""))}
/** "|"-separated names; wards without their city's name. @internal */
export const NAMES: string = ${JSON.stringify(names.join("|"))}
/** "|"-separated packed katakana; first character code of the packing. @internal */
export const KANA_BASE: number = ${KANA_BASE}
/** @internal */
export const KANA: string = ${JSON.stringify(kana.join("|"))}
/** "|"-separated "code=spelling" pairs of other spellings found in the sources. @internal */
export const VARIANTS: string = ${JSON.stringify(variants.join("|"))}
`

if (check) {
  const current = existsSync(out) ? readFileSync(out, "utf8") : ""
  if (current !== text) {
    console.error(`gen-local-government-table: ${out} is out of date; run node scripts/gen-local-government-table.mjs`)
    process.exit(1)
  }
  console.log(`gen-local-government-table: up to date (${sorted.length} codes).`)
} else {
  writeFileSync(out, text)
  console.log(`gen-local-government-table: wrote ${sorted.length} codes, ${Buffer.byteLength(text)} bytes to ${out}`)
}
