package vn.his.web.fhir;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ChargeItem;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Location;
import org.hl7.fhir.r4.model.Money;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.PositiveIntType;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;

import vn.his.core.card.InsuranceCard;
import vn.his.core.common.ClinicalTime;
import vn.his.core.encounter.EncounterStatus;
import vn.his.core.encounter.EncounterType;
import vn.his.core.encounter.OrderKind;
import vn.his.core.encounter.OrderLine;
import vn.his.core.facility.Department;
import vn.his.core.facility.Facility;
import vn.his.core.patient.Gender;
import vn.his.web.api.patient.PatientView;

/**
 * Domain records as base FHIR R4 resources (no profile). Vietnamese names are family name first: the first word is
 * {@code family}, the rest {@code given}, and {@code text} the whole. Times are Asia/Ho_Chi_Minh (+07:00).
 */
final class FhirMapper {

    private static final TimeZone VIETNAM = TimeZone.getTimeZone(ClinicalTime.VIETNAM);
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String ROLE_CODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
    static final String PAYOR = "Bảo hiểm xã hội Việt Nam";

    private FhirMapper() {
    }

    static Patient patient(vn.his.core.patient.Patient p, List<InsuranceCard> cards) {
        Patient r = new Patient();
        r.setId(String.valueOf(p.id()));
        r.addIdentifier().setSystem(FhirSystems.PATIENT_CODE).setValue(p.patientCode());
        if (p.citizenId() != null) {
            r.addIdentifier().setSystem(FhirSystems.CITIZEN_ID).setValue(p.citizenId());
        }
        for (InsuranceCard c : cards) {
            r.addIdentifier().setSystem(FhirSystems.CARD_NUMBER).setValue(c.cardNumber()).setPeriod(period(c));
        }
        r.setActive(true);
        r.addName(name(p.fullName()));
        r.setGender(switch (p.gender()) {
            case MALE -> Enumerations.AdministrativeGender.MALE;
            case FEMALE -> Enumerations.AdministrativeGender.FEMALE;
            case UNDETERMINED -> Enumerations.AdministrativeGender.UNKNOWN;
        });
        r.setBirthDateElement(new DateType(PatientView.iso(p.birthDate())));
        if (p.phone() != null) {
            r.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone());
        }
        Address a = r.addAddress().setUse(Address.AddressUse.HOME).setText(p.address()).setState(p.provinceCode())
                .setCountry("VN");
        if (p.districtCode() != null) {
            a.setDistrict(p.districtCode());
        }
        a.addExtension(FhirSystems.EXT_COMMUNE, new CodeType(p.communeCode()));
        r.addExtension(FhirSystems.EXT_ETHNICITY, new CodeType(p.ethnicityCode()));
        r.addExtension(FhirSystems.EXT_NATIONALITY, new CodeType(p.nationalityCode()));
        r.addExtension(FhirSystems.EXT_OCCUPATION, new CodeType(p.occupationCode()));
        return r;
    }

    static HumanName name(String fullName) {
        HumanName n = new HumanName().setText(fullName).setUse(HumanName.NameUse.OFFICIAL);
        String[] words = fullName.split(" ");
        n.setFamily(words[0]);
        for (int i = 1; i < words.length; i++) {
            n.addGiven(words[i]);
        }
        return n;
    }

    static Gender gender(Enumerations.AdministrativeGender g) {
        if (g == null) {
            return null;
        }
        return switch (g) {
            case MALE -> Gender.MALE;
            case FEMALE -> Gender.FEMALE;
            default -> Gender.UNDETERMINED;
        };
    }

    static Organization organization(Facility f, LocalDate today) {
        Organization o = new Organization();
        o.setId(String.valueOf(f.id()));
        f.codeOn(today).ifPresent(code -> o.addIdentifier().setSystem(FhirSystems.FACILITY_CODE).setValue(code));
        o.setActive(true);
        o.setName(f.name());
        o.addType().setText(f.routeLevel().name() + " / " + f.careLevel().name());
        Address a = o.addAddress().setState(f.provinceCode()).setCountry("VN");
        if (f.address() != null) {
            a.setText(f.address());
        }
        if (f.parent() != null) {
            o.setPartOf(new Reference("Organization/" + f.parent().id()));
        }
        return o;
    }

    /** A department of a facility (MA_KHOA), managed by the facility's Organization. */
    static Location location(Department d) {
        Location l = new Location();
        l.setId(String.valueOf(d.id()));
        l.addIdentifier().setSystem(FhirSystems.DEPARTMENT_CODE).setValue(d.code());
        l.setStatus(Location.LocationStatus.ACTIVE);
        l.setName(d.name());
        l.setMode(Location.LocationMode.INSTANCE);
        l.addType().addCoding(new Coding(ROLE_CODE, "HU", "Hospital unit"))
                .setText(d.inpatient() ? "Khoa điều trị nội trú" : "Khoa");
        l.setManagingOrganization(new Reference("Organization/" + d.facility().id()));
        return l;
    }

    static Practitioner practitioner(vn.his.core.facility.Practitioner p) {
        Practitioner r = new Practitioner();
        r.setId(String.valueOf(p.id()));
        r.addIdentifier().setSystem(FhirSystems.PRACTITIONER_CERTIFICATE).setValue(p.certificateNo());
        r.setActive(p.active());
        r.addName(name(p.fullName()));
        if (p.title() != null && !p.title().isBlank()) {
            r.addQualification().setCode(new CodeableConcept().setText(p.title()))
                    .setIssuer(new Reference("Organization/" + p.facility().id()));
        }
        return r;
    }

    static Coverage coverage(InsuranceCard c) {
        Coverage r = new Coverage();
        r.setId(String.valueOf(c.id()));
        r.addIdentifier().setSystem(FhirSystems.CARD_NUMBER).setValue(c.cardNumber());
        r.setStatus(Coverage.CoverageStatus.ACTIVE);
        r.setSubscriberId(c.cardNumber());
        r.setBeneficiary(new Reference("Patient/" + c.patient().id()));
        r.addPayor(new Reference().setDisplay(PAYOR));
        r.setPeriod(period(c));
        r.setType(new CodeableConcept().setText("BHYT " + c.groupCode() + c.benefitDigit()));
        r.addExtension(FhirSystems.EXT_REGISTERED_FACILITY, new Identifier().setSystem(FhirSystems.FACILITY_CODE)
                .setValue(c.registeredFacility()));
        if (c.livingArea() != null) {
            r.addExtension(FhirSystems.EXT_LIVING_AREA, new CodeType(c.livingArea()));
        }
        if (c.fiveYearsDate() != null) {
            r.addExtension(FhirSystems.EXT_FIVE_YEARS, new DateType(c.fiveYearsDate().toString()));
        }
        return r;
    }

    private static Period period(InsuranceCard c) {
        Period p = new Period().setStartElement(new DateTimeType(c.validFrom().toString()));
        if (c.validTo() != null) {
            p.setEndElement(new DateTimeType(c.validTo().toString()));
        }
        return p;
    }

    static Encounter encounter(vn.his.core.encounter.Encounter e) {
        return encounter(e, code -> java.util.Optional.empty());
    }

    /** As {@link #encounter(vn.his.core.encounter.Encounter)}, each department also as {@code Location/<id>}. */
    static Encounter encounter(vn.his.core.encounter.Encounter e,
                               java.util.function.Function<String, java.util.Optional<Long>> departmentIds) {
        Encounter r = new Encounter();
        r.setId(String.valueOf(e.id()));
        r.addIdentifier().setSystem(FhirSystems.ENCOUNTER_CODE).setValue(e.maLk());
        r.setStatus(switch (e.status()) {
            case OPEN, CORRECTING -> Encounter.EncounterStatus.INPROGRESS;
            case FINISHED, SETTLED -> Encounter.EncounterStatus.FINISHED;
        });
        String actCode = e.emergency() ? "EMER" : EncounterType.isInpatient(e.encounterType()) ? "IMP" : "AMB";
        r.setClass_(new Coding(ACT_CODE, actCode, switch (actCode) {
            case "EMER" -> "emergency";
            case "IMP" -> "inpatient encounter";
            default -> "ambulatory";
        }));
        r.addType().addCoding(new Coding(FhirSystems.ENCOUNTER_TYPE, e.encounterType(), null));
        r.setSubject(new Reference("Patient/" + e.patient().id()));
        r.setServiceProvider(new Reference("Organization/" + e.facility().id()));
        Period period = new Period().setStartElement(dateTime(e.arrivalTime()));
        if (e.dischargeTime() != null) {
            period.setEndElement(dateTime(e.dischargeTime()));
        }
        r.setPeriod(period);
        r.addReasonCode().setText(e.visitReason());
        if (e.departmentCodes() != null) {
            for (String k : e.departmentCodes().split(";")) {
                Reference location = new Reference().setIdentifier(
                        new Identifier().setSystem(FhirSystems.DEPARTMENT_CODE).setValue(k)).setDisplay(k);
                departmentIds.apply(k).ifPresent(id -> location.setReference("Location/" + id));
                r.addLocation().setLocation(location);
            }
        }
        List<String> codes = diagnosisCodes(e);
        for (int i = 0; i < codes.size(); i++) {
            r.addDiagnosis().setCondition(new Reference("Condition/" + e.id() + "-" + (i + 1)))
                    .setRank(i + 1);
        }
        if (e.treatmentResult() != null) {
            r.addExtension(FhirSystems.EXT_TREATMENT_RESULT, new IntegerType(e.treatmentResult()));
        }
        if (e.dischargeType() != null) {
            r.addExtension(FhirSystems.EXT_DISCHARGE_TYPE, new IntegerType(e.dischargeType()));
        }
        return r;
    }

    /** MA_BENH_CHINH first, then MA_BENH_KT: Condition {@code <encounter>-<n>} is the n-th of this list. */
    static List<String> diagnosisCodes(vn.his.core.encounter.Encounter e) {
        List<String> codes = new ArrayList<>();
        if (e.mainIcd10() != null) {
            codes.add(e.mainIcd10());
        }
        codes.addAll(e.secondaryIcd10());
        return codes;
    }

    static Condition condition(vn.his.core.encounter.Encounter e, int n, String code, String display) {
        Condition c = new Condition();
        c.setId(e.id() + "-" + n);
        c.addCategory().addCoding(new Coding(CONDITION_CATEGORY, "encounter-diagnosis", "Encounter Diagnosis"));
        c.setVerificationStatus(new CodeableConcept().addCoding(
                new Coding(CONDITION_VERIFICATION, "confirmed", "Confirmed")));
        CodeableConcept cc = new CodeableConcept().addCoding(new Coding(FhirSystems.ICD10, code, display));
        if (n == 1 && e.diagnosisOut() != null) {
            cc.setText(e.diagnosisOut());
        }
        c.setCode(cc);
        c.setSubject(new Reference("Patient/" + e.patient().id()));
        c.setEncounter(new Reference("Encounter/" + e.id()));
        c.setRecordedDateElement(dateTime(e.arrivalTime()));
        return c;
    }

    static ChargeItem chargeItem(vn.his.core.encounter.Encounter e, OrderLine l) {
        ChargeItem c = new ChargeItem();
        c.setId(e.id() + "-" + l.lineNo());
        c.setStatus(e.status() == EncounterStatus.SETTLED ? ChargeItem.ChargeItemStatus.BILLED
                : ChargeItem.ChargeItemStatus.BILLABLE);
        String system = l.kind() == OrderKind.DRUG || l.kind() == OrderKind.BLOOD ? FhirSystems.DRUG_CODE
                : l.kind() == OrderKind.SUPPLY ? FhirSystems.SUPPLY_CODE : FhirSystems.SERVICE_CODE;
        c.setCode(new CodeableConcept().addCoding(new Coding(system, l.itemCode(), l.itemName())).setText(l.itemName()));
        c.setSubject(new Reference("Patient/" + e.patient().id()));
        c.setContext(new Reference("Encounter/" + e.id()));
        c.setOccurrence(dateTime(l.orderTime()));
        c.setQuantity(new Quantity().setValue(l.quantity()).setUnit(l.unit()));
        c.setPerformingOrganization(new Reference("Organization/" + e.facility().id()));
        BigDecimal amount = l.quantity().multiply(l.hospitalUnitPrice()).setScale(2, RoundingMode.HALF_UP);
        c.setPriceOverride(new Money().setValue(amount).setCurrency("VND"));
        c.setOverrideReason("Giá bệnh viện × số lượng (MA_NHOM " + l.costGroup() + ")");
        c.addExtension("https://his.example.vn/fhir/StructureDefinition/stt", new PositiveIntType(l.lineNo()));
        return c;
    }

    static DateTimeType dateTime(LocalDateTime t) {
        Date d = Date.from(t.atZone(ClinicalTime.VIETNAM).toInstant());
        return new DateTimeType(d, TemporalPrecisionEnum.SECOND, VIETNAM);
    }

    static LocalDateTime local(Date d) {
        return d == null ? null : LocalDateTime.ofInstant(d.toInstant(), ClinicalTime.VIETNAM);
    }

    static String text(StringType s) {
        return s == null ? null : s.getValue();
    }
}
