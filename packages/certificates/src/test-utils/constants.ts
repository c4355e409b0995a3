// Test-only: the optional items as the law lists them (12条5項, 30条の45), written out independently.
export const OPTIONAL_ITEMS_FOR_TEST = [
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
] as const
