package vn.his.core.encounter;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.OneToOne;

/**
 * What the stored discharge papers of an encounter share (record summary XML8, referral letter XML13, re-visit
 * appointment XML14): their own id, the encounter they belong to (at most one paper of each kind, changed in place)
 * and when it was last recorded. Each kind keeps its contents in its own table; {@code V} is its value.
 */
@MappedSuperclass
abstract class EncounterPaper<V> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "encounter_id")
    private Encounter encounter;

    @Column(name = "recorded_at", nullable = false)
    private LocalDateTime recordedAt;

    protected EncounterPaper() {
    }

    protected EncounterPaper(Encounter encounter) {
        this.encounter = encounter;
    }

    /** Replaces the contents with {@code value}, recorded at {@code now}. */
    final void update(V value, LocalDateTime now) {
        write(value);
        this.recordedAt = now;
    }

    /** Copies the fields of {@code value} into the columns of this paper. */
    protected abstract void write(V value);

    /** The paper as a value, as it was recorded. */
    abstract V value();
}
