package vn.his.core.patient;

import java.text.Normalizer;
import java.util.Locale;

/** A search key for Vietnamese names: no diacritics, đ→D, upper case, single spaces ("Nguyễn  Văn Đức" → "NGUYEN VAN DUC"). */
public final class NameKey {

    private NameKey() {
    }

    public static String of(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D');
        return decomposed.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
