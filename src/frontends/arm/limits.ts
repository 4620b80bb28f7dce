/**
 * Bounds that keep a hostile or broken template from hanging or exhausting the
 * linter. ARM's own limits where it has one; otherwise generous moat limits.
 */
export const LIMITS = {
  /** ARM rejects templates over 4 MB */
  fileBytes: 4 * 1024 * 1024,
  /** nesting of JSON arrays and objects in the values moat reads (parsing itself is bounded by the stack) */
  jsonDepth: 256,
  /** nesting of calls, property and index access inside one expression */
  expressionDepth: 64,
  /** length of one expression string that moat parses */
  expressionLength: 64 * 1024,
  /** ARM's limit on the count of one copy loop */
  copyCount: 800,
  /** resources in the graph of one file, copies and nested deployments included */
  totalResources: 10000,
  /** nested deployments inside nested deployments */
  deploymentDepth: 10,
  /** parameters and variables whose values refer to each other, one inside the next */
  definitionDepth: 64,
  /**
   * logical size of one computed value (elements counted each time they are
   * shared, strings by length / 64): keeps doubling tricks from growing a value without end
   */
  valueSize: 100_000,
  /** function calls and value nodes evaluated for one file */
  evaluationSteps: 1_000_000,
} as const;
