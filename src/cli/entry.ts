/**
 * The command's entry point: bin/sagstal.js imports it (from the sources, or compiled by
 * bin/build-cli.js into bin/compiled/sagstal.js).
 */
import { main } from './main.ts';

// `sagstal run … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
process.exitCode = await main(process.argv.slice(2));
