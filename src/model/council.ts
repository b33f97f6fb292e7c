// Councils: every list and traversal question is about one council's inspections, named by its
// organisation id; the service answers about its home council unless a request names another.
export const HOME_COUNCIL = 'org-tameside-council';
