/**
 * Case status shared by every stage: {@link fr.raccrochage.core.cases.CaseStatus} is the one
 * meaning of {@code dossier_appel.statut} (with its French labels), set by the calls stage, routed
 * by the partners stage, counted by the reports.
 */
package fr.raccrochage.core.cases;
