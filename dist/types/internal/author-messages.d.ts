/**
 * `nodes[2].label: …` → `node 3 (id "bdnf"): label …`; messages without a path are kept as they are. Never throws:
 * anything it cannot read (a getter that throws, an odd key) leaves the message as the validator wrote it.
 */
export declare function authorMessage(message: string, input: unknown): string;
/** A path alone as positions from 1, for use inside a message: `sets[0].items[2]` → `set 1, item 3`. */
export declare function positionWords(path: string): string;
