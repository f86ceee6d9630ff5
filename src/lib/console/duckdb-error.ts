/**
 * DuckDB-WASM hands some errors over as JSON ({"exception_type":"Parser","exception_message":"…"}).
 * They are shown the way DuckDB itself prints them: "Parser Error: …", with the message whole.
 */
export function readableError(message: string): string {
  try {
    const parsed: unknown = JSON.parse(message);
    if (parsed && typeof parsed === 'object' && 'exception_message' in parsed && typeof parsed.exception_message === 'string') {
      const type = 'exception_type' in parsed && typeof parsed.exception_type === 'string' ? `${parsed.exception_type} ` : '';
      return `${type}Error: ${parsed.exception_message}`;
    }
  } catch {
    // Not JSON: DuckDB's text is already readable.
  }
  return message;
}
