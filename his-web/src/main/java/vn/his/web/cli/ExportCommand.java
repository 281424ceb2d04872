package vn.his.web.cli;

import java.io.PrintStream;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.his.core.common.DomainException;
import vn.his.core.facility.FacilityRepository;
import vn.his.core.i18n.Messages;
import vn.his.export.claim.files.ClaimExporter;
import vn.his.export.claim.files.ExportReport;
import vn.his.export.claim.files.ExportSigner;

/**
 * Runs an export for people in a running application context: checks that the facilities exist, signs with the
 * configured keystore ({@code his.signing.keystore}, {@code his.signing.password}, {@code his.signing.alias}) or
 * with a generated demo certificate (said on stderr), writes the files and reports. Exit codes: 0 everything
 * exported, 1 refused arguments, 2 some encounters left out because of assessment errors (listed on stderr).
 */
@Component
public class ExportCommand {

    private final ClaimExporter exporter;
    private final FacilityRepository facilities;
    private final Environment environment;

    public ExportCommand(ClaimExporter exporter, FacilityRepository facilities, Environment environment) {
        this.exporter = exporter;
        this.facilities = facilities;
        this.environment = environment;
    }

    public int run(ExportArguments args, PrintStream out, PrintStream err) {
        for (String code : args.facilities()) {
            if (facilities.findByCode(code).isEmpty()) {
                err.println("Không có cơ sở KCB mã " + code + " / no facility with code " + code);
                return 1;
            }
        }
        ExportSigner signer;
        try {
            signer = ExportSigner.configured(environment.getProperty("his.signing.keystore"),
                    environment.getProperty("his.signing.password"), environment.getProperty("his.signing.alias"));
        } catch (DomainException e) {
            err.println(e.getMessage() + " / " + e.localizedMessage(java.util.Locale.ENGLISH));
            return 1;
        }
        if (signer.demo()) {
            err.println("CẢNH BÁO: chưa cấu hình his.signing.keystore, các tệp được ký bằng chứng thư DEMO tự sinh ("
                    + signer.subject() + "), cổng BHXH sẽ không chấp nhận.");
            err.println("WARNING: no his.signing.keystore configured; files are signed with a generated DEMO "
                    + "certificate (" + signer.subject() + ") that the BHXH gateway will not accept.");
        }
        ExportReport report = exporter.export(args.request(), args.out(), signer);
        out.println("Đã xuất " + report.dossiers() + " hồ sơ và " + report.checkIns() + " tệp check-in vào "
                + args.out().toAbsolutePath() + " / exported " + report.dossiers() + " dossiers and "
                + report.checkIns() + " check-in files");
        if (!report.leftOut().isEmpty()) {
            err.println("Bỏ qua " + report.leftOut().size() + " đợt KCB có lỗi giám định / left out "
                    + report.leftOut().size() + " encounters with assessment errors:");
            for (ExportReport.LeftOut l : report.leftOut()) {
                err.println("  " + l.maLk() + " (" + l.facilityCode() + ", " + Messages.vi("claim.export.version")
                        + " " + l.claimNo() + "): " + String.join("; ", l.errors()));
            }
        }
        return report.exitCode();
    }
}
