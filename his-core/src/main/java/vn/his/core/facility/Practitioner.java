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

/** A practitioner with the practising-certificate number (CCHN) sent as MA_BAC_SI / NGUOI_THUC_HIEN. */
@Entity
@Table(name = "practitioner")
public class Practitioner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "certificate_no", nullable = false)
    private String certificateNo;

    private String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(nullable = false)
    private boolean active;

    protected Practitioner() {
    }

    public Practitioner(Facility facility, String fullName, String certificateNo, String title, Department department) {
        this.facility = facility;
        this.fullName = fullName;
        this.certificateNo = certificateNo;
        this.title = title;
        this.department = department;
        this.active = true;
    }

    public Long id() { return id; }
    public Facility facility() { return facility; }
    public String fullName() { return fullName; }
    public String certificateNo() { return certificateNo; }
    public String title() { return title; }
    public Department department() { return department; }
    public boolean active() { return active; }
}
