/** A 32-bit FNV-1a hash of `text`, in base 36: enough to tell two renders' inputs apart (see hydrationKey). */
export declare function hash(text: string): string;
