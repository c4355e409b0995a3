import { Registry } from "@juki/records"
import * as MemoryStore from "./index.js"
import { runnerOf, storeSuite } from "../test-utils/suite.js"

storeSuite(
  "in-memory registry",
  runnerOf(() => MemoryStore.layer(Registry.empty("131016")))
)
