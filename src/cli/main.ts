/**
 * The `netstudio` command: the same engine as the app, headless, for scripts and CI.
 * Each command lives in commands/ and returns its output and exit code; this file wires
 * them to commander and turns every unexpected failure into a one-line message.
 */
import { Command, CommanderError } from 'commander';
import { EXIT, type CommandResult } from './exit.ts';
import { registerValidate } from './commands/validate.ts';
import { registerEstimate } from './commands/estimate.ts';
import { registerSimulate } from './commands/simulate.ts';
import { registerDiff } from './commands/diff.ts';
import { registerExport } from './commands/export.ts';

type Register = (program: Command, done: (r: Promise<CommandResult>) => void) => void;

/** Commands register here; each module adds one subcommand. */
const COMMANDS: Register[] = [registerValidate, registerEstimate, registerSimulate, registerDiff, registerExport];

export async function main(argv: string[], register: Register[] = COMMANDS): Promise<number> {
  let pending: Promise<CommandResult> | undefined;
  const program = new Command('netstudio')
    .description('NetStudio: design, estimate, simulate and export multi-region networks')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: (s) => process.stdout.write(s) })
    .showHelpAfterError('(run netstudio --help for usage)');
  for (const r of register) r(program, (p) => (pending = p));
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    process.stderr.write(`netstudio: ${(err as Error).message}\n`);
    return EXIT.badInput;
  }
  if (!pending) {
    program.outputHelp();
    return EXIT.badInput;
  }
  try {
    const result = await pending;
    if (result.stdout) process.stdout.write(result.stdout);
    if (result.stderr) process.stderr.write(result.stderr);
    return result.code;
  } catch (err) {
    process.stderr.write(`netstudio: internal error: ${(err as Error).message}\n`);
    return EXIT.badInput;
  }
}
