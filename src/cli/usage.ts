/** The help text: the CLI's own documentation (docs/cli.md has the long form). */
import { PRESET_NAMES } from '../scenario/presets.ts';

export const USAGE = `sagstal: caseload-capacity simulator for Danish children's services

Usage:
  sagstal run <scenario> [options]   simulate a scenario file or a shipped preset
  sagstal presets                    list the shipped presets
  sagstal parameters                 every parameter: unit, default, range, source (Markdown)
  sagstal --help | --version

<scenario> is a path to a scenario JSON file or one of: ${PRESET_NAMES.join(', ')}

Options for run:
  --replications N     independent replications (default: the scenario's, 40)
  --seed S             seed of every random stream (default: the scenario's, 1)
  --set path=value     change one parameter, repeatable; paths as in docs/model.md,
                       e.g. --set advisors.fte=34 --set caseTypes.investigation.arrivalsPerWeek=12
  --workers N          worker threads (default 1); results are identical for any N
  --format json|csv    output format (default json)
  --out FILE           write the result to FILE instead of standard output
  --quiet              no progress bar
  --compare SCENARIO   also run SCENARIO (file or preset) with the same seed and print both,
                       their paired differences, spending per budget year and the payback year

Exit status: 0 on success, 2 when the input is wrong (the message says what and where),
1 on an internal error. Output format: docs/cli.md.`;
