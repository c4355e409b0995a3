/**
 * Reading the files a user names: data, never code. Every read checks what
 * the path is (a folder, a FIFO, a device are refused where a regular file
 * is needed), reads at most a size limit, and parses JSON with the line and
 * column of a syntax error. Every failure is a {@link UsageError}: one line
 * in the user's language naming the file.
 *
 * @since 0.2.0
 * @module
 */
import { closeSync, openSync, readSync, statSync, type Stats } from "node:fs"
import { relative, resolve } from "node:path"
import type { Lang } from "@juki/core"
import { t } from "../i18n.js"
import { UsageError } from "../io.js"

/**
 * Size limits of whole-file reads (streamed inputs have none).
 *
 * @category models
 * @since 0.2.0
 */
export const LIMITS = {
  /** A layout file. */
  layout: 1 << 20,
  /** One vector file. */
  vectors: 16 << 20,
  /** A `.json` array of retention items (JSON Lines and CSV are streamed). */
  items: 64 << 20
} as const

const ERRNO: Readonly<Record<string, { readonly ja: string; readonly en: string }>> = {
  ENOENT: { ja: "見つかりません", en: "not found" },
  EACCES: { ja: "権限がありません", en: "permission denied" },
  EPERM: { ja: "権限がありません", en: "permission denied" },
  EISDIR: { ja: "フォルダです", en: "is a folder" },
  ENOTDIR: { ja: "途中にフォルダでないものがあります", en: "a part of the path is not a folder" },
  EEXIST: { ja: "同名のファイルがあります", en: "already exists" },
  ENOSPC: { ja: "ディスクの空きがありません", en: "no space left on the device" },
  EROFS: { ja: "読み取り専用です", en: "read-only file system" },
  ENAMETOOLONG: { ja: "名前が長すぎます", en: "name too long" },
  ELOOP: { ja: "シンボリックリンクが循環しています", en: "too many symbolic links" },
  EMFILE: { ja: "開いているファイルが多すぎます", en: "too many open files" },
  EIO: { ja: "入出力エラー", en: "I/O error" },
  EPIPE: { ja: "出力先が閉じられました", en: "output closed" },
  EBUSY: { ja: "使用中です", en: "busy" },
  EINVAL: { ja: "不正な引数です", en: "invalid argument" }
}

/**
 * Whether an unknown value is a Node.js system error (`code` like `ENOENT`).
 *
 * @category errors
 * @since 0.2.0
 */
export const isSystemError = (
  e: unknown
): e is { readonly code: string; readonly path?: string; readonly syscall?: string } =>
  typeof e === "object" &&
  e !== null &&
  typeof (e as { code?: unknown }).code === "string" &&
  /^E[A-Z]+$/.test((e as { code: string }).code)

/**
 * One line for a system error: what was done, on which file, and why.
 *
 * @category errors
 * @since 0.2.0
 */
export const describeSystemError = (
  e: { readonly code: string; readonly path?: string; readonly syscall?: string },
  lang: Lang,
  cwd: string,
  fallbackPath?: string,
  writing?: boolean
): string => {
  const why = ERRNO[e.code]?.[lang] ?? e.code
  const path = e.path ?? fallbackPath
  const shown = path === undefined ? "" : displayPath(path, cwd)
  const write = writing ?? (e.syscall !== undefined && /write|mkdir|rename|unlink|copyfile/.test(e.syscall))
  return t(lang, write ? "cannotWrite" : "cannotRead", shown, `${why} (${e.code})`)
}

/**
 * A path as shown to the user: relative to the working folder when inside it.
 *
 * @category formatting
 * @since 0.2.0
 */
export const displayPath = (path: string, cwd: string): string => {
  const r = relative(cwd, resolve(cwd, path))
  return r === "" ? "." : r.startsWith("..") ? resolve(cwd, path) : r
}

/**
 * What a path is.
 *
 * @category models
 * @since 0.2.0
 */
export type PathKind = "file" | "directory" | "fifo" | "device" | "socket" | "other"

const kindOf = (s: Stats): PathKind =>
  s.isFile()
    ? "file"
    : s.isDirectory()
      ? "directory"
      : s.isFIFO()
        ? "fifo"
        : s.isCharacterDevice() || s.isBlockDevice()
          ? "device"
          : s.isSocket()
            ? "socket"
            : "other"

/**
 * Stats a path named by the user; a missing or unreadable path is a
 * {@link UsageError}.
 *
 * @category input
 * @since 0.2.0
 */
export const inspectPath = (
  name: string,
  cwd: string,
  lang: Lang
): { readonly path: string; readonly kind: PathKind; readonly size: number } => {
  const path = resolve(cwd, name)
  let s: Stats
  try {
    s = statSync(path)
  } catch (e) {
    if (isSystemError(e) && (e.code === "ENOENT" || e.code === "ENOTDIR"))
      throw new UsageError(t(lang, "fileNotFound", name))
    throw isSystemError(e) ? new UsageError(describeSystemError(e, lang, cwd, path)) : e
  }
  return { path, kind: kindOf(s), size: s.size }
}

/**
 * Refuses a path that is not a regular file, with a message naming what it is.
 *
 * @category input
 * @since 0.2.0
 */
