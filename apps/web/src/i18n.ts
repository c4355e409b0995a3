/**
 * The page's texts in Japanese (default) and English.
 *
 * @since 0.1.0
 * @module
 */
import { type Lang, type MessageTable, translator } from "@juki/core"

const messages = {
  appTitle: { ja: "juki — 住民記録ファイルの検証", en: "juki — resident-registry files" },
  appLead: {
    ja: "このページはこのパソコンの中だけで動きます。ファイルはどこにも送信されません（通信はすべて禁止しています）。",
    en: "This page runs only on this computer. Files are never sent anywhere (every connection is forbidden)."
  },
  tabValidate: { ja: "ファイル検証", en: "Validate a file" },
  tabIdentifiers: { ja: "番号・コードの確認", en: "Check an identifier" },
  tabGenerate: { ja: "型・スキーマ生成", en: "Generate" },
  tabAudit: { ja: "適合性監査", en: "Audit" },
  switchLang: { ja: "English", en: "日本語" },
  switchLangLabel: { ja: "表示言語を英語に切り替える", en: "Switch the page to Japanese" },
  offline: { ja: "オフライン・送信なし", en: "Offline · nothing uploaded" },
  // validate
  validateTitle: { ja: "ファイルを検証する", en: "Validate a file" },
  validateLead: {
    ja: "固定長（Shift_JIS/UTF-8）または CSV のファイルを、juki validate と同じ検証器でストリーミング処理します。数 GB のファイルでもメモリは一定です。",
    en: "Streams a fixed-length (Shift_JIS/UTF-8) or CSV file through the same validator as juki validate. Memory stays constant even for files of several GB."
  },
  dropHere: { ja: "ここにファイルをドロップするか、クリックして選択", en: "Drop a file here, or click to choose one" },
  dropHint: {
    ja: "ファイルは読み取るだけで、送信も保存もしません。",
    en: "The file is only read: never sent, never stored."
  },
  layout: { ja: "レイアウト", en: "Layout" },
  userLayoutOption: { ja: "レイアウト JSON を読み込む…", en: "Load a layout JSON…" },
  format: { ja: "形式", en: "Format" },
  formatAuto: { ja: "自動（.csv なら CSV）", en: "Auto (.csv is CSV)" },
  formatFixed: { ja: "固定長", en: "Fixed-length" },
  formatCsv: { ja: "CSV", en: "CSV" },
  encoding: { ja: "文字コード", en: "Encoding" },
  vectorNotJson: {
    ja: "テストベクトルの誤り: {0} は JSON として読めません（{1}）",
    en: "Invalid vector file: {0} is not readable as JSON ({1})"
  },
  encodingLayout: { ja: "レイアウトの指定どおり", en: "As the layout says" },
  lineEnding: { ja: "改行（固定長 CRLF）", en: "Line endings (fixed-length CRLF)" },
  lineEndingLayout: { ja: "レイアウトの指定どおり（既定は crlf）", en: "As the layout says (default crlf)" },
  lineEndingCrlf: { ja: "crlf: CR のない LF は誤り", en: "crlf: a bare LF is an error" },
  lineEndingAny: { ja: "any: LF だけでも可", en: "any: LF alone is accepted" },
  maxProblems: { ja: "保持する問題の上限", en: "Problems kept (max)" },
  policy: { ja: "Shift_JIS の変換方針", en: "Shift_JIS mapping policy" },
  charset: { ja: "文字集合", en: "Character set" },
  decodeForm: { ja: "差異文字の復号形", en: "Decoded form of the differing characters" },
  userDefined: { ja: "外字領域 F040–F9FC", en: "User-defined area F040–F9FC" },
  udError: { ja: "誤りとする", en: "Reject" },
  udPua: { ja: "私用領域に対応づける", en: "Map to the private use area" },
  start: { ja: "検証を開始", en: "Start validation" },
  cancel: { ja: "中止", en: "Cancel" },
  exportJson: { ja: "問題を JSON で保存", en: "Export problems as JSON" },
  exportCsv: { ja: "問題を CSV で保存", en: "Export problems as CSV" },
  chooseFile: { ja: "ファイルを選んでください。", en: "Choose a file first." },
  chooseLayout: { ja: "レイアウト JSON を読み込んでください。", en: "Load a layout JSON first." },
  starting: { ja: "開始しています…", en: "Starting…" },
  progressText: { ja: "{0} / {1} バイト, {2} 件", en: "{0} / {1} bytes, {2} records" },
  doneText: {
    ja: "完了: {0} 件を {1} 秒で検証しました。",
    en: "Done: {0} records validated in {1} s."
  },
  cancelled: { ja: "中止しました。", en: "Cancelled." },
  failed: { ja: "検証できませんでした", en: "Validation failed" },
  records: { ja: "レコード", en: "Records" },
  accepted: { ja: "受理", en: "Accepted" },
  rejected: { ja: "拒否", en: "Rejected" },
  problemCount: { ja: "問題", en: "Problems" },
  byRule: { ja: "規則ごとの件数", en: "Problems per rule" },
  count: { ja: "件数", en: "Count" },
  noProblems: { ja: "問題はありません。", en: "No problems." },
  problemsCaption: {
    ja: "問題の一覧（{0}〜{1} 件目を表示 / 保持 {2} 件 / 全 {3} 件）",
    en: "Problems ({0}–{1} shown; {2} kept of {3})"
  },
  pagePrev: { ja: "前の 100 件", en: "Previous 100" },
  pageNext: { ja: "次の 100 件", en: "Next 100" },
  pagerLabel: { ja: "問題の一覧のページ", en: "Pages of the problem list" },
  colRecord: { ja: "レコード番号", en: "Record" },
  colOffset: { ja: "バイト位置", en: "Byte offset" },
  colField: { ja: "項目", en: "Field" },
  colRule: { ja: "規則 ID", en: "Rule id" },
  colSeverity: { ja: "重大度", en: "Severity" },
  colMessage: { ja: "内容", en: "Message" },
  colPreview: { ja: "値（マスク済み）", en: "Value (masked)" },
  colTitle: { ja: "規則", en: "Rule" },
  colBasis: { ja: "根拠", en: "Basis" },
  sevError: { ja: "誤り", en: "error" },
  sevAlert: { ja: "注意", en: "alert" },
  // identifiers
  identifiersTitle: { ja: "番号・コードを確認する", en: "Check an identifier" },
  identifiersLead: {
    ja: "個人番号・法人番号・地方公共団体コード・住民票コード・宛名番号などを、juki の規則で確認します。誤りの場合は規則 ID と根拠を示します。値はマスクして表示します。",
    en: "Checks a My Number, Corporate Number, local government code, resident record code, atena number and more with juki's rules. A failure shows the rule id and its basis. Values are shown masked."
  },
  identifierKind: { ja: "種類", en: "Kind" },
  identifierValue: { ja: "値", en: "Value" },
  identifierOptions: { ja: "オプション（JSON, 任意）", en: "Options (JSON, optional)" },
  defaults: { ja: "既定値", en: "Defaults" },
  check: { ja: "確認", en: "Check" },
  valid: { ja: "有効です", en: "Valid" },
  invalid: { ja: "無効です", en: "Invalid" },
  badOptions: { ja: "オプションが JSON オブジェクトではありません", en: "The options are not a JSON object" },
  rulesOf: { ja: "{0} の規則と根拠", en: "Rules of {0} and their basis" },
  verified: { ja: "確認済み", en: "verified" },
  unverified: { ja: "未確認", en: "UNVERIFIED" },
  // generate
  generateTitle: {
    ja: "型定義・JSON Schema・Markdown 表を生成する",
    en: "Generate types, JSON Schema and a Markdown table"
  },
  generateLead: {
    ja: "レイアウト JSON を貼り付けるか読み込むと、juki gen と同じ 3 つのファイルを生成します。",
    en: "Paste or load a layout JSON to get the same three files as juki gen."
  },
  pickBundled: { ja: "（同梱のレイアウトを読み込む）", en: "(load a bundled layout)" },
  bundledLayout: { ja: "同梱のレイアウト", en: "Bundled layout" },
  loadLayout: { ja: "レイアウト JSON ファイル", en: "Layout JSON file" },
  layoutJson: { ja: "レイアウト JSON", en: "Layout JSON" },
  generate: { ja: "生成", en: "Generate" },
  generated: { ja: "{0} から 3 ファイルを生成しました。", en: "Generated three files from {0}." },
  badLayout: { ja: "レイアウトに誤りがあります", en: "The layout is invalid" },
  copy: { ja: "コピー", en: "Copy" },
  copied: { ja: "コピーしました", en: "Copied" },
  copyFailed: { ja: "コピーできませんでした", en: "Could not copy" },
  download: { ja: "保存", en: "Download" },
  // audit
  auditTitle: { ja: "適合性監査を実行する", en: "Run the conformance audit" },
  auditLead: {
    ja: "同梱の適合性テストベクトル（または読み込んだベクトルファイル）をこのブラウザで実行し、juki audit と同じ監査報告書を表示します。",
    en: "Runs the bundled conformance vectors (or vector files you load) in this browser and shows the same report as juki audit."
  },
  bundledCount: {
    ja: "同梱: 必須 {0} ファイル, 任意 {1} ファイル",
    en: "Bundled: {0} required files, {1} optional files"
  },
  includeOptional: {
    ja: "任意のケースも含める（--include-optional）",
    en: "Include the optional cases (--include-optional)"
  },
  runBuiltin: { ja: "同梱のベクトルで監査", en: "Audit with the bundled vectors" },
  loadVectors: { ja: "ベクトルファイル", en: "Vector files" },
  runLoaded: { ja: "読み込んだファイルで監査", en: "Audit the loaded files" },
  chooseVectors: { ja: "ベクトルファイルを選んでください。", en: "Choose vector files first." },
  running: { ja: "実行中…", en: "Running…" },
  auditDone: { ja: "{0} ケースを {1} 秒で実行しました。", en: "Ran {0} cases in {1} s." },
  cases: { ja: "ケース", en: "Cases" },
  passed: { ja: "合格", en: "Passed" },
  failedCases: { ja: "不合格", en: "Failed" },
  optionalCases: { ja: "任意", en: "Optional" },
  downloadHtml: { ja: "HTML 報告書を保存", en: "Download HTML report" },
  downloadMd: { ja: "Markdown 報告書を保存", en: "Download Markdown report" },
  downloadJson: { ja: "JSON 報告書を保存", en: "Download JSON report" }
} as const satisfies MessageTable

export type Key = keyof typeof messages

let current: Lang = "ja"

/** The current language. */
export const lang = (): Lang => current

/** Sets the language (call `relabel()` afterwards). */
export const setLang = (l: Lang): void => {
  current = l
}

const tr = translator(messages)

/** A text in the current language, with `{0}`, `{1}` … filled from `args`. */
export const t = (key: Key, ...args: ReadonlyArray<string | number>): string => tr(current, key, ...args)
