/**
 * The command table of `juki`, in the order the help lists them. Adding a
 * command: write `commands/<name>.ts` exporting a `CommandSpec`, add it here.
 *
 * @since 0.2.0
 * @module
 */
import type { CommandSpec } from "../cli/command.js"
import { auditCommand } from "./audit.js"
import { certificateCommand } from "./certificate.js"
import { demoCommand } from "./demo.js"
import { genCommand } from "./gen.js"
import { inboundCommand } from "./inbound.js"
import { layoutsCommand } from "./layouts.js"
import { reconcileCommand } from "./reconcile.js"
import { statsCommand } from "./stats.js"
import { registryCommand } from "./registry.js"
import { retentionCommand } from "./retention.js"
import { validateCommand } from "./validate.js"

/**
 * Every command, in help order.
 *
 * @category commands
 * @since 0.2.0
 */
export const commands: ReadonlyArray<CommandSpec> = [
  validateCommand,
  auditCommand,
  genCommand,
  retentionCommand,
  reconcileCommand,
  statsCommand,
  inboundCommand,
  certificateCommand,
  demoCommand,
  layoutsCommand,
  registryCommand
]
