/**
 * ketamine-widgets: importing this module defines every widget.
 * `<script type="module" src=".../dist/ketamine-widgets.js"></script>` is all a page needs.
 */
// First: Lit's hydration support must be in place before LitElement is defined.
import './internal/hydrate.js';
export { KwDisclaimer } from './components/disclaimer/disclaimer.js';
export type { CrisisContact, CrisisDirectory, CrisisLine, CrisisRegion } from './components/disclaimer/disclaimer.js';
export { KwPathway } from './components/pathway/pathway.js';
export type { Effect, PathwayData, PathwayEdge, PathwayNode } from './components/pathway/pathway.js';
export { KwNeuronGrowth } from './components/neuron-growth/neuron-growth.js';
export { KwSideEffects } from './components/side-effects/side-effects.js';
export type { FrequencyWord, Severity, SideEffect, SideEffectList, SideEffectSet, SideEffectWarning, Timing } from './components/side-effects/side-effects.js';
export type { Confidence, Reference } from './content/references.js';
export { KwElement, type Theme } from './internal/kw-element.js';
export { VERSION } from './internal/version.js';
export type { LocalizedText } from './internal/localize.js';
