import { defineConfig } from "tsup"

export default defineConfig({
  entry: { index: "src/index.ts", "vector-file/index": "src/vector-file/index.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "node20",
  tsconfig: "tsconfig.json"
})
