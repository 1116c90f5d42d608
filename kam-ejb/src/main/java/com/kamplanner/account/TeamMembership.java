package com.kamplanner.account;

import com.kamplanner.people.AppUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member of a key account's KA team, inside or outside the company (see {@link AppUser#isExternal()}), with
 * their role on the team. Being on the team is what lets a team member read and score the account.
 */
@Entity
@Table(name = "ka_team_member")
@NamedQuery(name = TeamMembership.TEAM, query = "select t from TeamMembership t join fetch t.member "
        + "where t.account.id = :account order by t.member.displayName")
@NamedQuery(name = TeamMembership.MEMBERS, query = "select t.member from TeamMembership t "
        + "where t.account.id = :account order by t.member.displayName")
public class TeamMembership implements java.io.Serializable {

    /** The KA team of the account {@code :account}, memberships with their member, by name. */
    public static final String TEAM = "TeamMembership.team";

    /** The members of the KA team of the account {@code :account}, by name. */
    public static final String MEMBERS = "TeamMembership.members";

    @Id
    @SequenceGenerator(name = "ka_team_member_seq", sequenceName = "ka_team_member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ka_team_member_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    private AppUser member;

    @NotBlank(message = "{team.role.required}")
    @Size(max = 80)
    @Column(name = "team_role", nullable = false, length = 80)
    private String teamRole;

    @Version
    private long version;

    protected TeamMembership() {
    }

    public TeamMembership(Account account, AppUser member, String teamRole) {
        this.account = account;
        this.member = member;
        this.teamRole = teamRole;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public AppUser getMember() {
        return member;
    }

    public String getTeamRole() {
        return teamRole;
    }

    public void setTeamRole(String teamRole) {
        this.teamRole = teamRole;
    }

    public long getVersion() {
        return version;
    }
}
