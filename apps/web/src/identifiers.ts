/**
 * The "check an identifier" view: the identifier modules' own `validate`
 * (the same the conformance vectors run), with the failing rule, its
 * messages and its legal basis (UNVERIFIED bases marked). Values are only
 * shown masked.
 *
 * @since 0.1.0
 * @module
 */
import {
  AtenaNumber,
  HouseholdNumber,
  type JukiError,
  type LegalBasis,
  LocalGovernmentCode,
  maskPreview,
  PostalCode,
  ResidenceCardNumber,
  ResidentCode,
  type RuleDefinition,
  SpecialPermanentResidentCertificateNumber
} from "@juki/core"
import { CorporateNumber, MyNumber } from "@juki/mynumber"
import { Result } from "effect"
import { h, onLang } from "./dom.js"
import { lang, t } from "./i18n.js"

interface IdentifierModule {
  readonly label: { readonly ja: string; readonly en: string }
  readonly validate: (input: unknown, options?: never) => Result.Result<unknown, JukiError>
  readonly rules: ReadonlyArray<RuleDefinition>
  readonly defaults?: unknown
}

/** Every identifier module, by subject name (as conformance vectors name them). */
export const identifierModules: ReadonlyArray<readonly [string, IdentifierModule]> = [
  ["MyNumber", MyNumber as unknown as IdentifierModule],
  ["CorporateNumber", CorporateNumber as unknown as IdentifierModule],
  ["LocalGovernmentCode", LocalGovernmentCode as unknown as IdentifierModule],
  ["ResidentCode", ResidentCode as unknown as IdentifierModule],
  ["AtenaNumber", AtenaNumber as unknown as IdentifierModule],
  ["HouseholdNumber", HouseholdNumber as unknown as IdentifierModule],
  ["ResidenceCardNumber", ResidenceCardNumber as unknown as IdentifierModule],
  [
    "SpecialPermanentResidentCertificateNumber",
    SpecialPermanentResidentCertificateNumber as unknown as IdentifierModule
  ],
  ["PostalCode", PostalCode as unknown as IdentifierModule]
]

const basisList = (basis: ReadonlyArray<LegalBasis>): HTMLElement =>
  h(
    "ul",
    { class: "basis" },
    basis.map((b) =>
      h(
        "li",
        {},
        h("span", {}, b.cite),
        " ",
        h("span", { class: b.verified ? "tag ok" : "tag unv" }, b.verified ? t("verified") : t("unverified")),
        b.note ? h("span", { class: "note" }, ` — ${b.note}`) : null
      )
    )
  )

export const identifiersView = (): HTMLElement => {
  const kind = h(
    "select",
    { id: "i-kind" },
    identifierModules.map(([name, m]) => h("option", { value: name }, `${m.label.ja} / ${m.label.en}`))
  ) as HTMLSelectElement
  const input = h("input", {
    id: "i-input",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    inputmode: "text"
  }) as HTMLInputElement
  const options = h("input", {
    id: "i-options",
    type: "text",
    autocomplete: "off",
    spellcheck: "false",
    placeholder: "{}"
  }) as HTMLInputElement
  const defaults = h("span", { class: "note", id: "i-defaults" })
  const check = h("button", { id: "i-check", class: "primary", type: "button", i18n: "check" }) as HTMLButtonElement
  const result = h("div", { id: "i-result", role: "status", "aria-live": "polite" })
  const rules = h("div", { id: "i-rules" })

  const module = (): IdentifierModule => (identifierModules.find(([n]) => n === kind.value) ?? identifierModules[0]!)[1]

  const renderRules = (): void => {
    const m = module()
    const l = lang()
    defaults.textContent = m.defaults !== undefined ? `${t("defaults")}: ${JSON.stringify(m.defaults)}` : ""
    rules.replaceChildren(
      h(
        "table",
        {},
        h("caption", {}, t("rulesOf", m.label[l])),
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", { scope: "col" }, t("colRule")),
            h("th", { scope: "col" }, t("colTitle")),
            h("th", { scope: "col" }, t("colBasis"))
          )
        ),
        h(
          "tbody",
          {},
          m.rules.map((r) =>
            h("tr", {}, h("td", {}, h("code", {}, r.id)), h("td", {}, r.title[l]), h("td", {}, basisList(r.basis)))
          )
        )
      )
    )
  }

  let last: { valid: boolean; error?: JukiError; masked: string; optionsError?: string } | undefined
  const renderResult = (): void => {
    if (!last) {
      result.replaceChildren()
      return
    }
    const l = lang()
    if (last.optionsError) {
      result.replaceChildren(
        h("p", { class: "verdict ng", "data-verdict": "options-error" }, `${t("badOptions")}: ${last.optionsError}`)
      )
      return
    }
    if (last.valid) {
      result.replaceChildren(
        h("p", { class: "verdict ok", "data-verdict": "valid" }, `✓ ${t("valid")} `, h("code", {}, last.masked))
      )
      return
    }
    const e = last.error!
    result.replaceChildren(
      h(
        "p",
        { class: "verdict ng", "data-verdict": "invalid", "data-rule": e.code },
        `✗ ${t("invalid")} `,
        h("code", {}, last.masked)
      ),
      h(
        "dl",
        { class: "facts" },
        h("dt", {}, t("colRule")),
        h("dd", {}, h("code", { id: "i-rule" }, e.code), ` (${e.severity})`),
        h("dt", {}, t("colTitle")),
        h("dd", {}, e.rule.title[l]),
        h("dt", {}, "日本語"),
        h("dd", { id: "i-message-ja" }, e.messageIn("ja")),
        h("dt", {}, "English"),
        h("dd", { id: "i-message-en" }, e.messageIn("en")),
        h("dt", {}, t("colBasis")),
        h("dd", {}, basisList(e.rule.basis))
      )
    )
  }

  const run = (): void => {
    let opts: unknown
    try {
      opts = options.value.trim() ? JSON.parse(options.value) : undefined
      if (opts !== undefined && (typeof opts !== "object" || opts === null || Array.isArray(opts)))
        throw new Error("{ … }")
    } catch (e) {
      last = { valid: false, masked: "", optionsError: e instanceof Error ? e.message : String(e) }
      renderResult()
      return
    }
    const r = module().validate(input.value, opts as never)
    const masked = maskPreview(input.value)
    last = Result.isSuccess(r) ? { valid: true, masked } : { valid: false, error: r.failure, masked }
    renderResult()
  }
  check.addEventListener("click", run)
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter") run()
  })
  kind.addEventListener("change", () => {
    last = undefined
    renderResult()
    renderRules()
  })
  onLang(() => {
    renderRules()
    renderResult()
  })
  renderRules()

  return h(
    "section",
    { id: "view-identifiers", class: "view", "aria-labelledby": "tab-identifiers", hidden: true },
    h("h2", { i18n: "identifiersTitle" }),
    h("p", { class: "lead", i18n: "identifiersLead" }),
    h(
      "div",
      { class: "grid" },
      h("div", { class: "field" }, h("label", { for: "i-kind", i18n: "identifierKind" }), kind),
      h("div", { class: "field wide" }, h("label", { for: "i-input", i18n: "identifierValue" }), input),
      h("div", { class: "field wide" }, h("label", { for: "i-options", i18n: "identifierOptions" }), options, defaults)
    ),
    h("div", { class: "actions" }, check),
    result,
    rules
  )
}
