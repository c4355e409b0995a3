/**
 * `store.conflict`: a change that kept meeting concurrent changes and was not
 * committed.
 *
 * **Details**
 *
 * Every commit checks that the store is still at the version its rows were
 * read at (the version is registry-wide, because the 更新順番号 of the effects
 * is). A change whose rows were read before another change committed — to the
 * same person, to another member of the same 世帯, or anywhere — is never
 * committed on those reads: `Apply.applyEvents` reads again and decides again
 * (so the change sees the other one), up to `maxRetries` times, and then
 * rejects it with this rule. Nothing of a rejected change is written.
 *
 * @since 0.1.0
 * @module
 */
import { defineRule } from "@juki/core"

/**
 * A change that kept meeting concurrent changes to the rows it read and was
 * not committed.
 *
 * @category rules
 * @since 0.1.0
 */
export const StoreConflictRule = defineRule({
  id: "store.conflict",
  tag: "RuleViolation",
  severity: "error",
  basis: [
    {
      kind: "library",
      cite: "juki store: optimistic check of the rows read (更新順番号 is registry-wide)",
      verified: true
    }
  ],
  title: { ja: "同時更新の競合", en: "Concurrent change" },
  message: {
    ja: "同じ住民票・世帯への他の異動と競合したため登録しませんでした（{retries}回再試行）。再度処理してください",
    en: "Not committed: it kept conflicting with other changes to the same rows ({retries} retries). Apply it again"
  }
})

/**
 * Every rule of `@juki/store`.
 *
 * @category rules
 * @since 0.1.0
 */
export const rules = [StoreConflictRule] as const
