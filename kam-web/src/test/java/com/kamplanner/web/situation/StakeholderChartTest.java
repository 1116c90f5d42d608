package com.kamplanner.web.situation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.kamplanner.account.Account;
import com.kamplanner.situation.Stakeholder;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.OrganigramNode;

/** The org chart of the stakeholder map follows the reporting lines, each contact once. */
class StakeholderChartTest {

    @Test
    void eachContactSitsOnceUnderTheOneTheyReportTo() throws Exception {
        Account account = new Account("Chart Test", "Aerospace", "FR");
        Stakeholder ceo = contact(account, "Ceo", 1L, null);
        Stakeholder cpo = contact(account, "Cpo", 2L, ceo);
        Stakeholder unrelated = contact(account, "Consultant", 4L, null);
        List<Stakeholder> all = List.of(ceo, cpo, contact(account, "Buyer", 3L, cpo), unrelated);

        OrganigramNode root = StakeholderMapPage.chart("Chart Test", all);

        assertEquals("Chart Test", root.getData());
        assertEquals(List.of("Ceo", "Consultant"), names(root.getChildren()));
        OrganigramNode ceoNode = root.getChildren().get(0);
        assertEquals(List.of("Cpo"), names(ceoNode.getChildren()));
        assertEquals(List.of("Buyer"), names(ceoNode.getChildren().get(0).getChildren()));
        assertEquals(0, root.getChildren().get(1).getChildCount());
    }

    private static List<String> names(List<OrganigramNode> nodes) {
        return nodes.stream().map(n -> ((Stakeholder) n.getData()).getName()).toList();
    }

    private static Stakeholder contact(Account account, String name, long id, Stakeholder reportsTo)
            throws Exception {
        Stakeholder contact = new Stakeholder(account, name);
        Field field = Stakeholder.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(contact, id);
        contact.setReportsTo(reportsTo);
        return contact;
    }
}
