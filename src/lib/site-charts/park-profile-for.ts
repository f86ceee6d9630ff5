/** A park's profile for the latest period, from the build's data: what its page and its embeds draw from. */
import {
  latestSnapshot, readAdjustments, readCategories, readCategoryScores, readIndicatorScores, readIndicators, readParks, readPublishedCategoryScores,
  readRankings, readRewardHits, readSite, readSnapshots, readTiers,
} from '../site-data.ts';
import { memoFor } from '../views/memo.ts';
import { buildParkProfile, type ParkProfile, type ProfileTables } from '../views/park-profile.ts';

/**
 * The tables a park profile (or a briefing) of `period` is built from, as the build published
 * them: the per-period tables hold that period's rows only, all a profile of the period reads.
 */
export function readProfileTables(period: string): ProfileTables {
  return {
    site: readSite(),
    snapshots: readSnapshots(),
    categories: readCategories(),
    indicators: readIndicators(),
    tiers: readTiers(),
    parks: readParks(),
    rankings: readRankings(),
    categoryScores: readCategoryScores(period),
    publishedCategoryScores: readPublishedCategoryScores(period),
    indicatorScores: readIndicatorScores(period),
    adjustments: readAdjustments(period),
    rewardHits: readRewardHits(period),
  };
}

/** Built once per park: the embeds' index and the park's page both draw from it. */
export function parkProfileFor(parkId: string): ParkProfile {
  const period = latestSnapshot().period;
  return memoFor(readRankings(), `profile:${parkId}:${period}`, () => buildParkProfile(readProfileTables(period), parkId, period));
}
