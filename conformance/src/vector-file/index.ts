/**
 * The types of a conformance vector file, written after its JSON Schema
 * (`conformance/schema/vector-file.schema.json`): the one declaration every
 * runner and test in the repository uses. A leaf module with no imports, so a
 * package's own tests can use it without depending on the reference runner.
 *
 * **When to use**
 *
 * Type the result of `JSON.parse` of a vector file. `When` narrows the free
 * `when` object of the cases (the schema only says "an object") and `Value`
 * the free `expect.value` of accepting cases, for one kind of file.
 *
 * **Details**
 *
 * Every property of the schema is here, with the same name and the same
 * required/optional split; `conformance/schema.test.ts` checks that the two
 * stay in step. The types describe a file that validates; they do not
 * validate it (use the schema with a JSON Schema validator for that).
 *
 * **Example** (Typing a function-kind vector file)
 *
 * ```ts
 * import type { VectorFile } from "@juki/conformance/vector-file"
 *
 * const file: VectorFile<{ readonly function: string; readonly args: ReadonlyArray<unknown> }> = {
 *   subject: "Wareki",
 *   kind: "function",
 *   description: "和暦の解析",
 *   cases: [
 *     {
 *       description: "令和元年5月1日",
 *       basis: ["元号法"],
 *       given: null,
 *       when: { function: "parse", args: ["令和元年5月1日"] },
 *       expect: { accepted: true, value: "2019-05-01" }
 *     }
 *   ]
 * }
 * file.cases[0]?.when.function // => "parse"
 * ```
 *
 * @since 0.1.0
 * @module
 */

/**
 * The kinds of vector file, one adapter each in the runner (`kind` in the schema).
 *
 * @category models
 * @since 0.1.0
 */
export type VectorKind = "identifier" | "function" | "records" | "retention" | "certificates" | "store"

/**
 * One rule id with its severity, as vectors name them.
 *
 * @category models
 * @since 0.1.0
 */
export interface RuleRef {
  readonly rule: string
  readonly severity: "error" | "alert"
}

/**
 * What a case expects: acceptance (with the canonical value, when the case
 * gives one) or rejection with the rule ids the implementation must report
 * (all of them and no others when `exhaustive`).
 *
 * @category models
 * @since 0.1.0
 */
export type Expectation<Value = unknown> =
  | { readonly accepted: true; readonly value?: Value }
  | { readonly accepted: false; readonly errors: ReadonlyArray<RuleRef>; readonly exhaustive?: boolean }

/**
 * One case of a vector file.
 *
 * @category models
 * @since 0.1.0
 */
export interface VectorCase<When = Readonly<Record<string, unknown>>, Value = unknown> {
  readonly description: string
  /** Legal or library basis, at least one. */
  readonly basis: ReadonlyArray<string>
  readonly given: unknown
  readonly when: When
  readonly expect: Expectation<Value>
  /** Rule ids an accepting case exercises (rejecting cases name theirs in `expect.errors`). */
  readonly rules?: ReadonlyArray<string>
  readonly optional?: boolean
  readonly comment?: string
}

/**
 * A vector file.
 *
 * @category models
 * @since 0.1.0
 */
export interface VectorFile<When = Readonly<Record<string, unknown>>, Value = unknown> {
  readonly $schema?: string
  readonly subject: string
  readonly kind: VectorKind
  readonly description: string
  readonly optional?: boolean
  /** Rule ids this file covers; accepting cases count towards these unless a case names its own. */
  readonly rules?: ReadonlyArray<string>
  readonly cases: ReadonlyArray<VectorCase<When, Value>>
}
