/** The package version, compared by `define()` when two copies of the library meet on one page. Kept equal to package.json by a test. */
export declare const VERSION = "0.1.0";
