package com.kamplanner.situation;

import com.kamplanner.people.AppUser;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * An account's relationship coverage as the caller may see it: the stakeholders, our people who may hold a
 * relationship (KAM, team members, executive sponsor), the relationships, the influence lines, the gaps, each
 * stakeholder's attitude history, and whether the caller may change it.
 */
public class RelationshipMap implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<Stakeholder> stakeholders;
    private final List<AppUser> people;
    private final List<Relationship> relationships;
    private final List<InfluenceLine> lines;
    private final List<CoverageGap> gaps;
    private final List<AttitudeChange> attitudeHistory;
    private final boolean writable;
    private final Map<String, Relationship> cells;

    RelationshipMap(List<Stakeholder> stakeholders, List<AppUser> people, List<Relationship> relationships,
                    List<InfluenceLine> lines, List<CoverageGap> gaps, List<AttitudeChange> attitudeHistory,
                    boolean writable) {
        this.stakeholders = stakeholders;
        this.people = people;
        this.relationships = relationships;
        this.lines = lines;
        this.gaps = gaps;
        this.attitudeHistory = attitudeHistory;
        this.writable = writable;
        this.cells = relationships.stream().collect(Collectors.toMap(
                r -> key(r.getStakeholder().getId(), r.getPerson().getId()), r -> r));
    }

    private static String key(long stakeholderId, long userId) {
        return stakeholderId + ":" + userId;
    }

    /** The relationship of a stakeholder with one of our people, or null: a cell of the coverage matrix. */
    public Relationship cell(long stakeholderId, long userId) {
        return cells.get(key(stakeholderId, userId));
    }

    public List<CoverageGap> gapsOf(long stakeholderId) {
        return gaps.stream().filter(g -> g.stakeholderId() == stakeholderId).toList();
    }

    public List<AttitudeChange> historyOf(long stakeholderId) {
        return attitudeHistory.stream().filter(c -> Objects.equals(c.getStakeholder().getId(), stakeholderId))
                .toList();
    }

    public List<InfluenceLine> linesFrom(long stakeholderId) {
        return lines.stream().filter(l -> l.getFrom().getId() == stakeholderId).toList();
    }

    public List<Stakeholder> getStakeholders() {
        return stakeholders;
    }

    public List<AppUser> getPeople() {
        return people;
    }

    public List<Relationship> getRelationships() {
        return relationships;
    }

    public List<InfluenceLine> getLines() {
        return lines;
    }

    public List<CoverageGap> getGaps() {
        return gaps;
    }

    public List<AttitudeChange> getAttitudeHistory() {
        return attitudeHistory;
    }

    public boolean isWritable() {
        return writable;
    }
}
