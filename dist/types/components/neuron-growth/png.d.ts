import { type NeuronGrowthStrings } from '../../content/neuron-growth.js';
import type { LocalizeController } from '../../internal/localize.js';
import { type Model, type SceneName } from './scene.js';
/**
 * The widget's still picture (see `KwNeuronGrowth.toPNG`): before and after the whole scene (`grow` shows its end
 * alone) under the scene's name, then the key, the spine counts, the note and the sources, in the colours and font
 * of the widget's shadow root `root`, at `scale` device pixels per CSS pixel.
 */
export declare function stillPng(model: Model, scene: SceneName, localize: LocalizeController<NeuronGrowthStrings>, root: ShadowRoot, scale: number): Promise<Blob>;
