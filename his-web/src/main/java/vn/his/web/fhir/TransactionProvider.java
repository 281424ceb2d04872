package vn.his.web.fhir;

import org.hl7.fhir.r4.model.Bundle;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;

/**
 * {@code POST /fhir} with a {@code transaction} Bundle: imports a whole encounter from another system, all or nothing
 * ({@link EncounterBundleImport}). The header {@code X-Confirm-Duplicates: true} confirms a new patient who may be
 * registered already, as for {@code POST /fhir/Patient}.
 */
@Component
public class TransactionProvider {

    private final EncounterBundleImport imports;

    public TransactionProvider(EncounterBundleImport imports) {
        this.imports = imports;
    }

    @Transaction
    public Bundle transaction(@TransactionParam Bundle bundle, RequestDetails request) {
        return imports.importTransaction(bundle,
                "true".equalsIgnoreCase(request.getHeader(PatientProvider.CONFIRM_DUPLICATES)));
    }
}
