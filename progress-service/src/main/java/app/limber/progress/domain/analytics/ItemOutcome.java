package app.limber.progress.domain.analytics;

import java.math.BigDecimal;

/**
 * How one session did one prescribed item: completed (logged, every entry of it completed) or skipped (not logged, or
 * an entry not completed); its dose ratio ({@link DoseRatio}, null when it has none); whether the session's last
 * completed item was this one ({@link DropOff}).
 */
public record ItemOutcome(int position, String exerciseSlug, boolean completed, BigDecimal dose, boolean dropOff) {
}
