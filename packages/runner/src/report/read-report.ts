import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Report } from './report-json.js';

/** A report that cannot be used: unreadable, not JSON, or not what the schema describes (exit 2). */
export class ReportInputError extends Error {
  override name = 'ReportInputError';
}

/** A report.json larger than this is refused before it is read: bounded memory on hostile input. */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  validator ??= new Ajv({ allErrors: false, strict: false }).compile(
    JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')),
  );
  return validator;
}

/** Checks a parsed value against report.schema.json; throws ReportInputError naming the first problem. */
export function assertReport(value: unknown, where: string): asserts value is Report {
  const check = validate();
  if (check(value)) return;
  const schema = (value as { schema?: unknown } | null)?.schema;
  if (typeof schema === 'string' && schema !== 'interop-report/v2' && schema.startsWith('interop-report/'))
    throw new ReportInputError(`${where} is ${schema.slice(0, 40)}; this version reads interop-report/v2 only (run the matrix again)`);
  const first = check.errors?.[0];
  const at = first?.instancePath || '/';
  throw new ReportInputError(`${where} does not match report.schema.json: ${at.slice(0, 200)} ${first?.message ?? 'is invalid'}`);
}

/** Reads and validates a report: DIR (its report.json) or a report.json file. */
export function readReport(path: string): Report {
  let file = path;
  let text: string;
  try {
    if (statSync(path).isDirectory()) file = join(path, 'report.json');
    const size = statSync(file).size;
    if (size > MAX_REPORT_BYTES) throw new ReportInputError(`${file} is ${size} bytes; reports above ${MAX_REPORT_BYTES} bytes are refused`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof ReportInputError) throw error;
    throw new ReportInputError(`${file} cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ReportInputError(`${file} is not JSON: ${(error as Error).message}`);
  }
  assertReport(parsed, file);
  return parsed;
}
