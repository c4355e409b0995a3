// What a failed validation shows a user: rule id, masked preview and both messages (never the input itself).
import type { JukiError } from "@juki/core"
import { Result } from "effect"

export const problemOf = (validate: (input: unknown) => Result.Result<unknown, JukiError>, input: string) => {
  const r = validate(input)
  if (Result.isSuccess(r)) throw new Error("expected a failure")
  return {
    code: r.failure.code,
    preview: r.failure.preview,
    ja: r.failure.messageIn("ja"),
    en: r.failure.messageIn("en")
  }
}
