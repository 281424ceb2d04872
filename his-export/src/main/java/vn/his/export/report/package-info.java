/**
 * Reconciliation reports of the frozen claims (bhyt-rules.md §6): the monthly summary by encounter type and cost
 * group and the per-patient list (columns after the 79a/80a lists), read from the stored XML 130 tables of the
 * newest non-superseded claim version of each encounter and streamed into an SXSSF workbook.
 */
package vn.his.export.report;
