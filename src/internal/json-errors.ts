/**
 * A JSON syntax error as an author can act on it: where (line and column, counted from 1) and, for the
 * mistakes people make most when writing JSON by hand, what to change. Browsers word (and place) their own
 * messages differently, and Safari gives no position, so the position is found here.
 */

/** Where `text` stops being JSON, or -1 if it is valid. Only runs after JSON.parse has failed. */
export function jsonErrorPosition(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i++;
  };
  const fail = () => {
    throw i;
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] === '\\') i++;
      else if ((text.charCodeAt(i) ?? 0) < 0x20) fail();
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    const literal = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i));
    if (!literal) fail();
    i += literal![0].length;
  };
  try {
    value();
    ws();
    return i < text.length ? i : -1;
  } catch (at) {
    // A position, or (nesting deeper than the stack) no position to give.
    return typeof at === 'number' ? at : -1;
  }
}

/** "at line 3, column 5: remove the comma before it…", or the parser's own words when the text is valid JSON. */
export function jsonSyntaxMessage(text: string, error: unknown): string {
  const position = jsonErrorPosition(text);
  if (position < 0) return String((error as Error)?.message ?? error);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const next = text[position] ?? '';
  const previous = before.trimEnd().slice(-1);
  let hint = '';
  if (previous === ',' && (next === '}' || next === ']')) hint = 'remove the comma before it: JSON allows none after the last item';
  else if (next === "'") hint = 'use double quotes ("…"): JSON does not accept single quotes';
  else if (/[A-Za-z_$]/.test(next) && (previous === '{' || previous === ',')) hint = 'put the property name in double quotes, as in "label"';
  else if (/["[{\d]/.test(next) && /["\d\]}el]/.test(previous)) hint = 'a comma is missing between two items';
  else if (!next) hint = 'the text ends too early: a closing } or ] is missing';
  return `at line ${line}, column ${column}${hint ? `: ${hint}` : ''}`;
}
