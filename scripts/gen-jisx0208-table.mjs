#!/usr/bin/env node
// Generates packages/core/src/text/jisx0208-table.ts: the JIS X 0208 table of Shift_JIS, without any dependency.
//
// Source of truth: Node's `new TextDecoder("shift_jis")` (the WHATWG Encoding Standard decoder, i.e. the
// CP932 / Windows-31J mapping of index-jis0208). Every double-byte code of the rows we keep is decoded once.
//
//   JIS X 0208 rows 1-8 and 16-84   lead bytes 0x81-0x9F and 0xE0-0xEA, row 13 (0x8740-0x879C) excluded
//   CP932 extension rows            13 (NEC special characters), 89-92 (NEC-selected IBM extensions,
//                                   0xED40-0xEEFC) and 115-119 (IBM extensions, 0xFA40-0xFC4B)
//
// Rows 85-88, 93-94 are empty; 95-114 (0xF040-0xF9FC) are the user-defined area (外字 area, decoded to
// U+E000-U+E757) and are deliberately left out.
//
// Usage: node scripts/gen-jisx0208-table.mjs          write the table
//        node scripts/gen-jisx0208-table.mjs --check  exit 1 if the committed table is out of date
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const OUT = fileURLToPath(new URL("../packages/core/src/text/jisx0208-table.ts", import.meta.url))
const EMPTY = "\uFFFD"

let decoder
try {
  decoder = new TextDecoder("shift_jis", { fatal: false })
} catch (cause) {
  console.error("TextDecoder('shift_jis') is not available: a full-ICU build of Node is required.", cause)
  process.exit(2)
}

/** The two Shift_JIS bytes of JIS row (1-120) and cell (1-94). */
const sjisBytes = (row, cell) => {
  const lead = row <= 62 ? 0x81 + ((row - 1) >> 1) : 0xe0 + ((row - 63) >> 1)
  const trail = row % 2 === 1 ? cell + 0x3f + (cell >= 64 ? 1 : 0) : cell + 0x9e
  return [lead, trail]
}

/** One row as a string of exactly 94 characters; empty cells are U+FFFD. */
const decodeRow = (row) => {
  let out = ""
  for (let cell = 1; cell <= 94; cell++) {
    const ch = decoder.decode(new Uint8Array(sjisBytes(row, cell)))
    if (Array.from(ch).length !== 1) throw new Error(`row ${row} cell ${cell} decoded to ${JSON.stringify(ch)}`)
    out += ch
  }
  return out
}

const range = (a, b) => Array.from({ length: b - a + 1 }, (_, i) => a + i)
const JIS_ROWS = [...range(1, 8), ...range(16, 84)]
const CP932_ROWS = [13, ...range(89, 92), ...range(115, 119)]

const jis = JIS_ROWS.map((row) => [row, decodeRow(row)])
const cp932 = CP932_ROWS.map((row) => [row, decodeRow(row)])

const count = (rows) => rows.reduce((n, [, s]) => n + Array.from(s).filter((c) => c !== EMPTY).length, 0)

// JIS X 0208:1997: 524 non-kanji (rows 1-8), 2,965 level-1 kanji (16-47), 3,390 level-2 kanji (48-84) = 6,879.
const expect = (what, got, want) => {
  if (got !== want) throw new Error(`${what}: expected ${want}, got ${got}`)
}
expect("graphic characters in rows 1-8, 16-84", count(jis), 6879)
expect("non-kanji rows 1-8", count(jis.filter(([r]) => r <= 8)), 524)
expect("level 1 rows 16-47", count(jis.filter(([r]) => r >= 16 && r <= 47)), 2965)
expect("level 2 rows 48-84", count(jis.filter(([r]) => r >= 48)), 3390)
expect("NEC row 13", count(cp932.filter(([r]) => r === 13)), 83)
expect("NEC-selected IBM rows 89-92", count(cp932.filter(([r]) => r >= 89 && r <= 92)), 374)
expect("IBM rows 115-119", count(cp932.filter(([r]) => r >= 115)), 388)
// Sanity: the kept rows must not decode to ASCII or to the user-defined area.
for (const [row, s] of [...jis, ...cp932]) {
  for (const ch of s) {
    const cp = ch.codePointAt(0)
    if (cp < 0x80 || (cp >= 0xe000 && cp <= 0xf8ff)) throw new Error(`row ${row}: unexpected U+${cp.toString(16)}`)
  }
}

const literal = (s) => JSON.stringify(s).replace(/\uFFFD/g, "\\uFFFD")
const rows = (list) => list.map(([row, s]) => `  [${row}, ${literal(s)}]`).join(",\n")

const source = `// generated, do not edit: node scripts/gen-jisx0208-table.mjs
// Decoded with Node ${process.version} (ICU ${process.versions.icu}) new TextDecoder("shift_jis"), i.e. the WHATWG
// index-jis0208 (CP932 forms: 0x8160 is U+FF5E, 0x817C is U+FF0D). Each row string has exactly 94 UTF-16
// code units, one per cell (cell n at index n - 1); "\\uFFFD" marks an empty cell.

/**
 * JIS X 0208:1997 rows 1-8 (non-kanji) and 16-84 (level 1 and level 2 kanji) as [row, cells]:
 * 6,879 graphic characters.
 *
 * @internal
 */
export const JIS_X_0208_ROWS: ReadonlyArray<readonly [row: number, cells: string]> = [
${rows(jis)}
]

/**
 * The CP932 (Windows-31J) extension rows as [row, cells]: 13 (NEC special characters),
 * 89-92 (NEC-selected IBM extensions) and 115-119 (IBM extensions).
 *
 * @internal
 */
export const CP932_EXTENSION_ROWS: ReadonlyArray<readonly [row: number, cells: string]> = [
${rows(cp932)}
]
`

if (process.argv.includes("--check")) {
  let current = ""
  try {
    current = readFileSync(OUT, "utf8")
  } catch {}
  // The header names the Node version that generated it; compare the rest.
  const body = (s) => s.split("\n").slice(2).join("\n")
  if (body(current) !== body(source)) {
    console.error(`${OUT} is out of date: run node scripts/gen-jisx0208-table.mjs`)
    process.exit(1)
  }
  console.log("jisx0208-table.ts is up to date")
} else {
  writeFileSync(OUT, source)
  console.log(`wrote ${OUT} (${count(jis)} JIS X 0208 characters, ${count(cp932)} CP932 extension cells)`)
}