export const requireRegularFile = (name: string, kind: PathKind, lang: Lang, allowFifo = false): void => {
  if (kind === "file" || (allowFifo && kind === "fifo")) return
  if (kind === "directory") throw new UsageError(t(lang, "isDirectory", name))
  throw new UsageError(t(lang, "notRegularFile", name, t(lang, `kind.${kind}` as "kind.fifo")))
}

/**
 * Reads a whole regular file as UTF-8 text, at most `limit` bytes (a larger
 * file, a folder, a FIFO or a device is refused before anything is read).
 *
 * @category input
 * @since 0.2.0
 */
export const readTextFile = (
  name: string,
  cwd: string,
  lang: Lang,
  limit: number
): { readonly path: string; readonly text: string; readonly bytes: Buffer } => {
  const { path, kind, size } = inspectPath(name, cwd, lang)
  requireRegularFile(name, kind, lang)
  if (size > limit) throw new UsageError(t(lang, "fileTooLarge", name, size, limit))
  let fd: number
  try {
    fd = openSync(path, "r")
  } catch (e) {
    throw isSystemError(e) ? new UsageError(describeSystemError(e, lang, cwd, path)) : e
  }
  try {
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buf = Buffer.alloc(64 * 1024)
      const n = readSync(fd, buf, 0, buf.length, null)
      if (n === 0) break
      total += n
      if (total > limit) throw new UsageError(t(lang, "fileTooLarge", name, total, limit))
      chunks.push(buf.subarray(0, n))
    }
    const bytes = Buffer.concat(chunks)
    return { path, text: bytes.toString("utf8").replace(/^\uFEFF/, ""), bytes }
  } catch (e) {
    throw isSystemError(e) ? new UsageError(describeSystemError(e, lang, cwd, path)) : e
  } finally {
    closeSync(fd)
  }
}

/**
 * Line and column (1-based) of a character offset.
 *
 * @category formatting
 * @since 0.2.0
 */
export const lineColumn = (text: string, offset: number): { readonly line: number; readonly column: number } => {
  let line = 1
  let last = -1
  for (let i = 0; i < Math.min(offset, text.length); i++) if (text.charCodeAt(i) === 10) line++, (last = i)
  return { line, column: offset - last }
}

/**
 * Parses JSON; a syntax error becomes a message with the line and column
 * (never the parser's own text, which quotes the input).
 *
 * @category input
 * @since 0.2.0
 */
export const parseJson = (text: string, name: string, lang: Lang): unknown => {
  try {
    return JSON.parse(text) as unknown
  } catch (e) {
    void e
    const { line, column } = lineColumn(text, jsonErrorOffset(text))
    throw new UsageError(t(lang, "jsonSyntax", name, line, column))
  }
}

/**
 * A JSON pointer (RFC 6901) of a path.
 *
 * @category formatting
 * @since 0.2.0
 */
export const jsonPointer = (path: ReadonlyArray<string | number>): string =>
  path.length === 0 ? "/" : path.map((p) => "/" + String(p).replace(/~/g, "~0").replace(/\//g, "~1")).join("")

/**
 * The offset of the first JSON syntax error in `text` (its length when the
 * text ends too early), found by a small scanner: V8's messages do not always
 * carry a position, and they quote the input.
 *
 * @category input
 * @since 0.2.0
 */
export const jsonErrorOffset = (text: string): number => {
  let i = 0
  const ws = () => {
    while (i < text.length && (text[i] === " " || text[i] === "\t" || text[i] === "\n" || text[i] === "\r")) i++
  }
  const fail = (): never => {
    throw i
  }
  const str = () => {
    i++
    while (i < text.length) {
      const c = text.charCodeAt(i)
      if (c === 34) return void i++
      if (c < 0x20) fail()
      if (c === 92) {
        const n = text[i + 1]
        if (n === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) (i += 2), fail()
          i += 6
        } else if (n !== undefined && '"\\/bfnrt'.includes(n)) i += 2
        else i++, fail()
      } else i++
    }
    fail()
  }
  const num = () => {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 400))
    if (!m || m[0] === "" || m[0] === "-") fail()
    i += (m as RegExpExecArray)[0].length
  }
  const value = (depth: number): void => {
    if (depth > 5000) fail()
    ws()
    const c = text[i]
    if (c === "{") {
      i++
      ws()
      if (text[i] === "}") return void i++
      for (;;) {
        ws()
        if (text[i] !== '"') fail()
        str()
        ws()
        if (text[i] !== ":") fail()
        i++
        value(depth + 1)
        ws()
        if (text[i] === ",") i++
        else if (text[i] === "}") return void i++
        else fail()
      }
    }
    if (c === "[") {
      i++
      ws()
      if (text[i] === "]") return void i++
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ",") i++
        else if (text[i] === "]") return void i++
        else fail()
      }
    }
    if (c === '"') {
      str()
      return
    }
    for (const lit of ["true", "false", "null"]) if (text.startsWith(lit, i)) return void (i += lit.length)
    if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) {
      num()
      return
    }
    fail()
  }
  try {
    value(0)
    ws()
    return Math.min(i, text.length)
  } catch (at) {
    return typeof at === "number" ? Math.min(at, text.length) : 0
  }
}
