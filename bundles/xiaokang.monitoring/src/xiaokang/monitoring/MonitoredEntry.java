package xiaokang.monitoring;

import java.time.LocalDate;
import java.util.List;

import xiaokang.monitoring.model.HowFound;
import xiaokang.monitoring.model.MonitoringCategory;
import xiaokang.monitoring.model.MonitoringStage;
import xiaokang.monitoring.model.RiskType;

/** One monitored household as the list of 监测对象 shows it. */
public record MonitoredEntry(long id, long householdId, String household, String head, long townshipId, String township,
        String village, MonitoringCategory category, List<RiskType> risks, LocalDate foundOn, HowFound foundBy,
        MonitoringStage stage, LocalDate stageDue, int measures, int measuresGiven) {

    /** The current step's due day has passed. */
    public boolean overdue(LocalDate today) {
        return stageDue != null && stageDue.isBefore(today);
    }

    /** Under identification or monitored: not declined and not eliminated. */
    public boolean active() {
        return MonitoringLifecycle.active(stage);
    }
}
