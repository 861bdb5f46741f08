/**
 * The page's body text size in pixels (the root font size, which a reader may have enlarged),
 * for the charts' labels. A ResizeObserver on a 1rem-wide probe keeps it: reading a computed
 * style forces a style pass over the whole page when anything changed since the last frame, and
 * on the first render that pass was its longest part on a slow phone (95 ms at 4x CPU).
 */
export function watchTextSize(changed: () => void): () => number {
  // The browsers' default until the first frame lays the probe out.
  let px = 16;
  const probe = document.createElement('span');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position: absolute; top: 0; left: 0; width: 1rem; height: 0; overflow: hidden; visibility: hidden; pointer-events: none';
  document.body.append(probe);
  new ResizeObserver(([entry]) => {
    const width = entry?.contentRect.width ?? 0;
    if (width > 0 && width !== px) {
      px = width;
      changed();
    }
  }).observe(probe);
  return () => px;
}
