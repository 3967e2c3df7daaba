import "../../internal/hydrate.js";
import { define } from "../../internal/define.js";
import { KwNeuronGrowth } from "./neuron-growth.component.js";
// src/components/neuron-growth/neuron-growth.ts
define("kw-neuron-growth", KwNeuronGrowth);
export { KwNeuronGrowth };

//# sourceMappingURL=neuron-growth.js.map