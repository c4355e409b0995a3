/**
 * Registry dates (標準仕様書 1.1.8) as the records store them: an ISO
 * `YYYY-MM-DD` calendar date, or the written form of a non-calendar or 不詳
 * date that `RegistryDate` of `@juki/core` reads in registry mode
 * ("明治45年7月30日", "令和5年頃", "年月日不詳").
 *
 * @since 0.1.0
 * @internal
 */
import { Calendar, RegistryDate } from "@juki/core"
import { isIso } from "./helpers.js"
import { Result } from "effect"

const FIELD_IDS: Readonly<Record<string, string>> = {
  birthDate: "birthDate",
  residentSince: "residentSince",
  addressSince: "addressSince",
  foreignResidentSince: "foreignResidentSince",
  oldRegistrationDate: "alienRegistrationDate"
}

/**
 * Whether `text` is a valid value of a registry-date item (by item name; an
 * unknown name reads any registry date). ISO calendar dates take a fast path.
 */
// Stryker disable next-line StringLiteral: FIELD_IDS[""] is undefined, which reads as birthDate too
export const isRegistryDate = (text: string, item = "birthDate"): boolean => {
  // Stryker disable next-line ConditionalExpression: a fast path only; RegistryDate reads an ISO date the same way
  if (isIso(text)) return true
  // RegistryDate.parseField never throws (it returns every problem as data).
  return Result.isSuccess(RegistryDate.parseField(FIELD_IDS[item] ?? "birthDate", text))
}

/** The internal ISO day of a registry date (its representative day), or `undefined`. */
// Stryker disable next-line StringLiteral: FIELD_IDS[""] is undefined, which reads as birthDate too
export const registryDay = (text: string, item = "birthDate"): string | undefined => {
  // Stryker disable next-line ConditionalExpression: a fast path only; RegistryDate reads an ISO calendar date as that day
  if (Calendar.isIsoDate(text)) return text
  const r = RegistryDate.parseField(FIELD_IDS[item] ?? "birthDate", text)
  return Result.isSuccess(r) ? RegistryDate.toIsoDate(r.success) : undefined
}
