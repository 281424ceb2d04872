package vn.his.web.fhir;

/**
 * Identifier and code systems of the FHIR endpoint (README "FHIR identifier systems"). The national systems have no
 * registered FHIR URI yet, so they live under this installation's base {@link #BASE}; ICD-10 uses HL7's URI.
 */
public final class FhirSystems {

    private FhirSystems() {
    }

    public static final String BASE = "https://his.example.vn/fhir/";

    /** MA_THE_BHYT: the 15-character health-insurance card number (QĐ 1351/QĐ-BHXH). */
    public static final String CARD_NUMBER = BASE + "sid/the-bhyt";
    /** SO_CCCD: 12-digit citizen id, old 9-digit id card, or passport number. */
    public static final String CITIZEN_ID = BASE + "sid/cccd";
    /** MA_BN: the province-wide patient code of this HIS. */
    public static final String PATIENT_CODE = BASE + "sid/ma-bn";
    /** MA_LK: the encounter link code (facility code + yyMMdd + counter). */
    public static final String ENCOUNTER_CODE = BASE + "sid/ma-lk";
    /** MA_CSKCB: the 5-digit facility code assigned by the provincial health department. */
    public static final String FACILITY_CODE = BASE + "sid/ma-cskcb";
    /** MA_BHXH / CCHN: the practising certificate number of a practitioner. */
    public static final String PRACTITIONER_CERTIFICATE = BASE + "sid/cchn";
    /** MA_KHOA: department code of a facility (QĐ 5937 PL5). */
    public static final String DEPARTMENT_CODE = BASE + "sid/ma-khoa";
    /** maGiaoDich: the transaction id the BHXH gateway gives an accepted dossier. */
    public static final String GATEWAY_TRANSACTION = BASE + "sid/ma-giao-dich";
    /** ICD-10 (QĐ 4469/QĐ-BYT is the Vietnamese edition of WHO ICD-10). */
    public static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    /** MA_LOAI_KCB (QĐ 1804/QĐ-BYT, 01–16). */
    public static final String ENCOUNTER_TYPE = BASE + "CodeSystem/ma-loai-kcb";
    /** Order-line item codes: MA_THUOC (drugs), MA_DICH_VU (services, beds, transport), MA_VAT_TU (supplies). */
    public static final String DRUG_CODE = BASE + "CodeSystem/ma-thuoc";
    public static final String SERVICE_CODE = BASE + "CodeSystem/ma-dich-vu";
    public static final String SUPPLY_CODE = BASE + "CodeSystem/ma-vat-tu";
    /** maKetQua: the result code of the BHXH gateway's answer (CV 1245 §II). */
    public static final String GATEWAY_RESULT_CODE = BASE + "CodeSystem/ma-ket-qua";
    /**
     * ClaimResponse adjudication category "refused" (xuất toán: refused by the gateway's assessment), which HL7's
     * adjudication code system has no code for.
     */
    public static final String ADJUDICATION_REFUSED = BASE + "CodeSystem/adjudication";
    /** MA_LY_DO: the reason code of a refusal in the gateway's assessment results (e.g. its check code). */
    public static final String ASSESSMENT_REASON = BASE + "CodeSystem/ma-ly-do";

    /** Extensions carrying XML1 person codes and card fields that base R4 has no element for. */
    public static final String EXT_ETHNICITY = BASE + "StructureDefinition/ma-dan-toc";
    public static final String EXT_NATIONALITY = BASE + "StructureDefinition/ma-quoc-tich";
    public static final String EXT_OCCUPATION = BASE + "StructureDefinition/ma-nghe-nghiep";
    public static final String EXT_COMMUNE = BASE + "StructureDefinition/ma-xa";
    public static final String EXT_REGISTERED_FACILITY = BASE + "StructureDefinition/ma-dkbd";
    public static final String EXT_LIVING_AREA = BASE + "StructureDefinition/ma-khu-vuc";
    public static final String EXT_FIVE_YEARS = BASE + "StructureDefinition/nam-nam-lien-tuc";
    public static final String EXT_TREATMENT_RESULT = BASE + "StructureDefinition/ket-qua-dtri";
    public static final String EXT_DISCHARGE_TYPE = BASE + "StructureDefinition/ma-loai-rv";
    /** Claim: the claim version number of the MA_LK (1 = settlement, later = corrections and payments). */
    public static final String EXT_CLAIM_VERSION = BASE + "StructureDefinition/so-phien-ban";
    /** Claim: where the version stands (HELD_WITH_ERRORS, QUEUED, SUPERSEDED). */
    public static final String EXT_CLAIM_STATUS = BASE + "StructureDefinition/trang-thai-ho-so";
    /** ClaimResponse: the outbox status (QUEUED, SENDING, ACCEPTED, RETRY, DEAD, REJECTED, SUPERSEDED). */
    public static final String EXT_SUBMISSION_STATUS = BASE + "StructureDefinition/trang-thai-gui";
}
