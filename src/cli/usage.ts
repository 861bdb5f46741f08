/** The help text: the CLI's own documentation (docs/cli.md has the long form). */
import { PRESET_NAMES } from '../scenario/presets.ts';

export const USAGE = `sagstal: caseload-capacity simulator for Danish children's services

Usage:
  sagstal run <scenario> [options]   simulate a scenario file or a shipped preset
  sagstal solve <scenario> --target metric<=value [...]
                                     the fewest advisors that meet the targets (or --budget)
  sagstal sensitivity <scenario> [--metric ID]
                                     which uncertain assumptions move a metric, and how much
  sagstal sweep <scenario> --vary path=from:to:step [--vary ...] [--metric ID ...]
                                     a metric over a grid of one or two parameters
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
  --uncertain, -u      draw the uncertain assumptions per replication (any command)

Options for solve (JSON on stdout, one line on stderr):
  --target metric<=value   repeatable; shares may be percents: investigationsLateShare<=10%
  --probability P      required probability of meeting every target (default 0.8)
  --step FTE           candidate step (default 0.5)    --from-week W   added posts from week W (0)
  --max-fte FTE        most FTE to add (default 3x the posts, at least 20)
  --budget DKK         instead: what this much more a year for posts reaches
  --screen N           search with N replications per candidate, then with all of them
                       from the screened answer (faster; the answer is the same search's)

Options for sensitivity and sweep:
  --metric ID          the metric (default childrenLetDownShare); sweep takes several
  --vary path=from:to:step | path=a,b,c   an axis of the sweep (one or two)
  --target, --probability   sweep: probability per cell and the goal-seek frontier

Exit status: 0 on success, 2 when the input is wrong (the message says what and where),
1 on an internal error. Output format: docs/cli.md.`;
