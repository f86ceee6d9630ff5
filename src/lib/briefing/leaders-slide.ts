/** Slide 7: the province's top parks in each category, and the home city's best-placed park in each. */
import type { CategoryRow } from '../contract/dataset.ts';
import type { CategoryScoreRow, RankingRow } from '../sql/scoring.ts';
import { rankByValue } from '../views/indicator-summary.ts';

export interface Leader {
  parkId: string;
  name: string;
  city: string;
  isHome: boolean;
  score: number;
  /** Place in the category among the ranked parks (equal scores share a place). */
  place: number;
}

export interface CategoryLeaders {
  category: string;
  points: number;
  leaders: Leader[];
  /** The home city's best-placed park; null when none of its parks is ranked. */
  homeBest: Leader | null;
}

export interface LeadersSlide {
  kind: 'leaders';
  id: 'leaders';
  heading: string;
  homeCity: string;
  categories: CategoryLeaders[];
}

export const LEADERS_SHOWN = 3;

/**
 * `ranking` is the period's rows; vetoed parks are left out, as they are from the ranking.
 * `scores` are category_scores rows (any periods; the ranking's are used).
 */
export function leadersSlide(homeCity: string, categories: readonly CategoryRow[], ranking: readonly RankingRow[], scores: readonly CategoryScoreRow[]): LeadersSlide {
  const ranked = new Map(ranking.filter((r) => r.rank !== null).map((r) => [r.park_id, r]));
  const period = ranking[0]?.period;
  return {
    kind: 'leaders',
    id: 'leaders',
    heading: '分类领先园区',
    homeCity,
    categories: [...categories].sort((a, b) => a.sort_order - b.sort_order).map((category) => {
      const inCategory = scores
        .filter((s) => s.period === period && s.category_id === category.category_id && ranked.has(s.park_id))
        .map((s) => ({ park_id: s.park_id, value: s.score }));
      const placed: Leader[] = rankByValue(inCategory, 'higher').map(({ park_id, value, rank }) => {
        const row = ranked.get(park_id)!;
        return { parkId: park_id, name: row.name_zh, city: row.city, isHome: row.is_home_city, score: value, place: rank };
      });
      return {
        category: category.name_zh,
        points: category.points,
        leaders: placed.slice(0, LEADERS_SHOWN),
        homeBest: placed.find((l) => l.isHome) ?? null,
      };
    }),
  };
}
