package vn.his.core.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

import vn.his.core.common.Validity;

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
import jakarta.persistence.Table;

import vn.his.core.encounter.OrderKind;
import vn.his.core.facility.Facility;

/**
 * A drug, service, bed, supply or transport item of a facility's approved catalogue, with its prices for a period
 * (a price change is a new row). Drug columns follow the BHXH portal export (MA_THUOC, TEN_THUOC, HAM_LUONG,
 * DUONG_DUNG, SO_DANG_KY, TT_THAU, DON_GIA, DON_GIA_BH, TYLE_TT_BH).
 */
@Entity
@Table(name = "catalog_item")
public class CatalogItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderKind kind;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "active_ingredient")
    private String activeIngredient;

    @Column(name = "cost_group", nullable = false)
    private int costGroup;

    @Column(nullable = false)
    private String unit;

    private String strength;

    @Column(name = "route_code")
    private String routeCode;

    @Column(name = "dosage_form")
    private String dosageForm;

    @Column(name = "registration_no")
    private String registrationNo;

    @Column(name = "tender_info")
    private String tenderInfo;

    @Column(name = "hospital_price", nullable = false)
    private BigDecimal hospitalPrice;

    @Column(name = "insurance_price", nullable = false)
    private BigDecimal insurancePrice;

    @Column(name = "insurance_ratio", nullable = false)
    private int insuranceRatio;

    @Column(nullable = false)
    private int scope;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "demo_data", nullable = false)
    private boolean demoData;

    protected CatalogItem() {
    }

    public CatalogItem(Facility facility, OrderKind kind, String code, String name, int costGroup, String unit,
                       BigDecimal hospitalPrice, BigDecimal insurancePrice, int insuranceRatio, int scope,
                       LocalDate validFrom) {
        this.facility = facility;
        this.kind = kind;
        this.code = code;
        this.name = name;
        this.costGroup = costGroup;
        this.unit = unit;
        this.hospitalPrice = hospitalPrice;
        this.insurancePrice = insurancePrice;
        this.insuranceRatio = insuranceRatio;
        this.scope = scope;
        this.validFrom = validFrom;
    }

    public CatalogItem drug(String activeIngredient, String strength, String routeCode, String dosageForm,
                            String registrationNo, String tenderInfo) {
        this.activeIngredient = activeIngredient;
        this.strength = strength;
        this.routeCode = routeCode;
        this.dosageForm = dosageForm;
        this.registrationNo = registrationNo;
        this.tenderInfo = tenderInfo;
        return this;
    }

    public CatalogItem tender(String tenderInfo) {
        this.tenderInfo = tenderInfo;
        return this;
    }

    /** Sets the last day of this price period (null: open-ended). */
    public CatalogItem validUntil(LocalDate lastDay) {
        if (lastDay != null && lastDay.isBefore(validFrom)) {
            throw new IllegalArgumentException("catalogue item " + code + " cannot end before " + validFrom);
        }
        this.validTo = lastDay;
        return this;
    }

    /** Replaces the values of this price period (same kind, code and first day), as a catalogue import does. */
    public void revise(String name, int costGroup, String unit, BigDecimal hospitalPrice, BigDecimal insurancePrice,
                       int insuranceRatio, int scope, LocalDate validTo, String activeIngredient, String strength,
                       String routeCode, String dosageForm, String registrationNo, String tenderInfo) {
        this.name = name;
        this.costGroup = costGroup;
        this.unit = unit;
        this.hospitalPrice = hospitalPrice;
        this.insurancePrice = insurancePrice;
        this.insuranceRatio = insuranceRatio;
        this.scope = scope;
        validUntil(validTo);
        drug(activeIngredient, strength, routeCode, dosageForm, registrationNo, tenderInfo);
    }

    public CatalogItem markDemoData() {
        this.demoData = true;
        return this;
    }

    public boolean isValidOn(LocalDate date) {
        return Validity.covers(validFrom, validTo, date);
    }

    public Long id() { return id; }
    public Facility facility() { return facility; }
    public OrderKind kind() { return kind; }
    public String code() { return code; }
    public String name() { return name; }
    public String activeIngredient() { return activeIngredient; }
    public int costGroup() { return costGroup; }
    public String unit() { return unit; }
    public String strength() { return strength; }
    public String routeCode() { return routeCode; }
    public String dosageForm() { return dosageForm; }
    public String registrationNo() { return registrationNo; }
    public String tenderInfo() { return tenderInfo; }
    public BigDecimal hospitalPrice() { return hospitalPrice; }
    public BigDecimal insurancePrice() { return insurancePrice; }
    public int insuranceRatio() { return insuranceRatio; }
    public int scope() { return scope; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public boolean demoData() { return demoData; }
}
