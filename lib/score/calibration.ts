export interface Calibration {
  id: string;
  source: string;
  accounts: number;
  engagement: { intercept: number; slope: number; logSd: number; minFollowers: number; maxFollowers: number };
  followRatio: { mean: number; sd: number };
  likesModel: { intercept: number; comments: number; followers: number; sd: number };
  likesPerComment: { mean: number; sd: number };
  topShare: { p995: number };
}
