/**
 * The argument-parsing helpers every command shares: node:util parseArgs in strict mode with our
 * one-sentence messages, and typed access to option values. Every mistake is a UsageError (exit 2).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

export type Options = NonNullable<ParseArgsConfig['options']>;
export const ARCHIVE: Options = { archive: { type: 'string' } };
export const JSON_FLAG: Options = { json: { type: 'boolean', default: false } };
const HELP: Options = { help: { type: 'boolean', short: 'h', default: false } };

export interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** parseArgs with our error messages; `--help` anywhere turns into the help command. */
export function parseCommand(command: string, argv: string[], options: Options): Parsed | 'help' {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: { ...options, ...HELP }, allowPositionals: true, strict: true });
    if (values['help'] === true) return 'help';
    return { values, positionals };
  } catch (e) {
    throw new UsageError(describeParseError(e, command), command);
  }
}

function describeParseError(e: unknown, command: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: string }).code;
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Unknown option ${option} for "vraagbaak ${command}".`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/argument missing/.test(message)) return `Option ${option} needs a value.`;
    // "--limit -5": parseArgs will not take a value that starts with a dash
    if (/ambiguous/.test(message)) return `Option ${option} needs a value; write ${option}=VALUE for a value that starts with "-".`;
    return `Option ${option} takes no value.`;
  }
  return `${message.replace(/\.$/, '')}.`;
}

/** The string value of option `key`, if given. */
export function str(parsed: Parsed, key: string): string | undefined {
  const v = parsed.values[key];
  return typeof v === 'string' ? v : undefined;
}

/** True when boolean option `key` was given. */
export function bool(parsed: Parsed, key: string): boolean {
  return parsed.values[key] === true;
}

/** The value of option `key`. @throws UsageError when it is missing or blank */
export function required(parsed: Parsed, key: string, command: string, what: string): string {
  const v = str(parsed, key);
  if (v === undefined || v.trim() === '') throw new UsageError(`"vraagbaak ${command}" needs --${key} ${what}.`, command);
  return v;
}

/** The positional arguments. @throws UsageError when there are fewer than `min` or more than `max` */
export function positionalCount(parsed: Parsed, command: string, min: number, max: number, what: string): string[] {
  const p = parsed.positionals;
  if (p.length < min) throw new UsageError(`"vraagbaak ${command}" needs ${what}.`, command);
  if (p.length > max) throw new UsageError(`Unexpected argument "${p[max] ?? ''}" for "vraagbaak ${command}".`, command);
  return p;
}

/** A whole-number option value in [min, max]. @throws UsageError for anything else */
export function integer(value: string | undefined, flag: string, command: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`Option ${flag} must be a whole number from ${min} to ${max}, not "${value}".`, command);
  }
  return n;
}
