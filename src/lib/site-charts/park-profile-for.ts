/** A park's profile for the latest period, from the build's data: what its page and its embeds draw from. */
import {
  latestSnapshot, readAdjustments, readCategories, readCategoryScores, readIndicatorScores, readIndicators, readParks, readPublishedCategoryScores,
  readRankings, readRewardHits, readSite, readSnapshots, readTiers,
} from '../site-data.ts';
import { memoFor } from '../views/memo.ts';
import { buildParkProfile, type ParkProfile, type ProfileTables } from '../views/park-profile.ts';

/** The tables a park profile is built from, as the build published them. */
export function readProfileTables(): ProfileTables {
  return {
    site: readSite(),
    snapshots: readSnapshots(),
    categories: readCategories(),
    indicators: readIndicators(),
    tiers: readTiers(),
    parks: readParks(),
    rankings: readRankings(),
    categoryScores: readCategoryScores(),
    publishedCategoryScores: readPublishedCategoryScores(),
    indicatorScores: readIndicatorScores(),
    adjustments: readAdjustments(),
    rewardHits: readRewardHits(),
  };
}

/** Built once per park: the embeds' index and the park's page both draw from it. */
export function parkProfileFor(parkId: string): ParkProfile {
  const period = latestSnapshot().period;
  return memoFor(readRankings(), `profile:${parkId}:${period}`, () => buildParkProfile(readProfileTables(), parkId, period));
}
