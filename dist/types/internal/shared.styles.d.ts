/**
 * The parts every widget shares, written once and adopted as one constructed sheet by all of them: buttons
 * (primary, secondary, quiet, icon), the chip/toggle, headings, small notes and citations, the loading frame, and
 * the colour scheme chosen from the page's background (see host-theme.ts). Sizes come from the type and space
 * scales in tokens.styles.ts, so every control follows the host's font size. Focus rings are outlines, which follow
 * each control's corner radius (a pill gets a pill ring, a square button a square one).
 */
export declare const sharedStyles: import("lit").CSSResult;
