/**
 * The CLI's messages in Japanese (default) and English.
 *
 * @since 0.1.0
 * @module
 */
import { type Lang, translator } from "@juki/core"

const messages = {
  exitCodes: {
    ja: "終了コード: 0 = 問題なし, 1 = 拒否されたレコード・不合格のケース・誤りのある項目あり, 2 = 使い方または入出力の誤り, 130 = 中断（Ctrl-C）",
    en: "Exit codes: 0 = clean, 1 = records rejected, cases failed or invalid items, 2 = usage or I/O error, 130 = interrupted (Ctrl-C)"
  },
  unknownOption: { ja: "{1} に {0} というオプションはありません。", en: "{1} has no option {0}." },
  didYouMean: { ja: " もしかして: {0}", en: " Did you mean: {0}" },
  optionOfOtherCommand: {
    ja: "{0} は {2} のオプションで、{1} では使えません。",
    en: "{0} is an option of {2}, not of {1}."
  },
  optionNeedsValue: { ja: "{0} には値が必要です（例: {1}）。", en: "{0} needs a value (e.g. {1})." },
  optionTakesNoValue: { ja: "{0} は値をとりません。", en: "{0} takes no value." },
  optionTwice: { ja: "{0} が二度指定されています。", en: "{0} is given twice." },
  badChoice: { ja: "{0} に {1} は指定できません（指定できる値: {2}）。", en: "{0} cannot be {1} (allowed: {2})." },
  tooManyArguments: { ja: "余分な引数があります: {0}", en: "Unexpected argument: {0}" },
  seeGlobalHelp: { ja: "使い方: juki --help", en: "Usage: juki --help" },
  seeHelp: { ja: "使い方: juki {0} --help", en: "Usage: juki {0} --help" },
  internalError: {
    ja: "内部エラー: {0}（juki の不具合です。--debug を付けて再実行し、出力を添えて報告してください）",
    en: "Internal error: {0} (a bug in juki; run again with --debug and report the output)"
  },
  interrupted: { ja: "中断しました（Ctrl-C）: {0} 件を検査済み", en: "Interrupted (Ctrl-C): {0} records checked" },
  isDirectory: { ja: "フォルダです（ファイルを指定してください）: {0}", en: "Is a folder (give a file): {0}" },
  notRegularFile: { ja: "通常のファイルではありません（{1}）: {0}", en: "Not a regular file ({1}): {0}" },
  "kind.fifo": { ja: "名前付きパイプ", en: "named pipe" },
  "kind.device": { ja: "デバイスファイル", en: "device file" },
  "kind.socket": { ja: "ソケット", en: "socket" },
  "kind.other": { ja: "特殊ファイル", en: "special file" },
  "kind.directory": { ja: "フォルダ", en: "folder" },
  "kind.file": { ja: "ファイル", en: "file" },
  fileTooLarge: {
    ja: "ファイルが大きすぎます: {0}（{1} バイト、上限 {2} バイト）",
    en: "File too large: {0} ({1} bytes, limit {2} bytes)"
  },
  cannotRead: { ja: "読み込めません: {0}: {1}", en: "Cannot read {0}: {1}" },
  cannotWrite: { ja: "書き込めません: {0}: {1}", en: "Cannot write {0}: {1}" },
  jsonSyntax: { ja: "JSON の構文誤り: {0} {1} 行 {2} 列", en: "JSON syntax error: {0} line {1} column {2}" },
  layoutNotJson: {
    ja: "レイアウトファイルは JSON のみです（モジュールのレイアウトはライブラリの機能で、CLI では読み込みません）: {0}",
    en: "Layout files are JSON only (module layouts are a library feature; the CLI does not load code): {0}"
  },
  invalidLayout: { ja: "レイアウトの誤り: {0} {1}: {2}", en: "Invalid layout: {0} {1}: {2}" },
  invalidVectors: { ja: "テストベクトルの誤り: {0} {1}: {2}", en: "Invalid vector file: {0} {1}: {2}" },
  noVectorFiles: { ja: "テストベクトル（.json）がありません: {0}", en: "No vector files (.json) in {0}" },
  stdinOnce: { ja: "標準入力（-）は一つのコマンドで一度だけ読めます", en: "Standard input (-) can be read only once" },
  unsupportedEncoding: { ja: "文字コードの誤り: {0}", en: "Encoding error: {0}" },
  invalidItems: {
    ja: "項目の誤り: {0} {1}: JSON ファイルは項目の配列にしてください",
    en: "Invalid items: {0} {1}: a .json file holds an array of items"
  },
  retentionInvalidFlag: {
    ja: "{0} は true / false / 1 / 0 のいずれかで指定してください（値: {1}）",
    en: "{0} must be one of true / false / 1 / 0 (value: {1})"
  },
  retentionJsonSyntax: { ja: "JSON の構文誤り（{0} 列）", en: "JSON syntax error (column {0})" },
  retentionCsvColumns: {
    ja: "CSV の列数が見出しより多い（{0} 列、見出し {1} 列）",
    en: "more CSV cells than header columns ({0} cells, {1} columns)"
  },
  unknownCommand: { ja: "不明なコマンドです: {0}。", en: "Unknown command: {0}." },
  badOption: { ja: "オプションの誤り: {0}", en: "Bad option: {0}" },
  badInteger: {
    ja: "{0} は整数で指定してください（{1} 以上）: {2}",
    en: "{0} must be a whole number (at least {1}): {2}"
  },
  missingArgument: { ja: "{0} を指定してください", en: "Please give {0}" },
  fileNotFound: { ja: "ファイルが見つかりません: {0}", en: "File not found: {0}" },
  unknownLayout: {
    ja: "不明なレイアウトです: {0}（同梱: {1}。ファイルなら .json で指定してください）",
    en: "Unknown layout: {0} (bundled: {1}; a layout file ends in .json)"
  },
  badDate: { ja: "日付は YYYY-MM-DD で指定してください: {0}", en: "Dates are written YYYY-MM-DD: {0}" },
  auditSummary: {
    ja: "適合性テスト: {0} ケース, 合格 {1}, 不合格 {2}（任意 {3}）",
    en: "Conformance: {0} cases, {1} passed, {2} failed ({3} optional)"
  },
  reportWritten: { ja: "報告書: {0}", en: "Report: {0}" },
  caseFailed: { ja: "不合格: {0} — {1}", en: "FAILED: {0} — {1}" },
  validateSummary: {
    ja: "レコード {0} 件: 受理 {1}, 拒否 {2}, 問題 {3} 件",
    en: "{0} records: {1} accepted, {2} rejected, {3} problems"
  },
  retentionSummary: {
    ja: "{0} 件を評価: 保存 {1}, 消去対象 {2}, 移管対象 {3}, 旧規定で期間満了 {4}, 永年 {5}, 誤り {6}",
    en: "{0} items: {1} retained, {2} purge due, {3} archive due, {4} expired under the former rule, {5} kept forever, {6} invalid"
  },
  generated: { ja: "生成しました: {0}", en: "Generated: {0}" },
  wrote: { ja: "出力: {0}", en: "Wrote: {0}" },
  badRegistry: { ja: "{0} は台帳として読めません: {1}", en: "{0} is not a registry: {1}" },
  demoStart: {
    ja: "合成データ（実在の個人情報は含みません）を生成しています…",
    en: "Generating synthetic data (no real personal data)…"
  },
  demoDone: { ja: "デモ完了。監査報告書: {0}", en: "Demo finished. Audit report: {0}" }
} as const

/**
 * A message key.
 *
 * @category models
 * @since 0.1.0
 */
export type MessageKey = keyof typeof messages

/**
 * Renders a message with positional `{0}` arguments.
 *
 * @category formatting
 * @since 0.1.0
 */
export const t: (lang: Lang, key: MessageKey, ...args: ReadonlyArray<string | number>) => string =
  /*#__PURE__*/ translator(messages)
