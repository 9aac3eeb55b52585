// Node flags of `npm run build` and `npm start` (package.json), which the benchmark gives to
// our builds and the baseline's alike: a larger young generation, as a build allocates page
// after page of short-lived strings. At 1,000 contracts our Eleventy step took 62 s with
// Node's default and 44 s with this.
export const BUILD_NODE_FLAGS = ["--max-semi-space-size=64"];
