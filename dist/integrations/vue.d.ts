// Generated from custom-elements.json by scripts/integrations.mjs. Do not edit.
// Vue 3 template types (Volar, vue-tsc): reference once, e.g. `import type {} from 'ketamine-widgets/vue';` in a .d.ts of the app.
// At run time Vue must still be told that kw- tags are custom elements (`isCustomElement`, see the README).
import type { DefineComponent } from 'vue';
import type { KwDisclaimer, KwNeuronGrowth, KwPathway, KwSideEffects } from '../types/index.js';

/** `<kw-disclaimer>`: A "not medical advice" notice with crisis-line resources, for pages about depression treatment. */
export interface KwDisclaimerVueProps {
  /** `inline` sits in the page flow; `banner` spans its container and sticks to the top or bottom of the viewport, unless it is taller than a third of the window: it then scrolls with the page. While it sticks, the page scrolls so that what gets keyboard focus is never hidden under it. */
  variant?: KwDisclaimer['variant'];
  /** Where a `banner` sticks: `top` or `bottom`. */
  position?: KwDisclaimer['position'];
  /** Crisis resources to show: `US`, `UK`, `intl`, `none`, a region key from your own data, or `auto` (from the language's region, e.g. `en-US` → US, `en-GB` → UK; otherwise `intl`). */
  region?: KwDisclaimer['region'];
  /** Shows a close button. */
  dismissible?: KwDisclaimer['dismissible'];
  /** True once the notice has been dismissed. Its text is then hidden, but the crisis lines stay: someone in crisis must never need a click to find them. Set it to false to show the notice again. */
  dismissed?: KwDisclaimer['dismissed'];
  /** Days to keep the notice dismissed on this browser (localStorage). 0 keeps it dismissed for this page view only. */
  remember?: KwDisclaimer['remember'];
  /** The localStorage key used by `remember`. Use a different key per notice if a site has several. */
  storageKey?: KwDisclaimer['storageKey'];
  /** Heading level (2–6) of the notice's heading, to fit the page's outline. */
  headingLevel?: KwDisclaimer['headingLevel'];
  /** How much of the notice shows at first: `short` (one or two sentences, the crisis lines, and the rest behind a "More about this notice" disclosure) or `full` (everything open). Either way the crisis lines come first. */
  detail?: KwDisclaimer['detail'];
  /** Date the text was last reviewed (`YYYY-MM-DD`); shown as "Last reviewed: …" in the page's language. */
  reviewed?: KwDisclaimer['reviewed'];
  /** Overrides for any UI string by key, e.g. `{"heading": "Important"}`; as an attribute, JSON. */
  strings?: KwDisclaimer['strings'];
  /** Crisis resources by region (see the "Data format" docs); replaces the built-in list. */
  data?: KwDisclaimer['data'];
  /** URL of a JSON file with crisis resources, in the same format as `data`. */
  src?: KwDisclaimer['src'];
  /** Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence; the console always has the list). `data-kw-debug` on `<html>` does the same for every widget. */
  debug?: KwDisclaimer['debug'];
  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes do not), light on a light one, and the page's `color-scheme` where every background is transparent. */
  theme?: KwDisclaimer['theme'];
  /** On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered it, without interactions, until a script removes this attribute (Lit's hydration support). */
  deferHydration?: string;
  /** The reader pressed the close button. Cancelable: `preventDefault()` keeps the notice open. */
  onKwDismiss?: (event: CustomEvent<null>) => void;
}

/** `<kw-neuron-growth>`: An animated drawing of dendritic spines lost under chronic stress and regrown after one ketamine dose, on an honest, illustrative timeline from rodent studies. Procedural, seeded and cheap to run. */
export interface KwNeuronGrowthVueProps {
  /** What to show: `grow`, `stress`, `restore` (after one ketamine dose) or `compare` (before beside after). */
  scene?: KwNeuronGrowth['scene'];
  /** Seed of the generated neuron: the same seed always draws the same neuron and spines. */
  seed?: KwNeuronGrowth['seed'];
  /** Starts playing once visible (never under reduced motion; a pause button is always shown). */
  autoplay?: KwNeuronGrowth['autoplay'];
  /** Starts again from the beginning at the end. */
  loop?: KwNeuronGrowth['loop'];
  /** Playback speed (0.1–10; 1 plays a scene in 8–15 seconds). */
  speed?: KwNeuronGrowth['speed'];
  /** Shows a "Download PNG" button: a still picture of the scene (see `toPNG()`), for pages that cannot run scripts. */
  exportMenu?: KwNeuronGrowth['exportMenu'];
  /** URL of an SWC morphology file (NeuroMorpho.Org format) to draw instead of the generated neuron. */
  src?: KwNeuronGrowth['src'];
  /** SWC morphology text to draw instead of the generated neuron; wins over `src`. An inline `<script type="text/x-swc">` child works the same way when neither is set. */
  data?: KwNeuronGrowth['data'];
  /** Overrides for any UI string by key, e.g. `{"play": "Start"}`; as an attribute, JSON. */
  strings?: KwNeuronGrowth['strings'];
  /** Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence; the console always has the list). `data-kw-debug` on `<html>` does the same for every widget. */
  debug?: KwNeuronGrowth['debug'];
  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes do not), light on a light one, and the page's `color-scheme` where every background is transparent. */
  theme?: KwNeuronGrowth['theme'];
  /** Shows a "Download PNG" button: a still picture of the scene (see `toPNG()`), for pages that cannot run scripts. */
  export?: boolean;
  /** On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered it, without interactions, until a script removes this attribute (Lit's hydration support). */
  deferHydration?: string;
  /** The stage shown changed (while playing or on seeking). `detail`: `{ scene, stage, index }`. */
  onKwStageChange?: (event: CustomEvent<{ scene: string; stage: string; index: number }>) => void;
}

