/**
 * Text of <kw-disclaimer>, written for this project from the elements in shared/content/brief.md §3a
 * (information only, not medical advice, no doctor–patient relationship, talk to a professional,
 * emergencies, regulatory status, results vary). Spanish uses the formal "usted"; it needs review by a medical translator before launch.
 * `body1` is the short notice shown first; `body2`–`body4` follow the crisis lines (behind a disclosure unless
 * `detail="full"`), and `body4`, the US regulatory status, only where US rules apply.
 * Every key can be overridden per element with the `strings` property or attribute.
 */
export declare const disclaimerStrings: {
    en: {
        heading: string;
        iconLabel: string;
        body1: string;
        body2: string;
        body3: string;
        body4: string;
        bannerBody: string;
        more: string;
        crisisHeading: string;
        emergency: string;
        emergencyLocal: string;
        call: string;
        text: string;
        textWord: string;
        dismiss: string;
        dismissed: string;
        reviewed: string;
        loading: string;
        dataError: string;
    };
    es: {
        heading: string;
        iconLabel: string;
        body1: string;
        body2: string;
        body3: string;
        body4: string;
        bannerBody: string;
        more: string;
        crisisHeading: string;
        emergency: string;
        emergencyLocal: string;
        call: string;
        text: string;
        textWord: string;
        dismiss: string;
        dismissed: string;
        reviewed: string;
        loading: string;
        dataError: string;
    };
};
export type DisclaimerStrings = typeof disclaimerStrings.en;
