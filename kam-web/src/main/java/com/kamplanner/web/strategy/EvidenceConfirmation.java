package com.kamplanner.web.strategy;

import com.kamplanner.strategy.EvidenceFlag;
import com.kamplanner.strategy.TowsService;
import com.kamplanner.web.faces.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The workspace's "evidence changed" panel: whoever may write the strategy confirms a flagged item against the
 * changed Key Account Database field, and the workspace reads the strategy again.
 */
@Named
@ViewScoped
public class EvidenceConfirmation implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StrategyWorkspace workspace;

    @Inject
    TowsService tows;

    @Inject
    PageMessages messages;

    public void confirm(EvidenceFlag flag) {
        tows.confirmEvidence(workspace.getAccountId(), flag.getItem(), flag.getItemId(), flag.getItemVersion());
        messages.info("strategy.evidence.confirmedMessage", flag.getTitle());
        workspace.reload();
    }
}
