import * as Wareki from "./index.js"
import { runVectors } from "./test-utils/vectors.js"

runVectors("vectors/core/Wareki.json", Wareki, Wareki.rules)
runVectors("optional/core/WarekiOptions.json", Wareki, undefined)
