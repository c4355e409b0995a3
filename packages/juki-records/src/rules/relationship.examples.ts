/**
 * Examples of the `records.relationship.*` rules (`./relationship.ts`): at least two accepting
 * and two rejecting cases per rule. They run as example tests
 * (`examples.test.ts`) and are written out as the conformance vectors
 * `conformance/vectors/records/relationship.json` (optional cases in
 * `conformance/optional/records/relationship.json`).
 */
import { household, input, japanese, M } from "../test-utils/fixtures.js"
import { OK, E, NO, ex, type Example, gFamily, hhChange, moveIn } from "../test-utils/example-kit.js"

export const examples: ReadonlyArray<Example> = [
  ex(
    "relationship",
    "records.relationship.vocabulary",
    ["標準仕様書1.1.11"],
    "続柄 子の子 is accepted",
    gFamily(),
    hhChange("子の子"),
    OK
  ),
  ex(
    "relationship",
    "records.relationship.vocabulary",
    ["標準仕様書1.1.11"],
    "転入 as 同居人 is accepted",
    gFamily(),
    moveIn({ records: [input(japanese(9, { householdNumber: household(1), relationship: "同居人" }))], ...M }),
    OK
  ),
  ex(
    "relationship",
    "records.relationship.vocabulary",
    ["標準仕様書1.1.11"],
    "続柄 長男 is rejected (written 子)",
    gFamily(),
    hhChange("長男"),
    NO(E("records.relationship.vocabulary"))
  ),
  ex(
    "relationship",
    "records.relationship.vocabulary",
    ["標準仕様書1.1.11"],
    "続柄 友人 is rejected",
    gFamily(),
    hhChange("友人"),
    NO(E("records.relationship.vocabulary"))
  ),
  ex(
    "relationship",
    "records.relationship.forbidden-term",
    ["標準仕様書1.1.11"],
    "続柄 子の子 (instead of 孫) is accepted",
    gFamily(),
    hhChange("子の子"),
    OK
  ),
  ex(
    "relationship",
    "records.relationship.forbidden-term",
    ["標準仕様書1.1.11"],
    "続柄 父の兄 (instead of おじ) is accepted",
    gFamily(),
    hhChange("父の兄"),
    OK
  ),
  ex(
    "relationship",
    "records.relationship.forbidden-term",
    ["標準仕様書1.1.11"],
    "続柄 孫 is rejected",
    gFamily(),
    hhChange("孫"),
    NO(E("records.relationship.forbidden-term"))
  ),
  ex(
    "relationship",
    "records.relationship.forbidden-term",
    ["標準仕様書1.1.11"],
    "続柄 叔父 is rejected",
    gFamily(),
    hhChange("叔父"),
    NO(E("records.relationship.forbidden-term"))
  ),
  ex(
    "relationship",
    "records.relationship.chain-length",
    ["標準仕様書1.1.11"],
    "続柄 子の子の子の子 (4 links) is accepted",
    gFamily(),
    hhChange("子の子の子の子"),
    OK
  ),
  ex(
    "relationship",
    "records.relationship.chain-length",
    ["標準仕様書1.1.11"],
    "続柄 縁故者 is accepted",
    gFamily(),
    hhChange("縁故者"),
    OK
  ),
  ex(
    "relationship",
    "records.relationship.chain-length",
    ["標準仕様書1.1.11"],
    "続柄 子の子の子の子の子 (5 links) is rejected (write 縁故者)",
    gFamily(),
    hhChange("子の子の子の子の子"),
    NO(E("records.relationship.chain-length"))
  ),
  ex(
    "relationship",
    "records.relationship.chain-length",
    ["標準仕様書1.1.11"],
    "続柄 父の母の兄の子の子 (5 links) is rejected",
    gFamily(),
    hhChange("父の母の兄の子の子"),
    NO(E("records.relationship.chain-length"))
  )
]
