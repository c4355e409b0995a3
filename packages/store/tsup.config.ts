import { defineConfig } from "tsup"

export default defineConfig({
  entry: { index: "src/index.ts", "conformance/index": "src/conformance/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "node20",
  tsconfig: "tsconfig.json"
})
