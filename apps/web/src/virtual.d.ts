declare module "virtual:vectors" {
  import type { LoadedFile } from "@juki/conformance"
  /** A bundled vector file with the SHA-256 and size of its bytes, as `juki audit` reports them. */
  type HashedFile = LoadedFile & { readonly sha256: string; readonly bytes: number }
  const vectors: { readonly required: ReadonlyArray<HashedFile>; readonly optional: ReadonlyArray<HashedFile> }
  export default vectors
}

declare module "virtual:vector-schema" {
  import type { SchemaValidator } from "@juki/cli"
  /** The vector-file JSON Schema, compiled at build time (Ajv standalone, the options of `juki audit`). */
  const validate: SchemaValidator
  export default validate
}
