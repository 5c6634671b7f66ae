/**
 * Wave and annual reports (issue 7): reads the tables of the earlier stages (SIEI records,
 * persons, call cases and results, routing, partners' feedback) and writes the figures as French
 * CSV files and one self-contained HTML page with server-side SVG charts; the SMS section
 * ({@link fr.raccrochage.reporting.SmsReportSection}) takes its figures from the SMS stage; and where
 * each wave stands now ({@code vague etat}, {@code vague liste}), read only. Cases are counted by the
 * core {@link fr.raccrochage.core.cases.CaseStatus}, shown in the report's order and colours
 * ({@link fr.raccrochage.reporting.Outcomes}).
 */
package fr.raccrochage.reporting;
