package vn.his.core.catalog;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Answers whether an ICD-10 code is valid on a date (the catalogue in force on the day of care) and searches it. */
@Service
public class Icd10Catalog {

    private final Icd10Repository codes;

    public Icd10Catalog(Icd10Repository codes) {
        this.codes = codes;
    }

    @Transactional(readOnly = true)
    public boolean isValid(String code, LocalDate date) {
        return code != null && codes.existsOn(code.strip().toUpperCase(), date);
    }

    /** Refuses the first code of {@code codes} that is not in the catalogue valid on {@code date}. */
    @Transactional(readOnly = true)
    public void requireValid(Collection<String> codesToCheck, LocalDate date) {
        for (String code : codesToCheck) {
            if (!isValid(code, date)) {
                throw new UnknownCodeException("icd10.unknown", code, date);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Icd10Code> search(String text, LocalDate date, int limit) {
        String t = text == null ? "" : text.strip();
        return codes.search(t.toUpperCase(), t, date, PageRequest.of(0, limit));
    }
}
