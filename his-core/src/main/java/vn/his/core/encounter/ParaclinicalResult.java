package vn.his.core.encounter;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A paraclinical result (XML4 row). */
@Entity
@Table(name = "paraclinical_result")
public class ParaclinicalResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(nullable = false)
    private int seq;

    @Column(name = "service_code")
    private String serviceCode;

    @Column(name = "index_code")
    private String indexCode;

    @Column(name = "index_name", nullable = false)
    private String indexName;

    @Column(name = "result_value")
    private String value;

    private String unit;
    private String description;
    private String conclusion;

    @Column(name = "result_time")
    private LocalDateTime resultTime;

    @Column(name = "reader_id")
    private String readerId;

    protected ParaclinicalResult() {
    }

    ParaclinicalResult(Encounter encounter, int seq, ParaclinicalResultDraft d) {
        this.encounter = encounter;
        this.seq = seq;
        this.serviceCode = d.serviceCode();
        this.indexCode = d.indexCode();
        this.indexName = d.indexName();
        this.value = d.value();
        this.unit = d.unit();
        this.description = d.description();
        this.conclusion = d.conclusion();
        this.resultTime = d.resultTime();
        this.readerId = d.readerId();
    }

    public int seq() { return seq; }
    public String serviceCode() { return serviceCode; }
    public String indexCode() { return indexCode; }
    public String indexName() { return indexName; }
    public String value() { return value; }
    public String unit() { return unit; }
    public String description() { return description; }
    public String conclusion() { return conclusion; }
    public LocalDateTime resultTime() { return resultTime; }
    public String readerId() { return readerId; }
}
