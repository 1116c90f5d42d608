package com.kamplanner.situation;

import com.kamplanner.account.AccountRights;
import java.io.Serializable;
import java.util.Set;

/**
 * What the caller may do on one account's database: its KAM everything; the KA Director and executives read all;
 * team members read, and write the sections granted to them; external team members see only those sections.
 * The database's policy over the caller's {@link AccountRights}.
 */
public class DatabaseRights implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean kam;
    private final boolean readsAll;
    private final boolean teamMember;
    private final boolean external;
    private final Set<String> granted;

    DatabaseRights(boolean kam, boolean readsAll, boolean teamMember, boolean external, Set<String> granted) {
        this.kam = kam;
        this.readsAll = readsAll;
        this.teamMember = teamMember;
        this.external = external;
        this.granted = Set.copyOf(granted);
    }

    public static DatabaseRights of(AccountRights rights) {
        return new DatabaseRights(rights.isKam(), rights.isReadsAll(), rights.isOnTeam(), rights.isExternal(),
                rights.getGrantedSections());
    }

    public boolean canSee(String sectionKey) {
        return kam || readsAll || (teamMember && (!external || granted.contains(sectionKey)));
    }

    public boolean canWrite(String sectionKey) {
        return kam || (teamMember && granted.contains(sectionKey));
    }

    /** Only the account's KAM grants sections, moves the database to another template version, and so on. */
    public boolean isKam() {
        return kam;
    }

    public boolean isExternal() {
        return external && !kam && !readsAll;
    }
}
