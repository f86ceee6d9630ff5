/** When this build happened: SOURCE_DATE_EPOCH (seconds) when set, for reproducible builds, else now. */
export function buildTime(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}
