/**
 * A period's briefing: every slide's model, in showing order, built at build time from the
 * published tables. Slide ids are stable names (title, home-ranking, movers, targets, alerts,
 * park-<park_id>, leaders) that ?slides= picks by.
 */
import { areaWord } from '../format/area-word.ts';
import { isPublishedList } from '../views/list-standing.ts';
import { periodResultName, resultDates } from '../views/period-dates.ts';
import { alertsSlide, type AlertsSlide } from './alerts-slide.ts';
import { atScale } from '../views/row-limit.ts';
import { HOME_ROWS_SHOWN, homeRankingSlide, type HomeRankingSlide } from './home-ranking-slide.ts';
import { leadersSlide, type LeadersSlide } from './leaders-slide.ts';
import { moversSlide, type MoversSlide } from './movers-slide.ts';
import { parkSlide, type ParkSlide } from './park-slide.ts';
import { periodRanking, type BriefingTables } from './tables.ts';
import { targetsSlide, type TargetsSlide } from './targets-slide.ts';
import { titleSlide, type TitleSlide } from './title-slide.ts';

export type Slide = TitleSlide | HomeRankingSlide | MoversSlide | TargetsSlide | AlertsSlide | ParkSlide | LeadersSlide;

export interface Deck {
  period: string;
  /** 示例市产业园区评价简报 · 2025年度. */
  title: string;
  /** 数据截至 2026年4月20日（公示中）. */
  asOf: string;
  sample: boolean;
  /** The field the ranking covers, as the slides name it: 全省, 全国. */
  area: string;
  slides: Slide[];
}

export function buildDeck(tables: BriefingTables, period: string): Deck {
  const { site } = tables;
  const snapshot = tables.snapshots.find((s) => s.period === period);
  if (!snapshot) throw new Error(`No period ${period}`);
  const ranking = periodRanking(tables.rankings, period);
  const title = titleSlide(site, snapshot, ranking);
  const home = ranking.filter((r) => r.is_home_city);
  // At scale a city can have a hundred parks, too many for a slide each (the deck's size grew with
  // them): then the parks on the home-ranking slide get one.
  const withSlides = atScale(ranking.length) ? home.slice(0, HOME_ROWS_SHOWN) : home;
  const parks = withSlides.flatMap((r) => parkSlide(tables, r.park_id, period) ?? []);
  const targets = targetsSlide(tables.targetProgress);
  const area = areaWord(site.region);
  // A year known only from a published list has no values, so no vetoes, missing data or category
  // scores to report: those slides would be empty.
  const alerts = alertsSlide(tables, ranking);
  const hasAlerts = alerts.targetsAsOf !== null || !isPublishedList(ranking);
  const leaders = leadersSlide(site.home_city, tables.categories, ranking, tables.categoryScores);
  const hasLeaders = leaders.categories.some((c) => c.leaders.length > 0);
  return {
    period,
    title: `${title.heading} · ${period}年度`,
    asOf: `${periodResultName(snapshot)} · ${resultDates(snapshot)}`,
    sample: site.sample,
    area,
    slides: [
      title,
      homeRankingSlide(site.home_city, area, ranking),
      moversSlide(site.home_city, ranking, tables.rewardHits),
      ...(targets ? [targets] : []),
      ...(hasAlerts ? [alerts] : []),
      ...parks,
      ...(hasLeaders ? [leaders] : []),
    ],
  };
}
