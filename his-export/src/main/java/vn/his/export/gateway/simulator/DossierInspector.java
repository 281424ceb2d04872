package vn.his.export.gateway.simulator;

import java.util.Optional;

/**
 * Content checks the simulator makes on an accepted-looking dossier before it answers 200. Pluggable so that tests
 * and the demo can switch checks on or off; default {@link TotalsDossierInspector}.
 */
@FunctionalInterface
public interface DossierInspector {

    /** Empty when the content is acceptable, otherwise the refusal to answer. */
    Optional<Rejection> inspect(ReceivedDossier dossier);

    /** Accepts any content. */
    static DossierInspector acceptAll() {
        return dossier -> Optional.empty();
    }
}
