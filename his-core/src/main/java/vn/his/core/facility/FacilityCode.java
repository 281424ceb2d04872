package vn.his.core.facility;

import java.time.LocalDate;

import vn.his.core.common.Validity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One MA_CSKCB of a facility with the period it was valid (codes were reissued after the 2025 province merger). */
@Entity
@Table(name = "facility_code")
public class FacilityCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(nullable = false, length = 5)
    private String code;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected FacilityCode() {
    }

    FacilityCode(Facility facility, String code, LocalDate validFrom) {
        this.facility = facility;
        this.code = code;
        this.validFrom = validFrom;
    }

    public boolean isValidOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }

    void closeOn(LocalDate lastDay) {
        this.validTo = lastDay;
    }

    public String code() { return code; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
}
