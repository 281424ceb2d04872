package vn.his.web.home;

/** One row of the home page: a facility with its current code and its encounters by status. */
public record FacilityOverview(Long id, String name, String code, String routeLevel, String careLevel, long open,
                               long finished, long settled, boolean demo) {
    public long total() {
        return open + finished + settled;
    }
}
