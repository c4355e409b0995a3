// The checks that `// =>` comments of doc examples become (see scripts/doctest/extract.ts).
import { Result } from "effect"
import { expect } from "vitest"

const json = (u: unknown): unknown => (u === undefined ? undefined : JSON.parse(JSON.stringify(u)))

const same = (actual: unknown, expected: unknown, partial: boolean, where: string): void => {
  if (partial && typeof expected === "object" && expected !== null) expect(json(actual), where).toMatchObject(expected)
  else expect(actual, where).toEqual(expected)
}

/** `x // => value`: x equals value (deep equality; partial with `…`). */
export const equal = (actual: unknown, expected: () => unknown, partial: boolean, where: string): void =>
  same(actual, expected(), partial, where)

/** `x // => Result.succeed(value)`. */
export const succeed = (actual: unknown, expected: () => unknown, partial: boolean, where: string): void => {
  expect(Result.isResult(actual) && Result.isSuccess(actual), `${where}: a successful Result`).toBe(true)
  same((actual as Result.Success<unknown, unknown>).success, expected(), partial, where)
}

const codesOf = (u: unknown): ReadonlyArray<string> => {
  if (Array.isArray(u)) return u.flatMap(codesOf)
  if (typeof u === "object" && u !== null && "code" in u && typeof u.code === "string") return [u.code]
  return []
}

/** `x // => failure rule.id`: a failed Result (or an error, or a list of errors) carrying the rule id. */
export const failure = (actual: unknown, rule: string, where: string): void => {
  const errors = Result.isResult(actual)
    ? (expect(Result.isFailure(actual), `${where}: a failed Result`).toBe(true),
      (actual as Result.Failure<unknown, unknown>).failure)
    : actual
  expect(codesOf(errors), where).toContain(rule)
}

/** `x // => "…tail"` or `"head…"`: a string that ends (or starts) with the given text. */
export const affix = (actual: unknown, text: string, side: "start" | "end", where: string): void => {
  expect(typeof actual, where).toBe("string")
  if (side === "end")
    expect((actual as string).endsWith(text), `${where}: ends with ${JSON.stringify(text)}`).toBe(true)
  else expect((actual as string).startsWith(text), `${where}: starts with ${JSON.stringify(text)}`).toBe(true)
}
