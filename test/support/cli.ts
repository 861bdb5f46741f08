/** The CLI in this process, its output collected: for the many checks a child process (≈1.5 s each) would make slow. */
import { main } from '../../src/cli/main.ts';

export interface CliOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

export async function sagstalInProcess(...args: string[]): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) } });
  return { status, stdout, stderr };
}
