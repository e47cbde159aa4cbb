/**
 * @module node:util's parseArgs, with its errors (unknown option, missing value…) turned into UsageErrors that
 * say where, what was expected, what was found and what to do.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { suggest } from '../contract/didYouMean.js';
import { UsageError } from './io.js';
import { commandsTaking } from './commandOptions.js';

type Config = ParseArgsConfig & { readonly options: NonNullable<ParseArgsConfig['options']> };

/**
 * Parses a command's arguments, or throws a UsageError naming the option at fault.
 * @example parseCommandLine('schema', { args: ['--entty', 'X'], options: { entity: { type: 'string' } } })
 * // throws: unknown option --entty … hint: did you mean "--entity"?
 */
export function parseCommandLine<T extends Config>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw argumentError(command, error as Error & { code?: string }, config.options);
  }
}

/**
 * How an option is written: `--rows`; a one-letter option (`sample`'s `-n`) is its short form, since parseArgs
 * needs a long name for it and accepts `--n` only by accident of that.
 */
const spelt = (long: string): string => (long.length === 1 ? `-${long}` : `--${long}`);

function argumentError(command: string, error: Error & { code?: string }, options: Config['options']): Error {
  if (!error.code?.startsWith('ERR_PARSE_ARGS')) return error;
  const names = Object.entries(options).flatMap(([long, o]) => [
    spelt(long),
    ...(o.short && o.short !== long ? [`-${o.short}`] : []),
  ]);
  const help = `run "fixtura ${command} --help" for its options`;
  // parseArgs names the option in quotes: Unknown option '--bogus', Option '-n, --rows <value>' argument missing.
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const last =
    quoted
      .replace(/ <value>$/, '')
      .split(', ')
      .at(-1) ?? quoted;
  const long = Object.entries(options).find(([l, o]) => `--${l}` === last || `-${o.short}` === last)?.[0];
  // As the user wrote it (`-n` stays `-n`), except parseArgs's `--n` for a one-letter long name.
  const option = long !== undefined && last === `--${long}` ? spelt(long) : last;
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // `sample x --rows 5`: an option of another command is named with it, when no option here is a near miss.
    const elsewhere = commandsTaking(option, command);
    const belongs =
      elsewhere.length === 0
        ? help
        : `${option} is an option of ${elsewhere.map((c) => `fixtura ${c}`).join(' and ')}, not of fixtura ${command}; ${help}`;
    return new UsageError(`unknown option ${option}`, {
      where: option,
      expected: `an option of fixtura ${command}: ${Object.keys(options).map(spelt).join(', ')}`,
      found: option,
      hint: suggest(option, names, belongs),
    });
  }
  if (/argument missing/.test(error.message))
    return new UsageError(`${option} needs a value`, {
      where: option,
      expected: `a value after ${option}`,
      found: 'nothing',
      hint: `write the value after the option, e.g. ${spelt(long ?? 'option')} VALUE; ${help}`,
    });
  if (/ambiguous/.test(error.message))
    return new UsageError(`${option} is followed by an argument starting with "-"`, {
      where: option,
      expected: `a value after ${option}`,
      found: 'an argument starting with "-", read as another option',
      hint: `to give a value starting with "-", write ${long?.length === 1 ? `-${long}VALUE` : `--${long ?? 'option'}=VALUE`}`,
    });
  if (/does not take an argument/.test(error.message))
    return new UsageError(`${option} takes no value`, {
      where: option,
      expected: `${option} alone`,
      found: 'a value after "="',
      hint: `write ${option} without "=..."`,
    });
  return new UsageError(error.message.split('\n')[0] ?? error.message, {
    where: option || `fixtura ${command}`,
    expected: `the options of fixtura ${command}`,
    found: error.message.split('\n')[0] ?? error.message,
    hint: help,
  });
}
