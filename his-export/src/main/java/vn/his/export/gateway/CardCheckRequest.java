package vn.his.export.gateway;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What is looked up with {@code KQNhanLichSuKCB2024} (xml130.md §6.6): card code or 10-digit BHXH number / 12-digit
 * citizen ID, full name and date of birth in {@code dd/MM/yyyy}. People whose card shows only a year of birth are
 * looked up with {@code yyyy} ([C] public clients pass it through unchanged).
 */
public record CardCheckRequest(String maThe, String hoTen, String ngaySinh) {

    /** 15-character card code (QĐ 1351/QĐ-BHXH), 10-digit BHXH number or 12-digit citizen ID (bhyt-rules.md §1.1, §1.3). */
    private static final Pattern CARD = Pattern.compile("[A-Z]{2}\\d{13}|\\d{10}|\\d{12}");
    private static final Pattern BIRTH = Pattern.compile("\\d{2}/\\d{2}/\\d{4}|\\d{4}");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public CardCheckRequest {
        Objects.requireNonNull(maThe, "maThe");
        Objects.requireNonNull(hoTen, "hoTen");
        Objects.requireNonNull(ngaySinh, "ngaySinh");
        if (!CARD.matcher(maThe).matches()) {
            throw new IllegalArgumentException("card code must be 2 letters + 13 digits, 10 or 12 digits: " + maThe);
        }
        if (hoTen.isBlank() || hoTen.length() > 255) {
            throw new IllegalArgumentException("name must be 1..255 characters");
        }
        if (!BIRTH.matcher(ngaySinh).matches()) {
            throw new IllegalArgumentException("date of birth must be dd/MM/yyyy or yyyy: " + ngaySinh);
        }
    }

    public static CardCheckRequest of(String maThe, String hoTen, LocalDate ngaySinh) {
        return new CardCheckRequest(maThe, hoTen, ngaySinh.format(DAY_MONTH_YEAR));
    }
}
