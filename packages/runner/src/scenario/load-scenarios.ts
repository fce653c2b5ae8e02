import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Scenario } from './scenario.js';

const schemaUrl = new URL('../../schemas/scenario.schema.json', import.meta.url);
let validator: ReturnType<Ajv['compile']> | undefined;

function validate(value: unknown): string | undefined {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));
  if (validator(value)) return undefined;
  return (validator.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`).join('; ');
}

export type LoadedScenario = { readonly file: string; readonly scenario: Scenario } | { readonly file: string; readonly error: string };

/** Every *.json under a file or directory (sorted), each parsed and validated against the scenario schema. */
export function loadScenarios(target: string): LoadedScenario[] {
  let files: string[];
  try {
    files = statSync(target).isDirectory() ? listJson(target) : [target];
  } catch (error) {
    return [{ file: target, error: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }];
  }
  return files.map((file) => {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      return { file, error: `not valid JSON: ${(error as Error).message}` };
    }
    const problem = validate(value);
    return problem ? { file, error: `does not match the scenario schema: ${problem}` } : { file, scenario: value as Scenario };
  });
}

function listJson(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listJson(join(dir, e.name)) : e.name.endsWith('.json') && !e.name.endsWith('.schema.json') ? [join(dir, e.name)] : []))
    .sort();
}
