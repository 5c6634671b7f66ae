/**
 * Review of doubtful pairs (issue 13), downstream of identity and calls: {@code doublons a-verifier}
 * writes every pair still to settle of a wave (possible duplicates within the wave or against earlier
 * waves, known-case lines to check) with both records side by side and each field's contribution to
 * the score; {@code doublons decider} reads the operators' MEME / DIFFERENT answers and applies each
 * one in one transaction across the stages: identity's registry ({@link fr.raccrochage.identity.PairReview}),
 * the call cases of the waves concerned ({@link fr.raccrochage.calls.CaseMergeService}), oppositions
 * ({@link fr.raccrochage.core.privacy.Oppositions}) and the operator journal.
 */
package fr.raccrochage.review;
