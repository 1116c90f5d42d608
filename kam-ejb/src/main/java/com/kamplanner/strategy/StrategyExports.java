package com.kamplanner.strategy;

import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.ExportTrail;
import com.kamplanner.people.Role;
import com.kamplanner.platform.Download;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Function;

/**
 * The strategy of one account as a PowerPoint deck ({@link StrategyDeck} lays it out), read under the strategy's
 * rights, audited and counted like every other export.
 */
@Stateless
@RolesAllowed({Role.Names.KA_DIRECTOR, Role.Names.EXECUTIVE, Role.Names.KAM, Role.Names.TEAM_MEMBER})
public class StrategyExports {

    @Inject
    StrategyService strategies;

    @Inject
    ExportTrail exports;

    /** The deck in {@code locale}, with the fixed words of {@code text} in that language. */
    public Download deck(long accountId, Locale locale, Function<String, String> text) {
        Strategy strategy = strategies.workspace(accountId);
        byte[] bytes = new StrategyDeck(strategy, strategies.compliance(accountId), strategies.standing(accountId),
                locale, text).toBytes();
        return exports.exported(AuditAction.STRATEGY_DECK_EXPORTED, "Strategy", strategy.getId(),
                new Download(StrategyDeck.fileName(strategy.getAccount().getName()), Download.PPTX, bytes), null);
    }
}
