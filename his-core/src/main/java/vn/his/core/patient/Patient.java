package vn.his.core.patient;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person as XML1 describes them (QĐ 4750 Bảng 1: HO_TEN, NGAY_SINH, GIOI_TINH, NHOM_MAU, MA_QUOCTICH, MA_DANTOC,
 * MA_NGHE_NGHIEP, DIA_CHI, MATINH/MAHUYEN/MAXA_CU_TRU, DIEN_THOAI, SO_CCCD), with a province-wide MA_BN.
 */
@Entity
@Table(name = "patient")
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "patient_code", nullable = false, updatable = false)
    private String patientCode;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "birth_year", nullable = false)
    private int birthYear;

    @Column(name = "birth_month")
    private Integer birthMonth;

    @Column(name = "birth_day")
    private Integer birthDay;

    @Column(name = "birth_time")
    private String birthTime;

    @Column(nullable = false)
    private int gender;

    @Column(name = "ethnicity_code", nullable = false)
    private String ethnicityCode;

    @Column(name = "nationality_code", nullable = false)
    private String nationalityCode;

    @Column(name = "occupation_code", nullable = false)
    private String occupationCode;

    @Column(nullable = false)
    private String address;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "district_code")
    private String districtCode;

    @Column(name = "commune_code", nullable = false)
    private String communeCode;

    @Column(name = "citizen_id")
    private String citizenId;

    private String phone;

    @Column(name = "blood_group")
    private String bloodGroup;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    protected Patient() {
    }

    Patient(String patientCode, PatientDetails details, LocalDateTime now) {
        this.patientCode = patientCode;
        this.createdAt = now;
        apply(details, now);
    }

    void apply(PatientDetails d, LocalDateTime now) {
        this.fullName = d.fullName();
        this.nameKey = NameKey.of(d.fullName());
        this.birthYear = d.birthDate().year();
        this.birthMonth = d.birthDate().month();
        this.birthDay = d.birthDate().day();
        this.birthTime = d.birthDate().time();
        this.gender = d.gender().code();
        this.ethnicityCode = d.ethnicityCode();
        this.nationalityCode = d.nationalityCode();
        this.occupationCode = d.occupationCode();
        this.address = d.address();
        this.provinceCode = d.provinceCode();
        this.districtCode = d.districtCode();
        this.communeCode = d.communeCode();
        this.citizenId = d.citizenId();
        this.phone = d.phone();
        this.bloodGroup = d.bloodGroup();
        this.updatedAt = now;
    }

    public PatientDetails details() {
        return new PatientDetails(fullName, birthDate(), Gender.ofCode(gender), ethnicityCode, nationalityCode,
                occupationCode, address, provinceCode, districtCode, communeCode, citizenId, phone, bloodGroup);
    }

    public BirthDate birthDate() {
        return new BirthDate(birthYear, birthMonth, birthDay, birthTime);
    }

    public Long id() { return id; }
    public String patientCode() { return patientCode; }
    public String fullName() { return fullName; }
    public String nameKey() { return nameKey; }
    public Gender gender() { return Gender.ofCode(gender); }
    public String ethnicityCode() { return ethnicityCode; }
    public String nationalityCode() { return nationalityCode; }
    public String occupationCode() { return occupationCode; }
    public String address() { return address; }
    public String provinceCode() { return provinceCode; }
    public String districtCode() { return districtCode; }
    public String communeCode() { return communeCode; }
    public String citizenId() { return citizenId; }
    public String phone() { return phone; }
    public String bloodGroup() { return bloodGroup; }
    public LocalDateTime createdAt() { return createdAt; }
    public LocalDateTime updatedAt() { return updatedAt; }
}
