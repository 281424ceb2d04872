package vn.his.core.catalog;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An ICD-10 code of a dated catalogue (QĐ 4469/QĐ-BYT 2020; TT 06/2026/TT-BYT from 01/07/2026). */
@Entity
@Table(name = "icd10_code")
public class Icd10Code {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String catalogue;

    @Column(nullable = false)
    private String code;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "chapter_code")
    private String chapterCode;

    @Column(name = "group_code")
    private String groupCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected Icd10Code() {
    }

    public String code() { return code; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
    public String catalogue() { return catalogue; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
}
