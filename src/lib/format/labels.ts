/** Chinese labels for the contract's codes. */
import type { ParkRow } from '../contract/dataset.ts';

export const LEVEL_LABELS: Record<ParkRow['level'], string> = { national: '国家级', provincial: '省级' };

export const KIND_LABELS: Record<ParkRow['kind'], string> = {
  high_tech: '高新区',
  economic: '经开区',
  industrial: '工业园区',
  agricultural: '农业园区',
  logistics: '物流园区',
  tourism: '旅游度假区',
  other: '其他',
};

export const DIRECTION_LABELS = { higher: '越高越好', lower: '越低越好' } as const;
export const METHOD_LABELS = { benchmark: '标杆值比值法', minmax: '极差法' } as const;
export const MISSING_LABELS = { zero: '缺失记 0 分', average: '缺失记有数据园区平均分' } as const;
