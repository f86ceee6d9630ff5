/** What `npm run verify` reports: one line per file that is not as published, in Chinese and English. */
export interface Problem {
  path: string;
  zh: string;
  en: string;
}

export const formatProblem = (p: Problem): string => `${p.path}  ${p.zh} / ${p.en}`;
