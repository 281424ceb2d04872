package vn.his.export.claim;

import java.util.ArrayList;
import java.util.List;

import vn.his.export.assessment.Assessment;
import vn.his.export.assessment.CatalogueLookup;
import vn.his.export.assessment.ClaimAssessor;
import vn.his.export.spec.SchemaCatalog;
import vn.his.export.xml.CheckInDocumentWriter;
import vn.his.export.xml.ClaimSnapshot;
import vn.his.export.xml.ReferralLetterSettings;
import vn.his.export.xml.TableDocument;
import vn.his.export.xml.TableRelevance;
import vn.his.export.xml.Xml130Writer;

/**
 * The pure pieces a claim goes through, wired once: the field specifications, the snapshot and check-in assemblers,
 * the table and check-in writers, the envelope writer for stored tables and the pre-submission assessment.
 */
public final class ClaimDocuments {

    /** Table code under which the check-in document (XML0) of a version is stored. */
    public static final String CHECK_IN = "XML0";

    private final SchemaCatalog catalog;
    private final ClaimSnapshotAssembler snapshots;
    private final CheckInAssembler checkIns = new CheckInAssembler();
    private final Xml130Writer tables;
    private final CheckInDocumentWriter checkInWriter;
    private final StoredDossierWriter dossiers = new StoredDossierWriter();
    private final ClaimAssessor assessor;

    public ClaimDocuments(SchemaCatalog catalog, CatalogueLookup catalogue) {
        this(catalog, catalogue, ReferralLetterSettings.unconfigured());
    }

    /** @param referralLetters the reading of XML13 MA_CSKCB_DI, used by the assembler and by the assessment alike */
    public ClaimDocuments(SchemaCatalog catalog, CatalogueLookup catalogue, ReferralLetterSettings referralLetters) {
        this.catalog = catalog;
        this.snapshots = new ClaimSnapshotAssembler(catalog, referralLetters);
        this.tables = new Xml130Writer(catalog, TableRelevance.qd4750());
        this.checkInWriter = new CheckInDocumentWriter(tables);
        this.assessor = new ClaimAssessor(catalog, catalogue, referralLetters);
    }

    /** The XML0 document (when the snapshot has a check-in row) followed by the dossier tables in LOAIHOSO order. */
    public List<TableDocument> render(ClaimSnapshot snapshot) {
        List<TableDocument> documents = new ArrayList<>();
        if (snapshot.checkIn() != null) {
            documents.add(new TableDocument(CHECK_IN, checkInWriter.write(snapshot)));
        }
        documents.addAll(tables.write(snapshot));
        return documents;
    }

    public Assessment assess(ClaimSnapshot snapshot) {
        return assessor.assess(snapshot);
    }

    public SchemaCatalog catalog() {
        return catalog;
    }

    public ClaimSnapshotAssembler snapshots() {
        return snapshots;
    }

    public CheckInAssembler checkIns() {
        return checkIns;
    }

    public CheckInDocumentWriter checkInWriter() {
        return checkInWriter;
    }

    public StoredDossierWriter dossiers() {
        return dossiers;
    }
}
