package com.kamplanner.web.strategy;

import com.kamplanner.account.TeamMembership;
import com.kamplanner.strategy.StrategyGrant;
import com.kamplanner.strategy.StrategyGrants;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The workspace's "who may write" panel: the KAM grants or revokes strategy write access for the KA team. */
@Named
@ViewScoped
public class StrategyWriters implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    StrategyGrants grants;

    @Inject
    PageMessages messages;

    private List<TeamMembership> team;
    private List<StrategyGrant> granted;

    public void grant(TeamMembership member) {
        grants.grant(workspace.getAccountId(), member.getMember().getId());
        messages.info("strategy.grant.saved", member.getMember().getDisplayName());
        granted = null;
    }

    public void revoke(TeamMembership member) {
        grants.revoke(workspace.getAccountId(), member.getMember().getId());
        messages.info("strategy.grant.revoked", member.getMember().getDisplayName());
        granted = null;
    }

    /** True when the team member may write the strategy. */
    public boolean isGranted(TeamMembership member) {
        return getGranted().stream().anyMatch(g -> g.getMember().getId().equals(member.getMember().getId()));
    }

    public List<TeamMembership> getTeam() {
        if (team == null) {
            team = grants.team(workspace.getAccountId());
        }
        return team;
    }

    private List<StrategyGrant> getGranted() {
        if (granted == null) {
            granted = grants.grants(workspace.getAccountId());
        }
        return granted;
    }
}
