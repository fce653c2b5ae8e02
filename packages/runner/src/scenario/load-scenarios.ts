import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ClientError, type ErrorCode, inputPathKind, jsonDepth, MAX_JSON_DEPTH, readBoundedText } from '@interop/core';
import { Ajv } from 'ajv';
import type { Scenario } from './scenario.js';

const schemaUrl = new URL('../../schemas/scenario.schema.json', import.meta.url);
let validator: ReturnType<Ajv['compile']> | undefined;

/** A scenario file is a few kilobytes; bug scenarios with whole dumps stay well under this. */
export const MAX_SCENARIO_BYTES = 4 * 1024 * 1024;
/** A directory of scenarios is walked this deep and this wide at most (a link loop or a huge tree is refused, not followed). */
export const MAX_SCENARIO_DEPTH = 16;
export const MAX_SCENARIO_FILES = 10_000;

function validate(value: unknown): string | undefined {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));
  if (validator(value)) return undefined;
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ');
}

export type LoadedScenario =
  | { readonly file: string; readonly scenario: Scenario }
  | { readonly file: string; readonly error: string; readonly code?: ErrorCode };

/**
 * Every *.json under a file or directory (sorted), each read through core's bounded reader,
 * parsed and validated against the scenario schema. The path itself must be a regular file or
 * a directory: anything else (a FIFO, a device, a missing path) throws its ClientError.
 */
export async function loadScenarios(target: string): Promise<LoadedScenario[]> {
  const kind = await inputPathKind(target, 'scenario path');
  const files = kind === 'directory' ? await listJson(target) : [target];
  const loaded: LoadedScenario[] = [];
  for (const file of files) loaded.push(await loadOne(file));
  return loaded;
}

async function loadOne(file: string): Promise<LoadedScenario> {
  let text: string;
  try {
    text = await readBoundedText(file, { what: 'scenario file', maxBytes: MAX_SCENARIO_BYTES });
  } catch (error) {
    if (error instanceof ClientError) return { file, error: `${error.code}: ${error.message}`, code: error.code };
    throw error;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { file, error: `E_JSON_MALFORMED: not valid JSON: ${(error as Error).message}`, code: 'E_JSON_MALFORMED' };
  }
  // Schema validation recurses: a hostile nesting depth is refused before it gets there.
  if (jsonDepth(value) > MAX_JSON_DEPTH) return { file, error: `E_JSON_MALFORMED: nested more than ${MAX_JSON_DEPTH} levels deep`, code: 'E_JSON_MALFORMED' };
  const problem = validate(value);
  return problem
    ? { file, error: `E_JSON_MALFORMED: does not match the scenario schema: ${problem}`, code: 'E_JSON_MALFORMED' }
    : { file, scenario: value as Scenario };
}

async function listJson(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (at: string, depth: number): Promise<void> => {
    if (depth > MAX_SCENARIO_DEPTH) throw new ClientError('E_INPUT_TOO_LARGE', `${at} is nested more than ${MAX_SCENARIO_DEPTH} directories deep`);
    // Dirent types do not follow links: a linked directory is not walked into (no loops).
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) await walk(path, depth + 1);
      else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json')) {
        found.push(path);
        if (found.length > MAX_SCENARIO_FILES) throw new ClientError('E_INPUT_TOO_LARGE', `${dir} holds more than ${MAX_SCENARIO_FILES} scenario files`);
      }
    }
  };
  try {
    await walk(dir, 0);
  } catch (error) {
    if (error instanceof ClientError) throw error;
    throw new ClientError('E_INPUT_UNREADABLE', `cannot list the scenario directory ${dir} (${(error as NodeJS.ErrnoException).code ?? 'unknown'})`);
  }
  return found.sort();
}
