/** The floors of src/ (docs/architecture.md): a folder imports only from its own floor or lower ones, with no cycles. */
const FLOORS = [
  ["contract"],
  ["util", "text", "rules"],
  ["model", "pdf", "browser"],
  ["plan", "flatplan", "type", "scaffold"],
  ["images", "check"],
  ["render"],
  ["handoff", "proof"],
  ["pipeline"],
  ["preview", "publish"],
  ["cli"],
];

const folders = (floors) => `^src/(${floors.flat().join("|")})/`;

/** One rule a floor: nothing on it imports from a floor above it. */
const upward = FLOORS.slice(0, -1).map((floor, i) => ({
  name: `floor-${i}-${floor.join("-")}`,
  comment: `src/{${floor.join(",")}}/ is floor ${i}: it may import floors 0–${i} only (docs/architecture.md)`,
  severity: "error",
  from: { path: folders([floor]) },
  to: { path: folders(FLOORS.slice(i + 1)) },
}));

/** Every folder under src/ has a floor: a new one is placed in FLOORS (and the docs) before it is used. */
const unplaced = [
  {
    name: "folder-without-floor",
    comment: "every folder under src/ has a floor in .dependency-cruiser.cjs and docs/architecture.md",
    severity: "error",
    from: { path: "^src/" },
    to: { path: "^src/", pathNot: folders(FLOORS) },
  },
  {
    name: "importer-without-floor",
    comment: "every folder under src/ has a floor in .dependency-cruiser.cjs and docs/architecture.md",
    severity: "error",
    from: { path: "^src/", pathNot: folders(FLOORS) },
    to: { path: "^src/" },
  },
];

module.exports = {
  forbidden: [
    ...upward,
    ...unplaced,
    {
      name: "no-circular",
      comment: "no import cycles in src/",
      severity: "error",
      from: { path: "^src/" },
      to: { circular: true },
    },
    {
      name: "src-not-to-tests",
      comment: "the product does not import tests, benchmarks or scripts",
      severity: "error",
      from: { path: "^src/" },
      to: { path: "^(test|bench|scripts)/" },
    },
  ],
  options: {
    includeOnly: "^src/",
    doNotFollow: { path: "node_modules" },
    tsConfig: { fileName: "tsconfig.json" },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ["exports"], conditionNames: ["import", "require", "node", "default"] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
