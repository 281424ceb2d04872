package vn.his.core.facility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A department of a facility, coded MA_KHOA (QĐ 1804/QĐ-BYT 2026 PL02, e.g. K01, K19). */
@Entity
@Table(name = "department")
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean inpatient;

    protected Department() {
    }

    public Department(Facility facility, String code, String name, boolean inpatient) {
        this.facility = facility;
        this.code = code;
        this.name = name;
        this.inpatient = inpatient;
    }

    public Long id() { return id; }
    public Facility facility() { return facility; }
    public String code() { return code; }
    public String name() { return name; }
    public boolean inpatient() { return inpatient; }
}
