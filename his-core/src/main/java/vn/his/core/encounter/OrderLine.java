package vn.his.core.encounter;

import java.math.BigDecimal;
import java.time.LocalDateTime;

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

/**
 * One order line of an encounter: a drug or blood product (XML2) or a service, bed day, supply or transport (XML3),
 * with its catalogue code, quantity and unit prices (3 decimals), times and practitioners. Immutable once added: a
 * change is a removal and a new line while the encounter is editable.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private OrderKind kind;
    @Column(name = "item_code", nullable = false)
    private String itemCode;
    @Column(name = "item_name", nullable = false)
    private String itemName;
    @Column(name = "service_code")
    private String serviceCode;
    @Column(name = "supply_code")
    private String supplyCode;
    @Column(name = "cost_group", nullable = false)
    private int costGroup;
    @Column(name = "unit", nullable = false)
    private String unit;
    @Column(name = "quantity", nullable = false)
    private BigDecimal quantity;
    @Column(name = "hospital_unit_price", nullable = false)
    private BigDecimal hospitalUnitPrice;
    @Column(name = "insurance_unit_price", nullable = false)
    private BigDecimal insuranceUnitPrice;
    @Column(name = "scope", nullable = false)
    private int scope;
    @Column(name = "insurance_ratio", nullable = false)
    private int insuranceRatio;
    @Column(name = "service_ratio", nullable = false)
    private int serviceRatio;
    @Column(name = "supply_package")
    private String supplyPackage;
    @Column(name = "order_time", nullable = false)
    private LocalDateTime orderTime;
    @Column(name = "execution_time")
    private LocalDateTime executionTime;
    @Column(name = "result_time")
    private LocalDateTime resultTime;
    @Column(name = "department_code", nullable = false)
    private String departmentCode;
    @Column(name = "ordering_cchn", nullable = false)
    private String orderingCchn;
    @Column(name = "performer_cchn")
    private String performerCchn;
    @Column(name = "icd10")
    private String icd10;
    @Column(name = "icd9")
    private String icd9;
    @Column(name = "bed_code")
    private String bedCode;
    @Column(name = "payment_method", nullable = false)
    private int paymentMethod;
    @Column(name = "funding_source")
    private Integer fundingSource;
    @Column(name = "strength")
    private String strength;
    @Column(name = "route_code")
    private String routeCode;
    @Column(name = "dosage_form")
    private String dosageForm;
    @Column(name = "dosage")
    private String dosage;
    @Column(name = "usage_note")
    private String usageNote;
    @Column(name = "registration_no")
    private String registrationNo;
    @Column(name = "tender_info")
    private String tenderInfo;
    @Column(name = "fuel_code")
    private String fuelCode;
    @Column(name = "anaesthesia")
    private Integer anaesthesia;
    @Column(name = "machine_code")
    private String machineCode;
    @Column(name = "other_nsnn", nullable = false)
    private BigDecimal otherStateBudget;
    @Column(name = "other_vtnn", nullable = false)
    private BigDecimal otherForeignAid;
    @Column(name = "other_vttn", nullable = false)
    private BigDecimal otherDomesticAid;
    @Column(name = "other_cl", nullable = false)
    private BigDecimal otherOther;
    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected OrderLine() {
    }

    OrderLine(Encounter encounter, int lineNo, OrderLineDraft d, LocalDateTime now) {
        this.encounter = encounter;
        this.lineNo = lineNo;
        this.kind = d.kind();
        this.itemCode = d.itemCode();
        this.itemName = d.itemName();
        this.serviceCode = d.serviceCode();
        this.supplyCode = d.supplyCode();
        this.costGroup = d.costGroup();
        this.unit = d.unit();
        this.quantity = d.quantity();
        this.hospitalUnitPrice = d.hospitalUnitPrice();
        this.insuranceUnitPrice = d.insuranceUnitPrice();
        this.scope = d.scope();
        this.insuranceRatio = d.insuranceRatio();
        this.serviceRatio = d.serviceRatio();
        this.supplyPackage = d.supplyPackage();
        this.orderTime = d.orderTime();
        this.executionTime = d.executionTime();
        this.resultTime = d.resultTime();
        this.departmentCode = d.departmentCode();
        this.orderingCchn = d.orderingCchn();
        this.performerCchn = d.performerCchn();
        this.icd10 = d.icd10();
        this.icd9 = d.icd9();
        this.bedCode = d.bedCode();
        this.paymentMethod = d.paymentMethod();
        this.fundingSource = d.fundingSource();
        this.strength = d.strength();
        this.routeCode = d.routeCode();
        this.dosageForm = d.dosageForm();
        this.dosage = d.dosage();
        this.usageNote = d.usageNote();
        this.registrationNo = d.registrationNo();
        this.tenderInfo = d.tenderInfo();
        this.fuelCode = d.fuelCode();
        this.anaesthesia = d.anaesthesia();
        this.machineCode = d.machineCode();
        this.otherStateBudget = d.otherFunding().stateBudget();
        this.otherForeignAid = d.otherFunding().foreignAid();
        this.otherDomesticAid = d.otherFunding().domesticAid();
        this.otherOther = d.otherFunding().other();
        this.createdAt = now;
    }

    /** The line as a draft again (to copy it into a correction or to price it). */
    public OrderLineDraft toDraft() {
        return new OrderLineDraft(kind, itemCode, itemName, serviceCode, supplyCode, costGroup, unit, quantity, hospitalUnitPrice, insuranceUnitPrice, scope, insuranceRatio, serviceRatio, supplyPackage, orderTime, executionTime, resultTime, departmentCode, orderingCchn, performerCchn, icd10, icd9, bedCode, paymentMethod, fundingSource, strength, routeCode, dosageForm, dosage, usageNote, registrationNo, tenderInfo, fuelCode, anaesthesia, machineCode,
                new OtherFunding(otherStateBudget, otherForeignAid, otherDomesticAid, otherOther));
    }

    public Long id() { return id; }
    public Encounter encounter() { return encounter; }
    public int lineNo() { return lineNo; }
    public OrderKind kind() { return kind; }
    public String itemCode() { return itemCode; }
    public String itemName() { return itemName; }
    public String serviceCode() { return serviceCode; }
    public String supplyCode() { return supplyCode; }
    public int costGroup() { return costGroup; }
    public String unit() { return unit; }
    public BigDecimal quantity() { return quantity; }
    public BigDecimal hospitalUnitPrice() { return hospitalUnitPrice; }
    public BigDecimal insuranceUnitPrice() { return insuranceUnitPrice; }
    public int scope() { return scope; }
    public int insuranceRatio() { return insuranceRatio; }
    public int serviceRatio() { return serviceRatio; }
    public String supplyPackage() { return supplyPackage; }
    public LocalDateTime orderTime() { return orderTime; }
    public LocalDateTime executionTime() { return executionTime; }
    public LocalDateTime resultTime() { return resultTime; }
    public String departmentCode() { return departmentCode; }
    public String orderingCchn() { return orderingCchn; }
    public String performerCchn() { return performerCchn; }
    public String icd10() { return icd10; }
    public String icd9() { return icd9; }
    public String bedCode() { return bedCode; }
    public int paymentMethod() { return paymentMethod; }
    public Integer fundingSource() { return fundingSource; }
    public String strength() { return strength; }
    public String routeCode() { return routeCode; }
    public String dosageForm() { return dosageForm; }
    public String dosage() { return dosage; }
    public String usageNote() { return usageNote; }
    public String registrationNo() { return registrationNo; }
    public String tenderInfo() { return tenderInfo; }
    public String fuelCode() { return fuelCode; }
    public Integer anaesthesia() { return anaesthesia; }
    public String machineCode() { return machineCode; }
    public OtherFunding otherFunding() {
        return new OtherFunding(otherStateBudget, otherForeignAid, otherDomesticAid, otherOther);
    }
    public LocalDateTime createdAt() { return createdAt; }
}
