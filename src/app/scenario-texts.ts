/**
 * The shipped scenarios' titles and notes in both languages. The files carry a Danish title and
 * English notes (the CLI's and the docs' language); this table carries the other half, and a
 * scenario the user brings (an opened file, a shared link) keeps its own words. A test holds
 * the table to the files: every shipped scenario, the same number of paragraphs.
 */
import { loadPreset, PRESET_NAMES, type PresetName } from '../scenario/presets.ts';
import type { Scenario } from '../scenario/types.ts';
import type { Lang } from './i18n.ts';

interface OtherHalf {
  /** The title in English (the file's is Danish). */
  titleEn: string;
  /** The notes in Danish, one string a paragraph (the file's are English). */
  notesDa: readonly string[];
}

export const SCENARIO_TRANSLATIONS: Record<PresetName, OtherHalf> = {
  'status-quo': {
    titleEn: 'Today: 34 posts with up to 50 cases per advisor',
    notesDa: [
      'En mellemstor dansk børne- og familieafdeling i dag: 34 stillinger til myndighedsrådgivere, og hver rådgiver får op til 50 åbne sager (undersøgelser: 40–50 sager i Horsens og Herning; landsgennemsnit 31–42 afhængigt af år og definition). Omkring 24 % af rådgiverne rejser hvert år (VIVE 2024, DS); en stilling står ledig omkring 3 måneder, og en nyansat arbejder med halv kapacitet og halvt så mange sager i 6 måneder (DS), så en gennemsnitlig dag er omkring 30 rådgiveres kapacitet i arbejde, med omkring 46 sager hver.',
      'Nye sager: 10 børnefaglige undersøgelser om ugen (omkring 8 500 underretninger om året fører til langt færre undersøgelser), 7,5 nye forebyggende foranstaltninger og 0,5 anbringelser om ugen; halvdelen af undersøgelserne fører til en forebyggende foranstaltning og 8 % til en anbringelse. Fordelingen følger Danmarks Statistiks bestand af foranstaltninger (42 111 forebyggende, 13 600 anbragte, 2019). Antal og timer pr. opgave er antagelser, afstemt så arbejdsbyrden kræver omkring 36 sager pr. produktivt årsværk.',
      'Frister: børnefaglig undersøgelse inden for 4 måneder fra underretningen (Barnets lov § 20, stk. 3); barnets plan og første opfølgning inden for 3 måneder, derefter hver 6. måned (antagelse efter Barnets lov § 95).',
      'Fejl i dokumentationen: 2 % grundrisiko for, at et retligt element mangler, plus g(s) = s^1,5, når en andel s af dokumentationstiden skæres væk. Ingen dansk undersøgelse knytter sagstal til fejl; kurven er kalibreret, så dagens pres giver Ankestyrelsens fund (fejl i de fleste gennemgåede sager), og Hernings sagstal giver få.',
      'Uge 0 er dagens afdeling, som den kører: først simuleres en periode med dagens bemanding, som ikke tælles med, så forsinket arbejde, venteliste og ledige stillinger findes fra første dag.',
    ],
  },
  'intake-plus-25': {
    titleEn: '+25 % intake, the same number of advisors (the Horsens pattern)',
    notesDa: [
      'Dagens afdeling (i dag), når antallet af nye sager vokser med 25 % over et halvt år, og antallet af rådgivere ikke gør. Horsens Familie og Forebyggelse så sagstallet stige 25 % i 2020–21, med alle rådgivere over 40 sager; byrådets svar til Ankestyrelsen indrømmede mangler i partshøring, begrundelse og klagevejledning (dknyt.dk; Folketinget SOU alm. del bilag 279, 2021).',
      'Vækst: jævnt fra uge 0 til +25 % i uge 26, for alle sagstyper. Alt andet som i dag.',
    ],
  },
  'herning-model': {
    titleEn: 'The Herning model: at most 25 cases per advisor, follow-up every 3 months',
    notesDa: [
      'Herning-modellen (Sverigesprogrammet, 2013–15): dobbelt så mange sagsbehandlere og sagstallet halveret fra omkring 40–45 til 20–25 sager, med opfølgning hver 3. måned og mere kontakt med hvert barn; KORA’s evalueringer fandt 3,7 mio. kr. sparet på anbringelser midtvejs mod omkring 2 mio. kr. mere i løn, og 6,7 mio. kr. over 2013–15 (institutionsanbringelser −7,7 mio. kr.); færre klager (socialraadgiverne.dk; kora.dk). Én kommune, før og efter, ingen sammenligningsgruppe: VIVE (2020) advarer om, at sådanne nøgletal ikke kan læses som årsagssammenhænge.',
      'Her: dagens afdeling (34 stillinger, loft 50) beslutter i uge 0 at ansætte 30 stillinger mere, som rekrutteres over 3 måneder og oplæres i 6, og at sætte loftet til 25 sager fra uge 0, så nye sager venter, til der er plads. Hernings praksis begynder også i uge 0: halvanden gang så meget kontakt med hvert barn (antagelse: +50 %) og opfølgning hver 3. måned i stedet for hver 6. for foranstaltninger, der begynder derefter. Med 64 stillinger passer både loftet og de ekstra timer til dagens antal nye sager, når de nye er ansat (arbejdsbyrden: omkring 58 stillinger).',
      'Besparelserne på anbringelser kommer fra sagstallets virkning på anbringelser, en antagelse kalibreret til KORA’s tal: se docs/model.md.',
    ],
  },
  'mmc-validation': {
    titleEn: 'M/M/c validation (no tasks)',
    notesDa: [
      'Køteoriens grænsetilfælde i model.md’s validering 1: én sagstype med Poisson-ankomster (1,8 om ugen), eksponentielle varigheder (gennemsnit 70 dage), ingen opgaver og ingen kontakttid, 4 årsværk med 5 sager hver (c = 20 pladser, udnyttelse 0,9) og en venteliste. Den gennemsnitlige ventetid skal svare til Erlang C inden for den tilfældige variation. Fem års indkøring, fordi køen ved denne udnyttelse først falder til ro over omkring 1 300 dage.',
      'Personaleomsætning er slået fra her: kontrollen handler om køen, ikke om personalet.',
    ],
  },
};

