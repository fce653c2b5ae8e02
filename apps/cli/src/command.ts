import type { ChildOwner } from './lifecycle/child-owner.js';

export interface CommandContext {
  /** Owns every worker, browser and page the command starts. */
  readonly owner: ChildOwner;
}

/** One `interop <command>`: its arguments in, its exit code out. */
export type Command = (argv: string[], context: CommandContext) => Promise<number>;
