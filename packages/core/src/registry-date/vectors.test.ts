import * as RegistryDate from "./index.js"
import { runVectors } from "../wareki/test-utils/vectors.js"

runVectors("vectors/core/RegistryDate.json", RegistryDate, RegistryDate.rules)
runVectors("optional/core/RegistryDateOptions.json", RegistryDate, undefined)
