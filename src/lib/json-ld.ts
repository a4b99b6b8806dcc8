/**
 * Serialises data for an inline `<script type="application/ld+json">`. JSON.stringify alone is
 * not enough: a `</script>` inside a string would end the script element early, so `<`, `>`
 * and `&` become JSON unicode escapes (still the same JSON value), as do the line separators
 * U+2028/U+2029 that older parsers treat as newlines.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
