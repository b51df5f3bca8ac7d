// @ts-check
/** Small statistics and formatting helpers for the bench (no dependencies). */

/**
 * Median (mean of the two middle values for an even count); NaN for no samples.
 * @param {readonly number[]} xs
 */
function median(xs) {
  const sorted = finite(xs);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? NaN;
  return sorted.length % 2 ? upper : ((sorted[mid - 1] ?? NaN) + upper) / 2;
}

/**
 * 90th percentile, nearest rank (the smallest sample with at least 90% of samples at or below it).
 * @param {readonly number[]} xs
 */
function p90(xs) {
  const sorted = finite(xs);
  if (sorted.length === 0) return NaN;
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)] ?? NaN;
}

/** @param {readonly number[]} xs */
function finite(xs) {
  return xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}

/** @param {readonly number[]} xs */
function sum(xs) {
  return xs.reduce((a, b) => a + b, 0);
}

/** 1 KB = 1000 bytes (the stricter reading of "80 KB"). @param {number} bytes */
function kb(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1000).toFixed(1)} KB` : "n/a";
}

/** @param {number} bytes */
function mib(bytes) {
  return Number.isFinite(bytes) ? `${(bytes / 1048576).toFixed(2)} MiB` : "n/a";
}

/** @param {number} value */
function ms(value) {
  return Number.isFinite(value) ? `${value.toFixed(0)} ms` : "n/a";
}

/** @param {number} value */
function signedMs(value) {
  return Number.isFinite(value) ? `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(0)} ms` : "n/a";
}

/** A difference with its sign: "+1.2 KB", "−0.3 MiB". @param {number} value @param {(n: number) => string} unit */
function signed(value, unit) {
  return Number.isFinite(value) ? `${value >= 0 ? "+" : "−"}${unit(Math.abs(value))}` : "n/a";
}

/** @param {number} a @param {number} b */
function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}×` : "n/a";
}

module.exports = { median, p90, sum, kb, mib, ms, signed, signedMs, ratio };
