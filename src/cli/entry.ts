/** The compiled command's entry point (bin/build-cli.js bundles it to bin/compiled/sagstal.js). */
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2));
