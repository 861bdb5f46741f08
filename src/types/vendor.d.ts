// seedrandom's Alea generator, imported directly so bundles skip the ARC4 entry point and its
// optional Node `crypto` require.
declare module 'seedrandom/lib/alea.js' {
  import type seedrandom from 'seedrandom';
  const alea: (seed: string) => seedrandom.PRNG;
  export default alea;
}
