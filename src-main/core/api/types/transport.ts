/**
 * Reasons the browser shell's HTTP binding refuses a call before the API sees it: `details.reason`
 * of the Result it answers with (an HTTP 413 whose body is still a Result). The renderer has a
 * Dutch and an English text for each.
 */
export const TRANSPORT_REASONS = [
  'request-too-large', // { call, limitMegabytes }
] as const;
export type TransportReason = (typeof TRANSPORT_REASONS)[number];
