// MyNumber.isValid (built @juki/mynumber) vs a hand-written charCode loop, over the same 1,000,000 synthetic
// inputs (fixed seed; mix of valid and invalid, canonical and display forms). Target: ratio >= 0.7.
// Run: pnpm build && node bench/run.mjs mynumber   (or: node bench/mynumber.bench.mjs)
import { MyNumber } from "@juki/mynumber"
import { report, time } from "./harness.mjs"

const COUNT = 1_000_000

/** mulberry32: fixed-seed PRNG so every run measures the same inputs. */
const prng = (seed) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const rnd = prng(0x6a756b69)
const digits = (n) => {
  let s = ""
  for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(rnd() * 10))
  return s
}
// Check digit written independently of the package (総務省令第85号 第5条, left-to-right weights).
const W = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
const cd = (base) => {
  let sum = 0
  for (let i = 0; i < 11; i++) sum += (base.charCodeAt(i) - 48) * W[i]
  const r = sum % 11
  return r <= 1 ? 0 : 11 - r
}

/**
 * The reference: one charCode loop over the input. Accepts ASCII digits with ' ' and '-' separators — the same
 * answer as MyNumber.isValid on every input generated below (checked before timing).
 */
const isValidRef = (s) => {
  if (typeof s !== "string") return false
  let count = 0
  let sum = 0
  let last = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 32 || c === 45) continue
    if (c < 48 || c > 57) return false
    if (count < 11) sum += (c - 48) * (count < 5 ? 6 - count : 12 - count)
    else last = c - 48
    if (++count > 12) return false
  }
  if (count !== 12) return false
  const r = sum % 11
  return (r <= 1 ? 0 : 11 - r) === last
}

// 50 % canonical valid, 20 % wrong check digit, 10 % display form (space or hyphen), 10 % wrong length, 10 % non-digit.
const inputs = new Array(COUNT)
for (let i = 0; i < COUNT; i++) {
  const base = digits(11)
  const n = base + String(cd(base))
  const p = rnd()
  if (p < 0.5) inputs[i] = n
  else if (p < 0.7) inputs[i] = base + String((cd(base) + 1 + Math.floor(rnd() * 9)) % 10)
  else if (p < 0.8) {
    const sep = rnd() < 0.5 ? " " : "-"
    inputs[i] = `${n.slice(0, 4)}${sep}${n.slice(4, 8)}${sep}${n.slice(8)}`
  } else if (p < 0.9) inputs[i] = rnd() < 0.5 ? n.slice(0, 11) : n + digits(1)
  else {
    const at = Math.floor(rnd() * 12)
    inputs[i] = n.slice(0, at) + "AOX#"[Math.floor(rnd() * 4)] + n.slice(at + 1)
  }
}

// The comparison is only meaningful if both give the same answers.
let validCount = 0
for (const s of inputs) {
  const a = MyNumber.isValid(s)
  if (a !== isValidRef(s)) {
    console.error(`mynumber bench: subject and reference disagree on an input of length ${s.length}`)
    process.exit(1)
  }
  if (a) validCount++
}

// One loop per function (no shared call site, so neither side pays for the other's type feedback).
let sink = 0
const loopReference = () => {
  let n = 0
  for (let i = 0; i < COUNT; i++) if (isValidRef(inputs[i])) n++
  sink += n
}
const loopSubject = () => {
  let n = 0
  for (let i = 0; i < COUNT; i++) if (MyNumber.isValid(inputs[i])) n++
  sink += n
}
const loopValidate = () => {
  let n = 0
  for (let i = 0; i < COUNT; i++) if (MyNumber.validate(inputs[i])._tag === "Success") n++
  sink += n
}
// Alternate the two and keep each one's best time.
let referenceMs = Infinity
let subjectMs = Infinity
for (let round = 0; round < 3; round++) {
  referenceMs = Math.min(referenceMs, time(loopReference))
  subjectMs = Math.min(subjectMs, time(loopSubject))
}
const ratio = referenceMs / subjectMs
report({
  name: "mynumber.isValid",
  unit: "inputs",
  count: COUNT,
  subjectMs,
  referenceMs,
  subjectLabel: "MyNumber.isValid",
  referenceLabel: "hand-written charCode loop",
  target: ">= 0.7",
  pass: ratio >= 0.7,
  extra: { validFraction: Math.round((validCount / COUNT) * 1000) / 1000 }
})

// For information: the general path (compact with NFKC, check, Result) that isValid avoids for ASCII input.
const validateMs = time(loopValidate, 3)
report({
  name: "mynumber.validate",
  unit: "inputs",
  count: COUNT,
  subjectMs: validateMs,
  referenceMs,
  subjectLabel: "MyNumber.validate (Result)",
  referenceLabel: "hand-written charCode loop",
  target: "information only (validate compacts and allocates a Result)"
})
if (sink < 0) console.log(sink)
