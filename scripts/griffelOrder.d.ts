/** griffel.css before Griffel's sort, with its rules in one build-independent order (bucket, metadata, text). */
export function orderGriffelRules(css: string): string;
