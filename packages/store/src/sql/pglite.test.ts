import * as SqlStore from "./index.js"
import { runnerOf, storeSuite } from "../test-utils/suite.js"

storeSuite(
  "PGlite (embedded PostgreSQL)",
  runnerOf(() => SqlStore.layerPglite()),
  { residents: 120, events: 150 }
)
