package com.kamplanner.web.strategy;

import com.kamplanner.strategy.StrategyGrants;
import com.kamplanner.strategy.StrategyWriter;
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

    private List<StrategyWriter> team;

    public void grant(StrategyWriter member) {
        grants.grant(workspace.getAccountId(), member.getUserId());
        messages.info("strategy.grant.saved", member.getDisplayName());
        team = null;
    }

    public void revoke(StrategyWriter member) {
        grants.revoke(workspace.getAccountId(), member.getUserId());
        messages.info("strategy.grant.revoked", member.getDisplayName());
        team = null;
    }

    /** The KA team, each member with whether they may write the strategy. */
    public List<StrategyWriter> getTeam() {
        if (team == null) {
            team = grants.writers(workspace.getAccountId());
        }
        return team;
    }
}
