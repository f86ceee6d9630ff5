/**
 * result_categories.csv: each published category score belongs to a park with a published result
 * in the period, appears once per park and category, and lies within the category's full marks
 * (a score above them is possible under capped scoring, so it is a warning, not an error).
 */
import { repeatsWithinPeriod } from './results.ts';
import { at, type Row, type Rule } from './rows.ts';

const TABLE = 'result_categories';

export const oneScorePerCategory: Rule = {
  table: TABLE,
  uses: [],
  check(rows, log) {
    const keyOf = ({ data }: Row) => (typeof data.park_id === 'string' && typeof data.category_id === 'string' ? `${data.park_id}\u0000${data.category_id}` : null);
    for (const [row, first] of repeatsWithinPeriod(rows(TABLE), keyOf)) {
      const { park_id: park, category_id: category } = row.data;
      log.add(at(row, 'category_id'), {
        code: 'DUPLICATE_RESULT',
        zh: `园区“${park}”的类别“${category}”在本期已有第 ${first.line} 行的得分`,
        en: `park "${park}" already has a score in category "${category}" on line ${first.line} for this period`,
      });
    }
  },
};

export const categoryScoreHasResult: Rule = {
  table: TABLE,
  uses: ['results'],
  check(rows, log) {
    const published = new Set(rows('results').map((row) => `${row.data.period}\u0000${row.data.park_id}`));
    for (const row of rows(TABLE)) {
      const { period, park_id: park } = row.data;
      if (typeof park !== 'string' || published.has(`${period}\u0000${park}`)) continue;
      log.add(at(row, 'park'), {
        code: 'CATEGORY_WITHOUT_RESULT',
        zh: `园区“${park}”在 snapshots/${period}/results.csv 中没有结果行；公布的类别得分须与其公布结果一同录入`,
        en: `park "${park}" has no row in snapshots/${period}/results.csv; a published category score goes with the park's published result`,
      });
    }
  },
};

export const categoryScoreWithinPoints: Rule = {
  table: TABLE,
  uses: ['categories'],
  check(rows, log) {
    const points = new Map(rows('categories').map((row) => [row.data.category_id, row.data.points]));
    for (const row of rows(TABLE)) {
      const { category_id: category, score } = row.data;
      const full = points.get(category);
      if (typeof score !== 'number' || typeof full !== 'number' || score <= full) continue;
      log.add(at(row, 'score'), {
        code: 'CATEGORY_ABOVE_FULL',
        zh: `列“score”的值“${score}”高于类别“${category}”的满分 ${full} 分（categories.csv）；如公布原文如此（封顶计分可高于满分），可忽略此警告`,
        en: `column "score": ${score} is above the ${full} points of category "${category}" (categories.csv); if the publication says so (capped scoring can exceed full marks), this warning may stand`,
      });
    }
  },
};
