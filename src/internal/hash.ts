/** A 32-bit FNV-1a hash of `text`, in base 36: enough to tell two renders' inputs apart (see hydrationKey). */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}
