/** How the check page names an issue's severity, in words (never by colour alone). */
import type { Severity } from '../validate/codes.ts';

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: '错误', warning: '警告', notice: '提示' };
