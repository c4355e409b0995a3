// Kept for its name: the rule docs of every package, records included, have one generator.
import "./gen-rules-docs.mjs"