/** `<kw-pathway>`: An explorable, sourced diagram of how ketamine may relieve depression, with confidence levels, step-by-step mode, a text alternative, and SVG / PNG export. */
export interface KwPathwayVueProps {
  /** Also lists the alternative and parallel hypotheses (nodes with `track: "alt"`) in a panel of their own. */
  showAlternatives?: KwPathway['showAlternatives'];
  /** `auto` draws staged data in rows of stages that fit the width (others flow left to right when they fit, else top to bottom); or force a layered `horizontal` / `vertical` flowchart. */
  orientation?: KwPathway['orientation'];
  /** Shows Previous / Play / Next controls that walk through the story one step at a time. */
  stepMode?: KwPathway['stepMode'];
  /** The current step (0-based) in step mode. */
  step?: KwPathway['step'];
  /** Heading level (2–6) of the diagram's title, to fit the page's outline; the details and text version use the next level. */
  headingLevel?: KwPathway['headingLevel'];
  /** Adds "Download SVG" and "Download PNG" to a "More" menu with the text version. */
  exportMenu?: KwPathway['exportMenu'];
  /** The shape of the downloaded pictures: `wide` (16:9, for posts and slides), `square` (social posts) or `tall` (4:5, a blog column). */
  exportShape?: KwPathway['exportShape'];
  /** Overrides for any UI string by key, e.g. `{"title": "Ketamine"}`; as an attribute, JSON. */
  strings?: KwPathway['strings'];
  /** Your own pathway (see the data format docs); replaces the built-in one. */
  data?: KwPathway['data'];
  /** URL of a JSON file with a pathway, in the same format as `data`, or of a Mermaid flowchart (`.mmd`). */
  src?: KwPathway['src'];
  /** Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence; the console always has the list). `data-kw-debug` on `<html>` does the same for every widget. */
  debug?: KwPathway['debug'];
  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes do not), light on a light one, and the page's `color-scheme` where every background is transparent. */
  theme?: KwPathway['theme'];
  /** Adds "Download SVG" and "Download PNG" to a "More" menu with the text version. */
  export?: boolean;
  /** On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered it, without interactions, until a script removes this attribute (Lit's hydration support). */
  deferHydration?: string;
  /** The reader moved to another step (Previous, Next or Play). `detail: { index, id }`. */
  onKwStepChange?: (event: CustomEvent<{ index: number; id: string }>) => void;
}

/** `<kw-side-effects>`: A side-effect list a patient can read: how common each effect is (vs placebo), when it happens, how serious it is, when to get help, and the sources. */
export interface KwSideEffectsVueProps {
  /** Which list to show: a set id (built-in: `esketamine`, `iv`, `long-term`), several separated by spaces, or `all`. Default: the first set. */
  set?: KwSideEffects['set'];
  /** Groups items by `timing` (during the session, after, long-term, any time), `severity` (serious first), or `none`. */
  groupBy?: KwSideEffects['groupBy'];
  /** `frequency`: most common first; `none`: the order of the data. */
  sort?: KwSideEffects['sort'];
  /** Severities to show, separated by spaces (`mild moderate serious`, and `unstated` for items that give none); empty shows all. The filter buttons set it. */
  severity?: KwSideEffects['severity'];
  /** A denser layout for sidebars: smaller text, no bars, no notes. */
  compact?: KwSideEffects['compact'];
  /** Shows the widget as it prints: every item open, all severities, no controls. */
  printPreview?: KwSideEffects['printPreview'];
  /** Heading level (2–6) of the widget's title; "When to get help" and each set's heading use the next level, groups and items the levels after. Without a title (`strings='{"heading": ""}'`) the sets take this level. */
  headingLevel?: KwSideEffects['headingLevel'];
  /** Overrides for any UI string by key, e.g. `{"placebo": "Sugar pill"}`; as an attribute, JSON. */
  strings?: KwSideEffects['strings'];
  /** A side-effect list (see the "Data format" docs); replaces the built-in list. */
  data?: KwSideEffects['data'];
  /** URL of a JSON file in the same format as `data`. */
  src?: KwSideEffects['src'];
  /** Shows the widget's data problems in the page, for its author (readers otherwise see one calm sentence; the console always has the list). `data-kw-debug` on `<html>` does the same for every widget. */
  debug?: KwSideEffects['debug'];
  /** Colour scheme: `light`, `dark` or `auto` (follows the reader's system setting). Unset, the widget follows the background behind it: dark on a dark page even when the page sets no CSS `color-scheme` (as many dark themes do not), light on a light one, and the page's `color-scheme` where every background is transparent. */
  theme?: KwSideEffects['theme'];
  /** On pre-rendered markup (declarative shadow DOM): the element stays as the server rendered it, without interactions, until a script removes this attribute (Lit's hydration support). */
  deferHydration?: string;
  /** The reader changed the severity filter. `detail.severity` lists the severities shown (empty: all; `unstated`: items that give none). */
  onKwFilterChange?: (event: CustomEvent<{ severity: ('mild' | 'moderate' | 'serious' | 'unstated')[] }>) => void;
  /** The reader opened or closed an item. `detail` is `{ id, open }`. */
  onKwToggle?: (event: CustomEvent<{ id: string; open: boolean }>) => void;
}

declare module 'vue' {
  interface GlobalComponents {
    'kw-disclaimer': DefineComponent<KwDisclaimerVueProps>;
    'kw-neuron-growth': DefineComponent<KwNeuronGrowthVueProps>;
    'kw-pathway': DefineComponent<KwPathwayVueProps>;
    'kw-side-effects': DefineComponent<KwSideEffectsVueProps>;
  }
}
