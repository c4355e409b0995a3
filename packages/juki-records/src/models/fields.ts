/**
 * The item groups of a 住民票: a leaf module (no imports), read by the
 * 異動事由 table (`Jiyu.info(id).mutable`) and by the rules, so neither
 * `jiyu` nor `models` needs the other for them.
 *
 * @since 0.1.0
 * @module
 */

/**
 * The item groups of a 住民票, the unit in which 異動事由 permissions are
 * stated (`Jiyu.info(id).mutable`).
 *
 * @category models
 * @since 0.1.0
 */
export type FieldGroup =
  | "address"
  | "household"
  | "name"
  | "birth"
  | "sex"
  | "honseki"
  | "residentSince"
  | "residentCode"
  | "myNumber"
  | "formerSurname"
  | "alias"
  | "foreignStatus"
  | "voter"
  | "welfare"
  | "remarks"
  | "system"
  | "managed"

/**
 * Which group each top-level item belongs to. `managed` items (宛名番号,
 * kind, state, 記載/消除事由, 転出先) are set by the state machine only.
 *
 * @category models
 * @since 0.1.0
 */
export const FIELD_GROUPS: Readonly<Record<string, FieldGroup>> = {
  atenaNumber: "managed",
  kind: "managed",
  state: "managed",
  entry: "managed",
  removal: "managed",
  moveOut: "managed",
  householdNumber: "household",
  relationship: "household",
  residentCode: "residentCode",
  myNumber: "myNumber",
  name: "name",
  birthDate: "birth",
  sex: "sex",
  address: "address",
  addressSince: "address",
  previousAddress: "address",
  welfare: "welfare",
  remarks: "remarks",
  system: "system",
  honseki: "honseki",
  residentSince: "residentSince",
  foreignResidentSince: "residentSince",
  formerSurname: "formerSurname",
  voterRegistered: "voter",
  nationality: "foreignStatus",
  status: "foreignStatus",
  oldRegistrationDate: "foreignStatus",
  residenceNotified: "foreignStatus",
  landingPermitMoveIn: "foreignStatus",
  alias: "alias"
}
