// Records what goes wrong on a test page: uncaught errors, rejected promises, console errors and CSP violations.
window.__problems = [];
window.addEventListener('error', (e) => window.__problems.push(`error: ${e.message}`));
window.addEventListener('unhandledrejection', (e) => window.__problems.push(`rejection: ${e.reason}`));
document.addEventListener('securitypolicyviolation', (e) => window.__problems.push(`csp: ${e.violatedDirective} ${e.blockedURI}`));
const consoleError = console.error;
console.error = (...args) => {
  window.__problems.push(`console.error: ${args.join(' ')}`);
  consoleError.apply(console, args);
};
