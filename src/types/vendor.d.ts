// seedrandom's Alea generator, imported directly so bundles skip the ARC4 entry point and its
// optional Node `crypto` require.
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';
  const alea: (seed: string) => seedrandom.PRNG;
  export default alea;
}

// The explorer's opening run, computed when the app is built or served (src/app/opening-run.ts).
declare module 'virtual:sagstal/opening-run' {
  import type { Scenario } from '../scenario/types.ts';
  /** The preset it starts from, as a link names it. */
  export const preset: string;
  export const scenario: Scenario;
  export const seed: number;
  export const replications: number;
}
