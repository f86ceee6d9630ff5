/** Bytes → text: UTF-8 (with or without a BOM), else GB18030 as Chinese Excel writes it. */
import { IssueLog, described, fileLevel } from './issues.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gb18030 = new TextDecoder('gb18030', { fatal: true });

/** The file's text, or null (with an error logged) when it is not text. */
export function decode(bytes: Uint8Array, file: string, log: IssueLog): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const line = bytes.subarray(0, nul).filter((byte) => byte === 0x0a).length + 1;
    log.add(fileLevel(file, line), described('NUL_BYTE'));
    return null;
  }
  try {
    // The UTF-8 decoder drops a leading byte-order mark itself.
    return utf8.decode(bytes);
  } catch {
    try {
      const text = gb18030.decode(bytes);
      log.add(fileLevel(file), described('ENCODING_GB18030'));
      return text;
    } catch {
      log.add(fileLevel(file), described('BAD_ENCODING'));
      return null;
    }
  }
}
