/** Scores and points are compared to 6 decimals, as scoring.sql ranks them: float noise is no difference. */
export const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
