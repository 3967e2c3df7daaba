// Mistakes the types must catch: each line below an @ts-expect-error has to be an error, or tsc fails.
import 'ketamine-widgets';

export const wrongAttributeValues = (
  <>
    {/* @ts-expect-error: orientation is 'auto' | 'horizontal' | 'vertical' */}
    <kw-pathway orientation="diagonal" />
    {/* @ts-expect-error: the theme "Theme" is a type name, not a value */}
    <kw-disclaimer theme="Theme" />
    {/* @ts-expect-error: data is a PathwayData object, not a number */}
    <kw-pathway data={123} />
    {/* @ts-expect-error: heading-level is a number */}
    <kw-side-effects heading-level={{ level: 2 }} />
    {/* @ts-expect-error: no such element */}
    <kw-pathways />
  </>
);

export const wrongDetailFields = (
  <>
    {/* @ts-expect-error: kw-step-change's detail is { index, id } */}
    <kw-pathway onkw-step-change={(event) => event.detail.step} />
    {/* @ts-expect-error: kw-toggle's detail.open is a boolean */}
    <kw-side-effects onkw-toggle={(event) => event.detail.open.toUpperCase()} />
    {/* @ts-expect-error: severities are 'mild' | 'moderate' | 'serious' */}
    <kw-side-effects onkw-filter-change={(event) => event.detail.severity.includes('severe')} />
    {/* @ts-expect-error: kw-dismiss has no detail */}
    <kw-disclaimer onkw-dismiss={(event) => event.detail.reason} />
  </>
);