export interface ScenarioText {
  title: string;
  /** Paragraphs. */
  notes: string[];
  /** The language the text is in: a user's own file may be in either, so the page marks it. */
  lang: Lang | null;
}

const paragraphs = (notes: string) => notes.split('\n\n').filter((p) => p.trim() !== '');

/** The shipped scenario whose title and notes these are, if any. */
function shippedWith(title: string, notes: string): PresetName | null {
  for (const name of PRESET_NAMES) {
    const file = loadPreset(name) as { title?: string; notes?: string | string[] };
    const fileNotes = Array.isArray(file.notes) ? file.notes.join('\n\n') : (file.notes ?? '');
    if (file.title === title && fileNotes === notes) return name;
  }
  return null;
}

/** A scenario's title and notes in `lang`: a shipped one translated, any other as written. */
export function scenarioText(lang: Lang, s: Pick<Scenario, 'title' | 'notes'>): ScenarioText {
  const shipped = shippedWith(s.title, s.notes);
  if (!shipped) return { title: s.title, notes: paragraphs(s.notes), lang: null };
  const other = SCENARIO_TRANSLATIONS[shipped];
  return lang === 'da'
    ? { title: s.title, notes: [...other.notesDa], lang: 'da' }
    : { title: other.titleEn, notes: paragraphs(s.notes), lang: 'en' };
}

/** A shipped scenario's title in `lang`. */
export function presetTitle(lang: Lang, name: PresetName): string {
  const file = loadPreset(name) as { title?: string };
  return lang === 'da' ? (file.title ?? name) : SCENARIO_TRANSLATIONS[name].titleEn;
}
