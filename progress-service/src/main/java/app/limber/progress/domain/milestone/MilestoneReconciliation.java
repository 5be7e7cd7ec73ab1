package app.limber.progress.domain.milestone;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides, for one user, which celebrations to publish and which to revoke, from what is recorded and what is true
 * now ({@link EventMilestones#of}). Pure: it depends on the two sets only, never on their order, and applying its
 * result and reconciling again changes nothing.
 *
 * <p><b>Exact periods</b> (week-target-met): a key true now and not recorded is published as occurrence 1; true now
 * and recorded as revoked, it is published as the next occurrence, under a new id; recorded as active and no longer
 * true, it is revoked.
 *
 * <p><b>Episodes</b> (streak-reached of one kind and threshold; comeback) are recognised by their days, because late
 * and deleted sessions move their edges. Within a series:
 * <ul>
 *   <li>an active recorded occurrence stays true while a milestone true now has an episode overlapping the recorded
 *       key's days (so a run extended at either end, or merged with another, keeps every threshold it had reached);
 *       otherwise it is revoked;</li>
 *   <li>a milestone true now whose episode overlaps an active recorded occurrence is covered by it; so is a streak
 *       run that overlaps the days in which a recorded longer streak of its kind (active or revoked) reached its
 *       threshold, because that run reached this threshold too and was celebrated for it then (a run split in two by
 *       a deleted session is not celebrated again for its pieces);</li>
 *   <li>any other milestone true now is published: as the next occurrence of the recorded (revoked) key with the
 *       same text, or else of the earliest revoked key whose days it overlaps, or else as occurrence 1 of its own
 *       key.</li>
 * </ul>
 * So after reconciling, every week met has exactly one active occurrence and every active occurrence a week met; every
 * run or spell true now is covered as above, and every active occurrence overlaps one: the same truths whatever order
 * the facts arrived in. Which key stands for an episode can depend on history (two runs that merged keep both of
 * their recorded keys), never whether it is covered.
 *
 * <p>Recorded nudges are ignored: nudges are never revoked.
 */
public final class MilestoneReconciliation {

    private static final Comparator<RecordedMilestone> BY_KEY = Comparator.comparing(row -> row.key().text());
    private static final Comparator<Milestone> BY_EPISODE = Comparator
            .comparing((Milestone milestone) -> milestone.episode().first())
            .thenComparing(milestone -> milestone.key().text());

    private MilestoneReconciliation() {
    }

    /**
     * @param recorded what the store holds for the user (any types; nudges are ignored)
     * @param trueNow  the user's celebrations true now; duplicates count once
     * @param reason   why anything revoked now stopped being true ({@link RevocationReason#forChanges})
     */
    public static MilestoneChanges reconcile(Collection<RecordedMilestone> recorded, Collection<Milestone> trueNow,
                                             RevocationReason reason) {
        Objects.requireNonNull(reason, "reason");
        Collection<RecordedMilestone> rows = rows(recorded);
        Collection<Milestone> candidates = candidates(trueNow);
        requireOneUser(rows, candidates);

        List<MilestoneChanges.Publication> published = new ArrayList<>();
        List<MilestoneChanges.Revocation> revoked = new ArrayList<>();
        for (Group group : group(rows, candidates)) {
            if (group.episodic) {
                reconcileEpisodes(group, rows, reason, published, revoked);
            } else {
                reconcileExact(group, reason, published, revoked);
            }
        }
        published.sort(Comparator.comparing(publication -> publication.milestone().key().text()));
        revoked.sort(Comparator.comparing(revocation -> revocation.revoked().key().text()));
        return new MilestoneChanges(published, revoked);
    }

    /**
     * What {@link #reconcile} decides about celebrations newly true when nothing recorded stops being true (a batch of
     * sessions added in order, {@link InOrderAddition}): their publications, each covered, revived or new exactly as
     * there, and no revocation.
     *
     * @param recorded  the latest occurrence of at least every celebration key whose days reach those of the news
     *                  ({@link InOrderAddition.Outcome#firstDay}): only they can cover one or be revived by one
     * @param newlyTrue the celebrations newly true
     */
    public static MilestoneChanges publish(Collection<RecordedMilestone> recorded, Collection<Milestone> newlyTrue) {
        List<MilestoneChanges.Publication> published = new ArrayList<>();
        Collection<RecordedMilestone> rows = rows(recorded);
        Collection<Milestone> candidates = candidates(newlyTrue);
        requireOneUser(rows, candidates);
        for (Group group : group(rows, candidates)) {
            if (group.candidates.isEmpty()) {
                continue;
            }
            if (group.episodic) {
                publishEpisodes(group, rows, published);
            } else {
                publishExact(group, published);
            }
        }
        published.sort(Comparator.comparing(publication -> publication.milestone().key().text()));
        return new MilestoneChanges(published, List.of());
    }

    /**
     * Whether the recorded celebrations are exactly those true now, each active under its own key: no revoked row, no
     * row that stands for an episode under another key (runs merged or split, a key revived by an overlapping
     * episode), nothing true now covered by another key. Then no recorded key can cover, revive or absorb a
     * celebration that becomes newly true by growing the user's history at its end ({@link LatestRuns#ownKeys}).
     *
     * @param recorded the latest occurrence of each of the user's keys, as reconciled (any types; nudges are ignored)
     * @param trueNow  the user's celebrations true now
     */
    public static boolean onlyOwnKeys(Collection<RecordedMilestone> recorded, Collection<Milestone> trueNow) {
        Collection<RecordedMilestone> rows = rows(recorded);
        Set<String> keys = new HashSet<>();
        for (RecordedMilestone row : rows) {
            if (!row.active()) {
                return false;
            }
            keys.add(row.key().text());
        }
        Set<String> candidates = new HashSet<>();
        candidates(trueNow).forEach(now -> candidates.add(now.key().text()));
        return keys.equals(candidates);
    }

    /** The celebrations among these rows, one per key. */
    private static Collection<RecordedMilestone> rows(Collection<RecordedMilestone> recorded) {
        Map<String, RecordedMilestone> rows = new TreeMap<>();
        for (RecordedMilestone row : recorded) {
            if (row.key().type().isCelebration() && rows.put(row.key().text(), row) != null) {
                throw new IllegalArgumentException("two recorded rows for " + row.key().text());
            }
        }
        return rows.values();
    }

    /** These milestones, each key once; all must be celebrations. */
    private static Collection<Milestone> candidates(Collection<Milestone> trueNow) {
        Map<String, Milestone> candidates = new TreeMap<>();
        for (Milestone milestone : trueNow) {
            if (!milestone.type().isCelebration()) {
                throw new IllegalArgumentException(milestone.type() + " is no celebration");
            }
            Milestone other = candidates.putIfAbsent(milestone.key().text(), milestone);
            if (other != null && !other.equals(milestone)) {
                throw new IllegalArgumentException("two different milestones for " + milestone.key().text());
            }
        }
        return candidates.values();
    }

    private static void reconcileExact(Group group, RevocationReason reason,
                                       List<MilestoneChanges.Publication> published,
                                       List<MilestoneChanges.Revocation> revoked) {
        Optional<RecordedMilestone> row = group.rows.stream().findFirst();
        if (group.candidates.isEmpty() && row.isPresent() && row.get().active()) {
            revoked.add(new MilestoneChanges.Revocation(row.get(), reason));
        }
        publishExact(group, published);
    }

    /** The group's key when true now and not recorded as active: its first occurrence, or the one after the revoked. */
    private static void publishExact(Group group, List<MilestoneChanges.Publication> published) {
        Optional<RecordedMilestone> row = group.rows.stream().findFirst();
        Optional<Milestone> now = group.candidates.stream().findFirst();
        if (now.isPresent() && row.isEmpty()) {
            published.add(new MilestoneChanges.Publication(now.get(), 1));
        } else if (now.isPresent() && !row.get().active()) {
            published.add(new MilestoneChanges.Publication(now.get(), row.get().occurrence() + 1));
        }
    }

    private static void reconcileEpisodes(Group group, Collection<RecordedMilestone> allRows, RevocationReason reason,
                                          List<MilestoneChanges.Publication> published,
                                          List<MilestoneChanges.Revocation> revoked) {
        for (RecordedMilestone row : group.rows.stream().filter(RecordedMilestone::active).sorted(BY_KEY).toList()) {
            if (group.candidates.stream().noneMatch(now -> days(row).overlaps(now.episode()))) {
                revoked.add(new MilestoneChanges.Revocation(row, reason));
            }
        }
        publishEpisodes(group, allRows, published);
    }

    /** The group's milestones true now that no recorded occurrence covers: published, as new or revived keys. */
    private static void publishEpisodes(Group group, Collection<RecordedMilestone> allRows,
                                        List<MilestoneChanges.Publication> published) {
        List<RecordedMilestone> active = group.rows.stream().filter(RecordedMilestone::active).sorted(BY_KEY).toList();
        List<RecordedMilestone> inactive = group.rows.stream().filter(row -> !row.active())
                .sorted(Comparator.comparing((RecordedMilestone row) -> days(row).first()).thenComparing(BY_KEY))
                .toList();
        Set<MilestoneKey> revived = new HashSet<>();
        for (Milestone now : group.candidates.stream().sorted(BY_EPISODE).toList()) {
            if (active.stream().anyMatch(row -> days(row).overlaps(now.episode())) || partOfLongerRun(now, allRows)) {
                continue;
            }
            Optional<RecordedMilestone> again = inactive.stream()
                    .filter(row -> row.key().equals(now.key())).findFirst()
                    .or(() -> inactive.stream()
                            .filter(row -> !revived.contains(row.key()) && days(row).overlaps(now.episode()))
                            .findFirst());
            if (again.isPresent()) {
                revived.add(again.get().key());
                Milestone asRecorded = new Milestone(again.get().key(), now.details(), now.episode());
                published.add(new MilestoneChanges.Publication(asRecorded, again.get().occurrence() + 1));
            } else {
                published.add(new MilestoneChanges.Publication(now, 1));
            }
        }
    }

    /**
     * Whether a streak run true now lies (in part) in the days a recorded longer streak of the same kind reached its
     * own threshold in: that run reached this threshold too, and was celebrated for it then. A run split in two by a
     * deleted session is thereby not celebrated again for lengths its whole already had.
     */
    private static boolean partOfLongerRun(Milestone now, Collection<RecordedMilestone> rows) {
        if (!(now.key().period() instanceof MilestonePeriod.Run run)) {
            return false;
        }
        return rows.stream().anyMatch(row -> row.key().period() instanceof MilestonePeriod.Run longer
                && longer.kind() == run.kind() && longer.threshold() > run.threshold()
                && longer.days().overlaps(now.episode()));
    }

    private static DateRange days(RecordedMilestone row) {
        return row.key().period().episode().orElseThrow();
    }

    /** Rows and milestones by series, in series order. */
    private static Collection<Group> group(Collection<RecordedMilestone> rows, Collection<Milestone> candidates) {
        Map<String, Group> groups = new TreeMap<>();
        rows.forEach(row -> groups.computeIfAbsent(series(row.key()), text -> new Group(row.key())).rows.add(row));
        candidates.forEach(now -> groups.computeIfAbsent(series(now.key()), text -> new Group(now.key())).candidates.add(now));
        return groups.values();
    }

    /** Keys that may stand for the same fact: equal text for exact periods, the period's series for episodes. */
    private static String series(MilestoneKey key) {
        return key.type().slug() + "|" + (key.planId() == null ? "-" : key.planId()) + "|" + key.period().series();
    }

    private static void requireOneUser(Collection<RecordedMilestone> rows, Collection<Milestone> candidates) {
        Set<String> users = new HashSet<>();
        rows.forEach(row -> users.add(row.key().userId()));
        candidates.forEach(now -> users.add(now.key().userId()));
        if (users.size() > 1) {
            throw new IllegalArgumentException("reconcile one user at a time, got " + users);
        }
    }

    private static final class Group {
        private final boolean episodic;
        private final List<RecordedMilestone> rows = new ArrayList<>();
        private final List<Milestone> candidates = new ArrayList<>();

        private Group(MilestoneKey key) {
            this.episodic = key.period().episode().isPresent();
        }
    }
}
