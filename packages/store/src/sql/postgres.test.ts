// The store suite against a real PostgreSQL server. `.ci/run` starts a throwaway cluster and sets
// JUKI_TEST_PG_URL; without it (a developer's `pnpm test`) this file has nothing to run against and skips.
import { describe, it } from "vitest"
import * as SqlStore from "./index.js"
import { runnerOf, storeSuite } from "../test-utils/suite.js"

const url = process.env["JUKI_TEST_PG_URL"]

if (url === undefined || url === "") {
  describe.skip("store suite: PostgreSQL server (set JUKI_TEST_PG_URL)", () => {
    it("needs a server", () => undefined)
  })
} else {
  // One database for the suite: every test starts with load(), which empties every table first.
  storeSuite(
    "PostgreSQL server",
    runnerOf(() => SqlStore.layerPg(url)),
    { residents: 300, events: 400 }
  )
}
