import { MyNumber } from "@juki/mynumber"
import { runVectorFile } from "../test-utils/vectors.js"

runVectorFile("MyNumber", MyNumber)
