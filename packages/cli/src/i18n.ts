/**
 * The CLI's messages in Japanese (default) and English.
 *
 * @since 0.1.0
 * @module
 */
import type { Lang } from "@juki/core"

const messages = {
  usage: {
    ja: `使い方: juki <コマンド> [オプション]

コマンド:
  validate <ファイル> --layout <名前|パス>   レコードファイルを検証する（ストリーミング）
  audit [--vectors <ファイル|フォルダ>]        適合性テストを実行し、監査報告書を書く
  gen <レイアウト> --out <フォルダ>           型定義・JSON Schema・Markdown表を生成する
  retention --as-of <日付> <ファイル>          保存期間を評価し、消去計画を出力する
  demo                                      合成データで検証と監査を実演する
  layouts                                   同梱のレイアウトを一覧する

共通オプション:
  --lang ja|en     表示言語（既定: ja）
  --help           この説明を表示する

終了コード: 0 = 問題なし, 1 = 拒否されたレコードまたは失敗したケースあり, 2 = 使い方または入出力の誤り`,
    en: `Usage: juki <command> [options]

Commands:
  validate <file> --layout <name|path>   validate a record file (streaming)
  audit [--vectors <file-or-dir>]        run the conformance suite and write an auditors' report
  gen <layout> --out <dir>               generate types, JSON Schema and a Markdown table
  retention --as-of <date> <file>        evaluate retention and print the purge plan
  demo                                   demonstrate validation and audit on synthetic data
  layouts                                list the bundled layouts

Common options:
  --lang ja|en     language of messages (default: ja)
  --help           show this help

Exit codes: 0 = clean, 1 = records rejected or cases failed, 2 = usage or I/O error`
  },
  unknownCommand: { ja: "不明なコマンドです: {0}", en: "Unknown command: {0}" },
  badOption: { ja: "オプションの誤り: {0}", en: "Bad option: {0}" },
  missingArgument: { ja: "{0} を指定してください", en: "Please give {0}" },
  fileNotFound: { ja: "ファイルが見つかりません: {0}", en: "File not found: {0}" },
  unknownLayout: { ja: "不明なレイアウトです: {0}（同梱: {1}）", en: "Unknown layout: {0} (bundled: {1})" },
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
  demoStart: { ja: "合成データ（実在の個人情報は含みません）を生成しています…", en: "Generating synthetic data (no real personal data)…" },
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
export const t = (lang: Lang, key: MessageKey, ...args: ReadonlyArray<string | number>): string =>
  messages[key][lang].replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ""))
