/**
 * Reference data shipped with the application as CSV files under the classpath folder {@code db/reference/}
 * (repository folder {@code db/reference/}): administrative units, provinces after the 2025 merger, ICD-10 and
 * ICD-9-CM. {@link vn.his.core.reference.ReferenceCsv} reads RFC 4180 CSV strictly and in a streaming way;
 * the typed rows ({@link vn.his.core.reference.AdminUnitRow}, {@link vn.his.core.reference.ProvinceRow},
 * {@link vn.his.core.reference.Icd10Row}, {@link vn.his.core.reference.Icd9Row}) validate each row;
 * {@link vn.his.core.reference.ReferenceFile} names the committed files. Plain Java, no Spring.
 *
 * <p>The sub-package {@code tool} holds the developer tool that regenerates the CSV files from the official
 * spreadsheets; nothing in the application calls it.
 */
package vn.his.core.reference;
