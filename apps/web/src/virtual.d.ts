declare module "virtual:vectors" {
  import type { LoadedFile } from "@juki/conformance"
  const vectors: { readonly required: ReadonlyArray<LoadedFile>; readonly optional: ReadonlyArray<LoadedFile> }
  export default vectors
}
