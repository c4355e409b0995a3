import { readFileSync } from "node:fs"
import { project, renderText } from "@juki/certificates"
import { Registry } from "@juki/records"
import { Result } from "effect"

const json = JSON.parse(readFileSync(new URL("../src/test-utils/registry.json", import.meta.url), "utf8"))
const registry = Registry.fromJSON(json)
if (Result.isFailure(registry)) throw new Error("registry")

// 1. The 世帯主 asks for the 住民票の写し of the whole 世帯, with 世帯主・続柄: everything else optional is 省略.
const ok = project(registry.success, {
  kind: "juminhyo",
  requester: { kind: "self", atenaNumber: "0000000019" },
  channel: "counter",
  persons: { household: "8000000010" },
  form: "household",
  items: ["head-and-relationship"],
  history: "latest",
  date: "2025-04-01"
})
if (Result.isSuccess(ok)) console.log(renderText(ok.success).split("\n").slice(0, 12).join("\n"))

// 2. A 第三者 asks for 個人番号 through コンビニ交付: every violation, with its rule id.
const refused = project(registry.success, {
  kind: "juminhyo",
  requester: { kind: "third-party", name: "債権者", purpose: "rights" },
  channel: "convenience-store",
  persons: { atenaNumbers: ["0000000019"] },
  items: ["my-number"],
  date: "2025-04-01"
})
if (Result.isFailure(refused)) for (const e of refused.failure) console.log(e.code, "-", e.messageIn("en"))
