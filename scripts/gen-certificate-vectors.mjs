// Writes conformance/vectors/certificates/*.json. The expectations come from the oracle below, written from
// 住基法12条, 12条の2, 12条の3, 12条の4, 15条の4 and the コンビニ交付 terms (see docs/certificates.md); it does
// not import @juki/certificates, so a vector can disagree with the implementation.
// Run: node scripts/gen-certificate-vectors.mjs
import { mkdirSync, readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const root = (p) => fileURLToPath(new URL(`../${p}`, import.meta.url))
const registry = JSON.parse(readFileSync(root("packages/certificates/src/test-utils/registry.json"), "utf8"))
const slim = {
  municipality: registry.municipality,
  records: registry.records.filter((r) => ["0000000019", "0000000027", "0000000051"].includes(r.atenaNumber))
}

// ---- the oracle ---------------------------------------------------------------------------------------------
const ORDER = [
  "name",
  "former-surname",
  "alias",
  "birth-date",
  "sex",
  "head-and-relationship",
  "resident-since",
  "address",
  "address-since",
  "filed-on-and-previous-address",
  "history",
  "honseki",
  "nationality",
  "kubun",
  "status-of-residence",
  "period-of-stay",
  "expiry-date",
  "card-number",
  "my-number",
  "resident-code",
  "entry-reason",
  "removal"
]
const FOREIGN_ONLY = [
  "alias",
  "nationality",
  "kubun",
  "status-of-residence",
  "period-of-stay",
  "expiry-date",
  "card-number"
]
const JAPANESE_ONLY = ["former-surname", "honseki"]
const OPTIONAL = [
  "head-and-relationship",
  "honseki",
  "my-number",
  "resident-code",
  "former-surname",
  "alias",
  "status-of-residence",
  "period-of-stay",
  "expiry-date",
  "card-number",
  "kubun"
]
const byAtena = Object.fromEntries(registry.records.map((r) => [r.atenaNumber, r]))
const recorded = (r, item) => {
  switch (item) {
    case "former-surname":
      return r.formerSurname !== undefined
    case "alias":
      return r.alias !== undefined
    case "honseki":
      return r.kind === "japanese"
    case "my-number":
      return r.myNumber !== undefined
    case "resident-code":
      return r.residentCode !== undefined
    case "status-of-residence":
    case "period-of-stay":
    case "expiry-date":
      return r.status?.kubun === "mid-to-long-term"
    case "card-number":
      return r.status?.cardNumber !== undefined || r.status?.certificateNumber !== undefined
    case "kubun":
    case "nationality":
      return r.kind === "foreign"
    default:
      return true
  }
}
/** Item ids printed for one person: base items, asked optional items the person has, history, removal. */
const printed = (atena, request) => {
  const r = byAtena[atena]
  const removedKind = request.kind === "johyo" || request.kind === "johyo-kisai-jiko"
  const out = ORDER.filter((id) => {
    if (FOREIGN_ONLY.includes(id) && r.kind !== "foreign") return false
    if (JAPANESE_ONLY.includes(id) && r.kind !== "japanese") return false
    if (OPTIONAL.includes(id)) return request.items.includes(id) && recorded(r, id)
    if (id === "filed-on-and-previous-address") return request.history !== "latest" && r.previousAddress !== undefined
    if (id === "history") return false // the fixture has no history rows
    if (id === "removal") return removedKind && r.removal !== undefined
    return true
  })
  return { removed: r.state === "removed", printed: out }
}
/** The violations of the channel × requester × item matrix (every rule id the law gives for the case). */
const matrixErrors = (who, channel, item) => {
  const e = []
  const card = who === "self" || who === "household-member"
  if (who === "third-party" || who === "government" || who === "agent") {
    if (channel === "convenience-store") e.push("certificates.convenience.requester")
    if (channel === "wide-area") e.push("certificates.wide-area.requester")
  }
  if (channel === "wide-area" && ["honseki", "former-surname", "alias"].includes(item))
    e.push("certificates.wide-area.item")
  if (channel === "convenience-store" && (item === "my-number" || item === "resident-code"))
    e.push("certificates.convenience.item")
  if ((who === "government" || who === "third-party") && (item === "my-number" || item === "resident-code"))
    e.push("certificates.identifiers.requester")
  if (who === "agent" && (item === "my-number" || item === "resident-code")) e.push("certificates.agent.identifiers")
  void card
  return e
}

// ---- case builders ------------------------------------------------------------------------------------------
const DATE = "2025-04-01"
const requesterFor = (who, atena) =>
  who === "self"
    ? { kind: "self", atenaNumber: atena }
    : who === "household-member"
      ? { kind: "household-member", atenaNumber: atena === "0000000027" ? "0000000019" : atena }
      : who === "agent"
        ? { kind: "agent", principal: atena, name: "代理　人" }
        : who === "government"
          ? { kind: "government", body: "○○県税事務所" }
          : { kind: "third-party", name: "債権者　株式会社", purpose: "rights" }
const personFor = (item) =>
  FOREIGN_ONLY.includes(item) ? "0000000051" : item === "former-surname" ? "0000000027" : "0000000019"
const request = (o) => ({
  kind: "juminhyo",
  channel: "counter",
  form: "individual",
  items: [],
  history: "latest",
  date: DATE,
  ...o
})
const ruleIdsAll = [
  "certificates.convenience.requester",
  "certificates.wide-area.requester",
  "certificates.wide-area.item",
  "certificates.convenience.item",
  "certificates.identifiers.requester",
  "certificates.agent.identifiers"
]
const outcome = (req, errors) => {
  if (errors.length > 0) return { accepted: false, errors: errors.map((rule) => ({ rule, severity: "error" })) }
  const atenas = "household" in req.persons ? [] : req.persons.atenaNumbers
  return { accepted: true, value: atenas.map((a) => printed(a, req)) }
}
const mk = (description, basis, given, req, errors, extra = {}) => {
  const when = { request: req, ...(extra.measures ? { measures: extra.measures } : {}) }
  const expect = extra.value !== undefined ? { accepted: true, value: extra.value } : outcome(req, errors)
  return { description, basis, given, when, expect, ...(expect.accepted && extra.rules ? { rules: extra.rules } : {}) }
}

// ---- matrix: every requester × channel × optional item --------------------------------------------------------
const WHO = ["self", "household-member", "agent", "government", "third-party"]
const CHANNELS = ["counter", "mail", "convenience-store", "wide-area"]
const BASIS_MATRIX = [
  "住民基本台帳法 第12条, 第12条の2, 第12条の3, 第12条の4",
  "証明書コンビニ交付 (J-LIS, UNVERIFIED as law)"
]
const matrix = []
for (const who of WHO)
  for (const channel of CHANNELS)
    for (const item of OPTIONAL) {
      const atena = personFor(item)
      const req = request({
        requester: requesterFor(who, atena),
        channel,
        persons: { atenaNumbers: [atena] },
        items: [item]
      })
      const errors = matrixErrors(who, channel, item)
      const exercised = [
        ...ruleIdsAll,
        ...(who === "third-party" ? ["certificates.third-party.purpose"] : []),
        ...(channel === "wide-area" ? ["certificates.wide-area.kind"] : []),
        ...(channel === "convenience-store" ? ["certificates.convenience.kind"] : [])
      ]
      matrix.push(
        mk(`${who} × ${channel} × ${item}`, BASIS_MATRIX, slim, req, errors, {
          rules: exercised.filter((r) => !errors.includes(r))
        })
      )
    }

// ---- rules: >= 2 accepting and >= 2 rejecting each --------------------------------------------------------------
const G = registry
const self19 = { kind: "self", atenaNumber: "0000000019" }
const rules = []
const add = (...a) => rules.push(mk(...a))
// person.not-recorded
add(
  "a 宛名番号 not in the registry",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019", "0000000999"] } }),
  ["certificates.person.not-recorded"]
)
add(
  "a day before anyone was recorded",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019"] }, date: "2019-01-01" }),
  ["certificates.person.not-recorded"]
)
add(
  "the 世帯 of the requester, on a day it existed",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019", "0000000027"] }, form: "household" }),
  [],
  { rules: ["certificates.person.not-recorded", "certificates.form.mixed-households"] }
)
add(
  "a foreign resident's own record",
  ["住民基本台帳法 第12条第1項", "住民基本台帳法 第30条の45"],
  G,
  request({ requester: { kind: "self", atenaNumber: "0000000051" }, persons: { atenaNumbers: ["0000000051"] } }),
  [],
  { rules: ["certificates.person.not-recorded", "certificates.item.not-an-item"] }
)
// kind.state
add(
  "住民票の写し of a 消除 person (ask a 除票の写し)",
  ["住民基本台帳法 第12条第1項", "UNVERIFIED: 住民基本台帳法 第15条の4"],
  G,
  request({
    requester: { kind: "third-party", name: "債権者", purpose: "rights" },
    persons: { atenaNumbers: ["0000000086"] }
  }),
  ["certificates.kind.state"]
)
add(
  "除票の写し of a 現存者",
  ["UNVERIFIED: 住民基本台帳法 第15条の4"],
  G,
  request({ kind: "johyo", requester: self19, persons: { atenaNumbers: ["0000000019"] } }),
  ["certificates.kind.state"]
)
add(
  "転出証明書 for a person without a 転出届",
  ["UNVERIFIED: 住民基本台帳法施行令 第23条"],
  G,
  request({ kind: "tenshutsu", requester: self19, persons: { atenaNumbers: ["0000000019"] } }),
  ["certificates.kind.state"]
)
add(
  "除票の写し of a 消除 person by a 第三者",
  ["UNVERIFIED: 住民基本台帳法 第15条の4"],
  G,
  request({
    kind: "johyo",
    requester: { kind: "third-party", name: "債権者", purpose: "rights" },
    persons: { atenaNumbers: ["0000000086"] }
  }),
  [],
  { rules: ["certificates.kind.state", "certificates.removed.household-form"] }
)
add(
  "転出証明書 for a 転出予定 member, asked by the 世帯主",
  ["UNVERIFIED: 住民基本台帳法施行令 第23条"],
  G,
  request({ kind: "tenshutsu", requester: self19, persons: { atenaNumbers: ["0000000035"] } }),
  [],
  {
    rules: ["certificates.kind.state", "certificates.kind.requester"],
    // 転出証明書: 世帯主・続柄 and 本籍 are always on it, with the planned 転出 (UNVERIFIED: 令23条 not read)
    value: [
      {
        removed: false,
        printed: [
          "name",
          "birth-date",
          "sex",
          "head-and-relationship",
          "resident-since",
          "address",
          "address-since",
          "honseki",
          "entry-reason",
          "removal"
        ]
      }
    ]
  }
)
// household.outside
add(
  "本人 route for a person of another 世帯",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000051"] } }),
  ["certificates.household.outside"]
)
add(
  "代理人 of a 本人 for a person of another 世帯",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({ requester: { kind: "agent", principal: "0000000051" }, persons: { atenaNumbers: ["0000000019"] } }),
  ["certificates.household.outside"]
)
add(
  "同一世帯員 asks for the 妻",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({
    requester: { kind: "household-member", atenaNumber: "0000000035" },
    persons: { atenaNumbers: ["0000000027"] }
  }),
  [],
  { rules: ["certificates.household.outside"] }
)
add(
  "世帯全員 by the 世帯主",
  ["住民基本台帳法 第12条第1項"],
  G,
  request({ requester: self19, persons: { household: "8000000010" }, form: "household" }),
  [],
  {
    rules: ["certificates.household.outside", "certificates.form.mixed-households"],
    value: ["0000000019", "0000000027", "0000000035"].map((a) => printed(a, request({ items: [] })))
  }
)
// identifiers.requester: the matrix covers it (government/third-party × my-number/resident-code)
// item.not-an-item
add(
  "本籍 of a 外国人住民 (not an item)",
  ["住民基本台帳法 第30条の45"],
  G,
  request({
    requester: { kind: "self", atenaNumber: "0000000051" },
    persons: { atenaNumbers: ["0000000051"] },
    items: ["honseki"]
  }),
  ["certificates.item.not-an-item"]
)
add(
  "在留資格 of a Japanese resident (not an item)",
  ["住民基本台帳法 第30条の45"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019"] }, items: ["status-of-residence"] }),
  ["certificates.item.not-an-item"]
)
add(
  "本籍 of a Japanese resident",
  ["住民基本台帳法 第7条第5号"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019"] }, items: ["honseki"] }),
  [],
  { rules: ["certificates.item.not-an-item"] }
)
// wide-area.kind
add(
  "広域交付 of a 記載事項証明書",
  ["住民基本台帳法 第12条の4第1項"],
  G,
  request({ kind: "kisai-jiko", channel: "wide-area", requester: self19, persons: { atenaNumbers: ["0000000019"] } }),
  ["certificates.wide-area.kind"]
)
add(
  "広域交付 of a 除票の写し",
  ["住民基本台帳法 第12条の4第1項"],
  G,
  request({ kind: "johyo", channel: "wide-area", requester: self19, persons: { atenaNumbers: ["0000000086"] } }),
  ["certificates.wide-area.kind"]
)
add(
  "広域交付 of a 住民票の写し of the 世帯",
  ["住民基本台帳法 第12条の4第1項"],
  G,
  request({
    channel: "wide-area",
    requester: self19,
    persons: { atenaNumbers: ["0000000019", "0000000027"] },
    form: "household"
  }),
  [],
  { rules: ["certificates.wide-area.kind", "certificates.wide-area.requester"] }
)
add(
  "広域交付 of a 住民票の写し, one person",
  ["住民基本台帳法 第12条の4第1項"],
  G,
  request({
    channel: "wide-area",
    requester: { kind: "household-member", atenaNumber: "0000000027" },
    persons: { atenaNumbers: ["0000000019"] }
  }),
  [],
  { rules: ["certificates.wide-area.kind"] }
)
// convenience.kind and convenience.item (history)
add(
  "コンビニ交付 of a 除票の写し",
  ["証明書コンビニ交付 (UNVERIFIED)"],
  G,
  request({
    kind: "johyo",
    channel: "convenience-store",
    requester: self19,
    persons: { atenaNumbers: ["0000000086"] }
  }),
  ["certificates.convenience.kind"]
)
add(
  "コンビニ交付 of a 転出証明書",
  ["証明書コンビニ交付 (UNVERIFIED)"],
  G,
  request({
    kind: "tenshutsu",
    channel: "convenience-store",
    requester: self19,
    persons: { atenaNumbers: ["0000000035"] }
  }),
  ["certificates.convenience.kind"]
)
add(
  "コンビニ交付 of a 記載事項証明書",
  ["証明書コンビニ交付 (UNVERIFIED)"],
  G,
  request({
    kind: "kisai-jiko",
    channel: "convenience-store",
    requester: self19,
    persons: { atenaNumbers: ["0000000019"] }
  }),
  [],
  { rules: ["certificates.convenience.kind"] }
)
add(
  "コンビニ交付 with 異動履歴",
  ["証明書コンビニ交付 (UNVERIFIED)"],
  G,
  request({
    channel: "convenience-store",
    requester: self19,
    persons: { atenaNumbers: ["0000000019"] },
    history: "full"
  }),
  ["certificates.convenience.item"]
)
add(
  "コンビニ交付 with 従前の住所",
  ["証明書コンビニ交付 (UNVERIFIED)"],
  G,
  request({
    channel: "convenience-store",
    requester: self19,
    persons: { atenaNumbers: ["0000000019"] },
    history: "previous-address"
  }),
  [],
  { rules: ["certificates.convenience.kind", "certificates.convenience.item"] }
)
// removed.household-form
add(
  "除票の写し as 世帯連記式",
  ["UNVERIFIED: 住民基本台帳法 第15条の4"],
  G,
  request({ kind: "johyo", form: "household", requester: self19, persons: { atenaNumbers: ["0000000086"] } }),
  ["certificates.removed.household-form"]
)
add(
  "除票記載事項証明書 as 世帯連記式",
  ["UNVERIFIED: 住民基本台帳法 第15条の4"],
  G,
  request({
    kind: "johyo-kisai-jiko",
    form: "household",
    requester: self19,
    persons: { atenaNumbers: ["0000000086"] }
  }),
  ["certificates.removed.household-form"]
)
add(
  "除票の写し of a former member, 個人票",
  ["UNVERIFIED: 住民基本台帳法 第15条の4"],
  G,
  request({ kind: "johyo", requester: self19, persons: { atenaNumbers: ["0000000086"] } }),
  [],
  { rules: ["certificates.removed.household-form", "certificates.household.outside"] }
)
// form.mixed-households
add(
  "世帯連記式 with two 世帯",
  ["住民基本台帳法 第6条第1項"],
  G,
  request({
    form: "household",
    requester: { kind: "third-party", name: "債権者", purpose: "submission" },
    persons: { atenaNumbers: ["0000000019", "0000000051"] }
  }),
  ["certificates.form.mixed-households"]
)
add(
  "世帯連記式 with two 世帯 by 国等",
  ["住民基本台帳法 第6条第1項"],
  G,
  request({
    form: "household",
    requester: { kind: "government", body: "年金事務所" },
    persons: { atenaNumbers: ["0000000051", "0000000027"] }
  }),
  ["certificates.form.mixed-households"]
)
// third-party.purpose
add(
  "第三者 without a purpose",
  ["住民基本台帳法 第12条の3"],
  G,
  request({ requester: { kind: "third-party", name: "債権者" }, persons: { atenaNumbers: ["0000000019"] } }),
  ["certificates.third-party.purpose"]
)
add(
  "第三者 without a purpose asking 本籍",
  ["住民基本台帳法 第12条の3"],
  G,
  request({
    requester: { kind: "third-party", name: "債権者" },
    persons: { atenaNumbers: ["0000000019"] },
    items: ["honseki"]
  }),
  ["certificates.third-party.purpose"]
)
add(
  "特定事務受任者 for its case",
  ["住民基本台帳法 第12条の3第2項"],
  G,
  request({
    requester: { kind: "third-party", name: "弁護士", purpose: "professional" },
    persons: { atenaNumbers: ["0000000019"] }
  }),
  [],
  { rules: ["certificates.third-party.purpose"] }
)
// kind.requester
add(
  "転出証明書 to a 第三者",
  ["UNVERIFIED: 住民基本台帳法施行令 第23条"],
  G,
  request({
    kind: "tenshutsu",
    requester: { kind: "third-party", name: "債権者", purpose: "rights" },
    persons: { atenaNumbers: ["0000000035"] }
  }),
  ["certificates.kind.requester"]
)
add(
  "住民票コード通知書 to a 同一世帯員",
  ["UNVERIFIED: 住民基本台帳法 第30条の3第3項"],
  G,
  request({
    kind: "code-notice",
    requester: { kind: "household-member", atenaNumber: "0000000027" },
    persons: { atenaNumbers: ["0000000019"] }
  }),
  ["certificates.kind.requester"]
)
add(
  "住民票コード通知書 to 本人",
  ["UNVERIFIED: 住民基本台帳法 第30条の3第3項"],
  G,
  request({ kind: "code-notice", requester: self19, persons: { atenaNumbers: ["0000000019"] } }),
  [],
  {
    rules: ["certificates.kind.requester"],
    value: [
      {
        removed: false,
        printed: ["name", "birth-date", "sex", "resident-since", "address", "address-since", "resident-code"]
      }
    ]
  }
)
// support measures
const M = [
  {
    id: "DV-1",
    protected: ["0000000027"],
    offenders: [{ name: "加害　太郎" }, { atenaNumber: "0000000051" }],
    from: "2025-01-01",
    to: "2025-12-31"
  }
]
const SM = ["住民基本台帳事務処理要領 第6-10 (UNVERIFIED: text not read)"]
add(
  "支援措置: the named 加害者 asks as 第三者 for the 世帯",
  SM,
  G,
  request({
    requester: { kind: "third-party", name: "加害 太郎", purpose: "rights" },
    persons: { atenaNumbers: ["0000000019", "0000000027"] }
  }),
  ["certificates.support-measure.offender"],
  { measures: M }
)
add(
  "支援措置: the named 加害者 (a resident) asks as 第三者",
  SM,
  G,
  request({
    requester: { kind: "third-party", name: "SMITH", purpose: "rights", atenaNumber: "0000000051" },
    persons: { atenaNumbers: ["0000000027"] }
  }),
  ["certificates.support-measure.offender"],
  { measures: M }
)
add(
  "支援措置: another 第三者 asks at the counter",
  SM,
  G,
  request({
    requester: { kind: "third-party", name: "債権者", purpose: "rights" },
    persons: { atenaNumbers: ["0000000027"] }
  }),
  [],
  { measures: M, rules: ["certificates.support-measure.offender", "certificates.support-measure.channel"] }
)
add(
  "支援措置: the 加害者 asks after the measure ended",
  SM,
  G,
  request({
    requester: { kind: "third-party", name: "加害太郎", purpose: "rights" },
    persons: { atenaNumbers: ["0000000027"] },
    date: "2026-01-05"
  }),
  [],
  { measures: M, rules: ["certificates.support-measure.offender"] }
)
add(
  "支援措置: the protected person's record through コンビニ交付",
  SM,
  G,
  request({ channel: "convenience-store", requester: self19, persons: { atenaNumbers: ["0000000027"] } }),
  ["certificates.support-measure.channel"],
  { measures: M }
)
add(
  "支援措置: the protected person's record through 広域交付",
  SM,
  G,
  request({
    channel: "wide-area",
    requester: { kind: "self", atenaNumber: "0000000027" },
    persons: { atenaNumbers: ["0000000027"] }
  }),
  ["certificates.support-measure.channel"],
  { measures: M }
)
add(
  "支援措置: the protected person at the counter",
  SM,
  G,
  request({ requester: { kind: "self", atenaNumber: "0000000027" }, persons: { atenaNumbers: ["0000000027"] } }),
  [],
  { measures: M, rules: ["certificates.support-measure.channel"] }
)
// request.shape
add(
  "a request without kind",
  ["@juki/certificates request form"],
  G,
  { requester: self19, channel: "counter", persons: { atenaNumbers: ["0000000019"] }, date: DATE },
  ["certificates.request.shape"]
)
add(
  "a request with an unknown item and a bad date",
  ["@juki/certificates request form"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019"] }, items: ["blood-type"], date: "2025-02-30" }),
  ["certificates.request.shape"]
)
add(
  "a minimal request (defaults: 個人票, no items, latest)",
  ["@juki/certificates request form"],
  G,
  { kind: "juminhyo", requester: self19, channel: "mail", persons: { atenaNumbers: ["0000000019"] }, date: DATE },
  [],
  { rules: ["certificates.request.shape"], value: [printed("0000000019", request({}))] }
)
add(
  "history with 従前の住所",
  ["住民基本台帳法 第7条第8号"],
  G,
  request({ requester: self19, persons: { atenaNumbers: ["0000000019"] }, history: "previous-address" }),
  [],
  { rules: ["certificates.request.shape"] }
)

const write = (name, description, cases) => {
  const file = { subject: name, kind: "certificates", description, cases }
  mkdirSync(root("conformance/vectors/certificates"), { recursive: true })
  writeFileSync(root(`conformance/vectors/certificates/${name}.json`), `${JSON.stringify(file, null, 1)}\n`)
}
write(
  "matrix",
  "Who may get which optional item through which channel: every requester × channel × optional item (住基法12条, 12条の2, 12条の3, 12条の4; コンビニ交付)",
  matrix
)
write("rules", "Every rule of @juki/certificates with accepting and rejecting cases", rules)
console.log(`wrote ${matrix.length} matrix cases and ${rules.length} rule cases`)
