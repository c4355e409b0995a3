import { defineConfig } from "tsup"

export default defineConfig({
  entry: { index: "src/index.ts", "node/index": "src/node/index.ts", "node/worker": "src/node/worker.ts" },
  format: ["esm"],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "node20",
  tsconfig: "tsconfig.json"
})
