// src/internal/version.ts
/** The package version, compared by `define()` when two copies of the library meet on one page. Kept equal to package.json by a test. */
var VERSION = "0.1.0";
export { VERSION };

//# sourceMappingURL=version.js.map