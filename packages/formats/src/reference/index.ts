/**
 * juki reference layouts (not official) of the files listed in 別添2 of the
 * 特定個人情報保護評価書 (大阪市): 住民基本台帳ファイル (1), 本人確認情報ファイル
 * (2), 送付先情報ファイル (3) and the 統合宛名 of the 統合基盤システム.
 *
 * **When to use**
 *
 * As ready-made layouts for demos, tests and benchmarks, and as templates for
 * your own: copy one, set the widths of the system you exchange files with,
 * and check it with `validateLayout`.
 *
 * **Details**
 *
 * The item lists and their order come from the 評価書; **every byte width,
 * character class and code list is juki's choice**. The official CS and
 * 住民記録システム layouts are not public, so these layouts are named "juki
 * reference layout (not official)" in their `basis`. The record types
 * (`HonninKakuninJohoRecord` …) are generated from the layouts by
 * `generateTypeScript` and checked against `RecordOf<typeof layout>`.
 *
 * **Gotchas**
 *
 * Do not send files in these layouts to a real CS or 住民記録システム without
 * checking every width against the vendor's specification.
 *
 * **Example**
 *
 * ```ts
 * import { FixedLength, ReferenceLayouts } from "@juki/formats"
 *
 * const codec = FixedLength.make(ReferenceLayouts.HonninKakuninJoho)
 * ```
 *
 * @since 0.1.0
 * @module
 */
export { HonninKakuninJoho } from "./honnin-kakunin-joho.js"
export { JuminKihonDaicho } from "./jumin-kihon-daicho.js"
export { SofusakiJoho } from "./sofusaki-joho.js"
export { TogoAtena } from "./togo-atena.js"
export type { HonninKakuninJohoRecord } from "./generated/honnin-kakunin-joho.js"
export type { JuminKihonDaichoRecord } from "./generated/jumin-kihon-daicho.js"
export type { SofusakiJohoRecord } from "./generated/sofusaki-joho.js"
export type { TogoAtenaRecord } from "./generated/togo-atena.js"
