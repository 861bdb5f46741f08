/**
 * Choosing what to compare against: the select ("Sammenlign med") with the presets, a pinned
 * state and an opened file once there are any; the pin button; the file button; and the
 * caption that says what is compared. A pinned state and a file stay in the select until
 * replaced, so the user can go back and forth between them and the presets.
 */
import { againstCaption, againstFromFile, againstOption, pinned, type Against } from './comparison.ts';
import { t, type Lang } from './i18n.ts';
import type { AppPreset, Controls } from './link.ts';
import { $ } from './dom.ts';

export interface CompareOptions {
  lang(): Lang;
  controls(): Controls;
  /** Applies a change of the comparison (settled: one history entry). */
  change(update: Partial<Controls>): void;
  /** A file that cannot be compared against: the reasons, shown where the page shows problems. */
  refused(messages: string[]): void;
}

export interface CompareControls {
  /** The select, its extra options and the caption, for the current controls. */
  render(): void;
}

export function wireComparison(options: CompareOptions): CompareControls {
  const select = $<HTMLSelectElement>('#compare');
  const status = $('#pin-status');
  let pinnedSlot: Against | null = null;
  let fileSlot: Against | null = null;

  const slotOf = (a: Against) => (a.name !== undefined ? 'file' : 'pinned');
  select.addEventListener('change', () => {
    status.textContent = '';
    const value = select.value;
    if (value === 'pinned' && pinnedSlot) options.change({ against: pinnedSlot });
    else if (value === 'file' && fileSlot) options.change({ against: fileSlot });
    else options.change({ compare: value as AppPreset, against: undefined });
  });
  $('#pin').addEventListener('click', () => {
    pinnedSlot = pinned(options.controls());
    options.change({ against: pinnedSlot });
    status.textContent = t(options.lang(), 'compare.pinnedDone');
  });
  $<HTMLInputElement>('#open-comparison').addEventListener('change', async (event) => {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await againstFromFile(await file.text(), file.name);
    status.textContent = '';
    if (!result.ok) {
      options.refused(result.messages);
      return;
    }
    options.refused([]);
    fileSlot = result.against;
    options.change({ against: fileSlot });
  });

  /** The extra option `value` with `text`, added or updated, or removed when there is nothing to offer. */
  const option = (value: 'pinned' | 'file', text: string | null) => {
    let element = [...select.options].find((o) => o.value === value);
    if (text === null) return element?.remove();
    if (!element) select.add((element = new Option('', value)));
    element.textContent = text;
  };

  return {
    render() {
      const lang = options.lang();
      const c = options.controls();
      // A comparison from a link (or Back) takes its slot, so the select can offer it.
      if (c.against) {
        if (slotOf(c.against) === 'file') fileSlot = c.against;
        else pinnedSlot = c.against;
      }
      option('pinned', pinnedSlot ? againstOption(lang, pinnedSlot) : null);
      option('file', fileSlot ? againstOption(lang, fileSlot) : null);
      select.value = c.against ? slotOf(c.against) : c.compare;
      $('#compared-with').textContent = againstCaption(lang, c);
    },
  };
}
