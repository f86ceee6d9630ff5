/** axe-core over a page: the WCAG 2.2 A/AA rules and axe's best practices (landmarks, heading order, …). */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { showSkippedContent } from './skipped-content.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Each violation as `rule: first targets`, prefixed with `label` when given; [] when there are none. */
export async function axeViolations(page: Page, label = ''): Promise<string[]> {
  // Axe checks the page as a reader who scrolled through it sees it.
  await showSkippedContent(page);
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const prefix = label ? `${label} ` : '';
  return results.violations.map((v) => `${prefix}${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}
