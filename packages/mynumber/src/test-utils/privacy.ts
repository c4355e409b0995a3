// Test-only helpers for the "errors never carry the number" property.
import type { JukiError } from "@juki/core"

/** Every rendering of an error a caller might log. */
export const renderings = (e: JukiError): ReadonlyArray<string> => [
  e.message,
  e.messageIn("ja"),
  e.messageIn("en"),
  String(e),
  `${e}`,
  JSON.stringify(e),
  JSON.stringify(e.toJSON()),
  e.preview ?? ""
]

/** The ASCII digits of an input after NFKC (full-width digits count as digits). */
export const digitsOf = (input: string): string => input.normalize("NFKC").replace(/[^0-9]/g, "")

/** All windows of `size` consecutive characters of `s`. */
export const windows = (s: string, size: number): ReadonlyArray<string> =>
  Array.from({ length: Math.max(0, s.length - size + 1) }, (_, i) => s.slice(i, i + size))

/**
 * The leaks found in the renderings of `e` for `input`: the full digit string, the raw input, or any run of 5
 * consecutive digits of the input (the masked preview shows at most the last 4).
 */
export const leaks = (e: JukiError, input: string): ReadonlyArray<string> => {
  const digits = digitsOf(input)
  const needles = [digits, input, ...windows(digits, 5)].filter((n) => n.length >= 5)
  return renderings(e).flatMap((text) =>
    needles.filter((n) => text.includes(n)).map((n) => `${JSON.stringify(n)} in ${JSON.stringify(text)}`)
  )
}
