/**
 * A presenter putting right what the programme said before: "Earlier we said 307 came home
 * today. It was 390." The words after "earlier we said" are the withdrawn version's, like a
 * notice's "our report said …", so they are no claim. Only this order: "as we said earlier"
 * and "we said earlier that …" stand by the figure rather than take it back.
 */
export const ON_AIR_WITHDREW =
  /\bearlier\s*(?:(?:in|on)\s+(?:this|the)\s+(?:programme|program|bulletin|broadcast|hour|show|news)\s*)?,?\s+(?:we|I)\s+(?:wrongly\s+|incorrectly\s+|mistakenly\s+)?(?:said|reported|told you|gave|had|put)\b[^.;]{0,80}$/i;
