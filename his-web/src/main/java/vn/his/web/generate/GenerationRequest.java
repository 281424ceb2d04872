package vn.his.web.generate;

import java.time.YearMonth;

/**
 * What to generate: {@code facilities} facilities of the province (one provincial hospital, district hospitals and
 * commune health stations), {@code patients} patients with their cards, {@code encounters} encounters arriving in
 * {@code month}; the same seed gives the same data on an empty database.
 */
public record GenerationRequest(int facilities, int patients, int encounters, YearMonth month, long seed) {
}
