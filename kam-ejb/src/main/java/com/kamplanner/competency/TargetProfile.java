package com.kamplanner.competency;

import com.kamplanner.people.Role;
import com.kamplanner.selection.Quadrant;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The level a role requires per competency, either for everyone in the role (no segment) or for those who hold
 * accounts of one segment: KAMs of Strategic accounts, say, need Strategic thinking at 4 or more.
 */
@Entity
@Table(name = "target_profile")
public class TargetProfile implements java.io.Serializable {

    @Id
    @SequenceGenerator(name = "target_profile_seq", sequenceName = "target_profile_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_profile_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id")
    private CompetencyFramework framework;

    @Enumerated(EnumType.STRING)
    @Column(name = "role_name", nullable = false, length = 20)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Quadrant segment;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_level", joinColumns = @JoinColumn(name = "target_profile_id"))
    @MapKeyColumn(name = "competency_code", length = 40)
    @Column(name = "required_level", nullable = false)
    private Map<String, Integer> requiredLevels = new LinkedHashMap<>();

    @Version
    private long version;

    protected TargetProfile() {
    }

    public TargetProfile(CompetencyFramework framework, Role role, Quadrant segment) {
        this.framework = framework;
        this.role = role;
        this.segment = segment;
    }

    public void require(String competencyCode, int level) {
        requiredLevels.put(competencyCode, level);
    }

    public Long getId() {
        return id;
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public Role getRole() {
        return role;
    }

    public Quadrant getSegment() {
        return segment;
    }

    public Map<String, Integer> getRequiredLevels() {
        return requiredLevels;
    }

    public long getVersion() {
        return version;
    }
}
