/** An ordered list of validator issues, each with its severity in words; shared by the check page's two tools. */
import { SEVERITY_LABELS } from '../lib/check/severity-labels.ts';
import type { Severity } from '../lib/validate/codes.ts';

export function renderIssues(list: HTMLOListElement, lines: readonly string[], severities: readonly (Severity | undefined)[]): void {
  list.replaceChildren(...lines.map((line, i) => {
    const item = document.createElement('li');
    const severity = severities[i];
    if (severity) {
      item.className = severity;
      const label = document.createElement('span');
      label.className = 'severity';
      label.textContent = SEVERITY_LABELS[severity];
      item.append(label, ' ');
    }
    const code = document.createElement('code');
    code.textContent = line;
    item.append(code);
    return item;
  }));
}
