package com.kamplanner.selection;

import com.kamplanner.platform.LifecycleStatus;
import com.kamplanner.platform.PageView;
import com.kamplanner.programme.StoredSettings;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Where an account sits in the matrix today: its indices under the active criteria set, placed with the KA
 * Director's thresholds. This is what gives a new key account its default segment.
 */
@Stateless
@PermitAll
public class ActiveQuadrants implements QuadrantLookup {

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Override
    public Optional<Quadrant> quadrantOf(long accountId) {
        // The header and the strategy both show it: one read per page view (a page view writes no scores)
        return PageView.kept(transactions, new QuadrantKey(accountId), () -> read(accountId));
    }

    private record QuadrantKey(long accountId) {
    }

    private Optional<Quadrant> read(long accountId) {
        List<AccountIndex> indices = em.createQuery("select i from AccountIndex i, CriteriaSet s "
                        + "where i.accountId = :account and i.criteriaSetId = s.id and s.lifecycle.status = :active",
                        AccountIndex.class)
                .setParameter("account", accountId).setParameter("active", LifecycleStatus.ACTIVE)
                .getResultList();
        if (indices.isEmpty()) {
            return Optional.empty();
        }
        AccountIndex index = indices.get(0);
        return Optional.ofNullable(Quadrant.of(value(index.getAttractiveness()), value(index.getStrength()),
                threshold(SelectionMatrix.ATTRACTIVENESS_THRESHOLD), threshold(SelectionMatrix.STRENGTH_THRESHOLD)));
    }

    private double threshold(String name) {
        return StoredSettings.value(em, transactions, name).map(Double::parseDouble).orElse(5.0);
    }

    private static Double value(BigDecimal index) {
        return index == null ? null : index.doubleValue();
    }
}
