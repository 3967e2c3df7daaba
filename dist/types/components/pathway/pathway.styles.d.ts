export declare const styles: import("lit").CSSResult;
