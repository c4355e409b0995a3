// require() from CommonJS (Node >= 20.19 loads ES modules with require).
const { MyNumber } = require("@juki/mynumber")
const { LocalGovernmentCode } = require("@juki/core")
const names = ["@juki/core", "@juki/mynumber", "@juki/records", "@juki/retention", "@juki/formats", "@juki/conformance", "@juki/cli"]
for (const n of names) if (Object.keys(require(n)).length === 0) throw new Error(`require(${n}) is empty`)
if (!MyNumber.isValid("123456789018") || MyNumber.isValid("123456789019")) throw new Error("require: MyNumber.isValid")
if (!LocalGovernmentCode.isValid("271004")) throw new Error("require: LocalGovernmentCode.isValid")
console.log(`ok require() of ${names.length} packages from CommonJS on Node ${process.versions.node}`)
