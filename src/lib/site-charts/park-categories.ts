/** A park's category scores against the province's median and best: on its page and as an embed. */
import { categoryBars } from '../charts/category-bars.ts';
import { drawnChart } from './drawn-chart.ts';
import { exportFileName } from '../chart-export/file-name.ts';
import { snapshotCredit } from '../chart-export/credit.ts';
import { areaWord } from '../format/area-word.ts';
import { formatNumber } from '../format/number.ts';
import { readSite } from '../site-data.ts';
import { isOverFull, OVER_FULL_MARK, overFullNote } from '../views/over-full.ts';
import { memoFor } from '../views/memo.ts';
import type { ParkProfile } from '../views/park-profile.ts';
import type { EmbeddableChart } from './site-chart.ts';

const score = (x: number) => formatNumber(x, 2);

/** Drawn once per profile: its embed and its park's page show the same chart. */
export function parkCategoriesChart(profile: ParkProfile): EmbeddableChart {
  return memoFor(profile, 'categories-chart', () => drawCategories(profile));
}

function drawCategories({ park, snapshot, categories }: ParkProfile): EmbeddableChart {
  const title = `${park.name_zh}${snapshot.period}年度分类得分`;
  const scored = categories.map((c) => ({ category_id: c.category.category_id, name: c.category.name_zh, score: c.score, points: c.points }));
  const note = overFullNote(scored, categories.flatMap((c) => c.indicators.map((s) => s.indicator)));
  const area = areaWord(readSite().region);
  const description = `每类的得分（实心条）与满分（外框）；竖线为${area}中位数，三角为${area}最高分。${note ?? ''}`;
  const drawn = drawnChart('category-bars', categoryBars,
    categories.map((c) => ({
      category: c.category.name_zh, score: c.score, points: c.points, median: c.median, best: c.best, ...(isOverFull(c) ? { note: OVER_FULL_MARK } : {}),
    })),
    { title, description, area },
  );
  return {
    id: 'category-scores',
    title,
    description,
    ...drawn,
    columns: [
      { key: 'category', label: '类别', header: true },
      { key: 'score', label: '得分', numeric: true },
      { key: 'points', label: '满分', numeric: true },
      { key: 'median', label: `${area}中位数`, numeric: true },
      { key: 'best', label: `${area}最高`, numeric: true },
    ],
    rows: categories.map((c) => ({
      category: c.category.name_zh, score: score(c.score), points: score(c.points), median: score(c.median), best: score(c.best),
    })),
    credit: snapshotCredit(snapshot),
    fileName: exportFileName(['parks', park.park_id, 'category-scores', snapshot.period]),
    embedPath: `/embed/parks/${park.park_id}/categories/`,
  };
}
