package vn.his.web.billing;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import vn.his.billing.statement.CostStatement;
import vn.his.billing.statement.CostStatementWorkbook;
import vn.his.billing.statement.CostStatements;
import vn.his.core.common.DomainException;
import vn.his.web.api.encounter.EncounterApiService;
import vn.his.web.audit.AuditTrail;
import vn.his.web.audit.AuditTrail.Channel;
import vn.his.web.audit.AuditTrail.Resource;

/**
 * The patient's cost statement (bảng kê chi phí khám bệnh, chữa bệnh): a printable page and the same statement as
 * an Excel workbook. The latest settled version, a given {@code ?version=}, or an estimate while not settled.
 */
@Controller
public class CostStatementController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CostStatements statements;
    private final EncounterApiService encounters;
    private final AuditTrail audit;
    private final CostStatementWorkbook workbook = new CostStatementWorkbook();

    public CostStatementController(CostStatements statements, EncounterApiService encounters, AuditTrail audit) {
        this.statements = statements;
        this.encounters = encounters;
        this.audit = audit;
    }

    @GetMapping("/encounters/{id}/cost-statement")
    public String page(@PathVariable long id, @RequestParam(required = false) Integer version, Locale locale,
                       Model model) {
        model.addAttribute("statement", statement(id, version));
        model.addAttribute("fmt", new StatementFormat(locale));
        model.addAttribute("encounterId", id);
        return "billing/cost-statement";
    }

    @GetMapping("/encounters/{id}/cost-statement.xlsx")
    public ResponseEntity<byte[]> workbook(@PathVariable long id, @RequestParam(required = false) Integer version,
                                           Locale locale) {
        CostStatement statement = statement(id, version);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(statement, locale, out);
        String name = "bang-ke-" + statement.header().maLk()
                + (statement.preview() ? "-tam-tinh" : "-v" + statement.version()) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out.toByteArray());
    }

    /**
     * The statement, after the facility check: another facility's statement is refused (403) like its encounter; one
     * shown (page or workbook) is a VIEW of the encounter on the screen channel, written once it could be made.
     */
    private CostStatement statement(long id, Integer version) {
        encounters.readable(id);
        CostStatement statement = version == null ? statements.forEncounter(id) : statements.forVersion(id, version);
        audit.view(Resource.ENCOUNTER, id, Channel.SCREEN);
        return statement;
    }

    /** A refused request (unknown encounter or version, a rule the pricing refused) explained in the page's language. */
    @ExceptionHandler(DomainException.class)
    public String refused(DomainException e, Locale locale, Model model, HttpServletResponse response) {
        boolean missing = e.messageKey().endsWith("notFound") || e.messageKey().equals("billing.statement.noVersion");
        response.setStatus(missing ? HttpStatus.NOT_FOUND.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("message", e.localizedMessage(locale));
        return "billing/refused";
    }
}
