package vn.his.core.facility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * A medical facility (cơ sở KCB): a provincial hospital, a district hospital or a commune health station. Its
 * 5-character MA_CSKCB is dated ({@link FacilityCode}); route level, care level and ranking points drive the route
 * factor (bhyt-rules §3.2–§3.3).
 */
@Entity
@Table(name = "facility")
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "route_level", nullable = false)
    private RouteLevel routeLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "care_level", nullable = false)
    private CareLevel careLevel;

    @Column(name = "ranking_points")
    private Integer rankingPoints;

    @Column(name = "provisional_level", nullable = false)
    private boolean provisionalLevel;

    @Column(name = "hospital_class")
    private String hospitalClass;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Facility parent;

    @Column(name = "province_code", nullable = false)
    private String provinceCode;

    @Column(name = "commune_code")
    private String communeCode;

    private String address;

    @Column(name = "head_social_insurance_no")
    private String headSocialInsuranceNo;

    @Column(name = "demo_data", nullable = false)
    private boolean demoData;

    @OneToMany(mappedBy = "facility", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<FacilityCode> codes = new ArrayList<>();

    protected Facility() {
    }

    public Facility(String name, RouteLevel routeLevel, CareLevel careLevel, Integer rankingPoints,
                    boolean provisionalLevel, String provinceCode, Facility parent) {
        this.name = name;
        this.routeLevel = routeLevel;
        this.careLevel = careLevel;
        this.rankingPoints = rankingPoints;
        this.provisionalLevel = provisionalLevel;
        this.provinceCode = provinceCode;
        this.parent = parent;
    }

    /** Gives the facility the code {@code code} from {@code from}; the code valid until then ends the day before. */
    public FacilityCode assignCode(String code, LocalDate from) {
        if (code == null || !code.matches("\\d{5}")) {
            throw new InvalidFacilityCodeException(code);
        }
        codes.stream().filter(c -> c.validTo() == null && c.validFrom().isBefore(from))
                .forEach(c -> c.closeOn(from.minusDays(1)));
        FacilityCode assigned = new FacilityCode(this, code, from);
        codes.add(assigned);
        return assigned;
    }

    /** The MA_CSKCB in force on {@code date}. */
    public Optional<String> codeOn(LocalDate date) {
        return codes.stream().filter(c -> c.isValidOn(date))
                .max(Comparator.comparing(FacilityCode::validFrom)).map(FacilityCode::code);
    }

    public Long id() { return id; }
    public String name() { return name; }
    public RouteLevel routeLevel() { return routeLevel; }
    public CareLevel careLevel() { return careLevel; }
    public Integer rankingPoints() { return rankingPoints; }
    public boolean provisionalLevel() { return provisionalLevel; }
    public String hospitalClass() { return hospitalClass; }
    public Facility parent() { return parent; }
    public String provinceCode() { return provinceCode; }
    public String communeCode() { return communeCode; }
    public String address() { return address; }
    public String headSocialInsuranceNo() { return headSocialInsuranceNo; }
    public boolean demoData() { return demoData; }
    public List<FacilityCode> codes() { return List.copyOf(codes); }

    public void describe(String hospitalClass, String communeCode, String address, String headSocialInsuranceNo) {
        this.hospitalClass = hospitalClass;
        this.communeCode = communeCode;
        this.address = address;
        this.headSocialInsuranceNo = headSocialInsuranceNo;
    }

    public void markDemoData() {
        this.demoData = true;
    }
}
