#!/usr/bin/env node
// The `sagstal` command: the compiled CLI (bin/compiled/, built by `npm install`) when it is
// at least as new as every source file; otherwise the sources through tsx's loader, so an edit
// under src/ is never shadowed by a stale build.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = new URL('./compiled/sagstal.js', import.meta.url);

function isFresh() {
  let built;
  try {
    built = statSync(compiled).mtimeMs;
  } catch {
    return false;
  }
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  for (const name of readdirSync(src, { recursive: true })) {
    if (statSync(src + name).mtimeMs > built) return false;
  }
  return true;
}

if (isFresh()) {
  await import(compiled.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/entry.ts');
}
