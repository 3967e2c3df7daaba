import { type Model, type SceneName } from './scene.js';
/**
 * The poster frame as SVG markup, for the inside of the widget's `<svg class="poster">`: the neuron at each of
 * `times` side by side (`times.length` panels, as the canvas draws them), each panel fitted in its share of the box
 * exactly as the canvas fits it, so that the canvas can take over without a jump. What the panels share is written
 * once and used again (`<use>`), so that a before / after pair costs little more than one drawing. Colours come
 * from the widget's styles (classes `d`, `s`, `n`, `soma`). The markup holds only numbers and fixed names (no
 * text from the page), so a server can write it as it is: a string, without Lit's markers, which the browser
 * then hydrates without reading it.
 */
export declare function posterMarkup(model: Model, scene: SceneName, times: readonly number[]): string;
