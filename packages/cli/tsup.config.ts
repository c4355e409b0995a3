import { defineConfig } from "tsup"

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts"],
  format: ["esm"],
  dts: { entry: ["src/index.ts"] },
  sourcemap: true,
  clean: true,
  treeshake: true,
  splitting: true,
  target: "node20",
  tsconfig: "tsconfig.json"
})
