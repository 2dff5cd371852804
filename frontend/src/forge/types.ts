/** Forge shapes, taken as types only from the backend's zod schemas (nothing of the backend ships). */
import type { output } from 'zod';
import type { dayResponse, insightsResponse, progressionResponse, trendResponse } from '../../../functions/forge/schemas';

export type { Activity, ActivitySource, ManualActivityChanges, ManualActivityInput } from '../../../shared/domain/forge/activity';
export type ForgeDay = output<typeof dayResponse>;
export type ForgeInsights = output<typeof insightsResponse>;
export type ForgeProgression = output<typeof progressionResponse>;
export type Trend = output<typeof trendResponse>;
export type InsightsPeriod = ForgeInsights['period'];
export type ProgressionPeriod = ForgeProgression['period'];
