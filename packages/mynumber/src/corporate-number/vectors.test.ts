import { CorporateNumber } from "@juki/mynumber"
import { runVectorFile } from "../test-utils/vectors.js"

runVectorFile("CorporateNumber", CorporateNumber)
