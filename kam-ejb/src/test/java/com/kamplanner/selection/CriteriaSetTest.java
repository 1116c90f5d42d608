package com.kamplanner.selection;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.kamplanner.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class CriteriaSetTest {

    @Test
    void theShippedDefaultSetIsUsableWithWeightsOfOneHundredPerGroup() {
        CriteriaSet set = DefaultCriteriaSet.build();
        assertDoesNotThrow(set::checkUsable);
        assertEquals(100, set.getAttractivenessWeight());
        assertEquals(100, set.getStrengthWeight());
        for (Criterion criterion : set.getCriteria()) {
            for (int level = 1; level <= 10; level++) {
                assertTrue(!criterion.descriptor(level).isBlank(), criterion.getName() + " level " + level);
            }
        }
    }

    @Test
    void weightsThatDoNotAddUpToOneHundredAreRefusedNamingTheGroupAndTheTotal() {
        CriteriaSet set = DefaultCriteriaSet.build();
        set.criteriaOf(CriterionGroup.STRENGTH).get(0).setWeight(35);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, set::checkUsable);
        assertEquals("criteria.weights.sum.STRENGTH", refused.messageKey());
        assertArrayEquals(new Object[] {105}, refused.arguments());
    }

    @Test
    void aGroupWithoutCriteriaIsRefused() {
        CriteriaSet set = new CriteriaSet(2, "Only attractiveness");
        Criterion only = described(new Criterion(CriterionGroup.ATTRACTIVENESS, "Volume", 100));
        set.add(only);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, set::checkUsable);
        assertEquals("criteria.group.empty.STRENGTH", refused.messageKey());
    }

    @Test
    void everyLevelNeedsADescriptor() {
        CriteriaSet set = new CriteriaSet(2, "Undescribed");
        set.add(described(new Criterion(CriterionGroup.ATTRACTIVENESS, "Volume", 100)));
        Criterion price = described(new Criterion(CriterionGroup.STRENGTH, "Price", 100));
        price.getLevels().get(6).setDescriptor(" ");
        set.add(price);
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, set::checkUsable);
        assertEquals("criteria.descriptor.missing", refused.messageKey());
        assertArrayEquals(new Object[] {"Price", 7}, refused.arguments());
    }

    @Test
    void aDraftCopyKeepsTheLineageWeightsAndDescriptors() {
        CriteriaSet active = DefaultCriteriaSet.build();
        CriteriaSet draft = active.draftCopy(2);
        assertEquals(2, draft.getNumber());
        assertTrue(draft.isDraft());
        assertEquals(active.getCriteria().size(), draft.getCriteria().size());
        Criterion original = active.getCriteria().get(0);
        Criterion copy = draft.getCriteria().get(0);
        assertEquals(original.getWeight(), copy.getWeight());
        assertEquals(original.descriptor(10), copy.descriptor(10));
        assertDoesNotThrow(draft::checkUsable);
    }

    private static Criterion described(Criterion criterion) {
        criterion.getLevels().forEach(l -> l.setDescriptor("Level " + l.getScoreLevel()));
        return criterion;
    }
}
