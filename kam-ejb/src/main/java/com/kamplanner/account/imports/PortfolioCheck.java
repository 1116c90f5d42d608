package com.kamplanner.account.imports;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The checks of an import that need the portfolio: a known CRM id means an update, a new row named like an
 * account that has no CRM id is a possible duplicate, and a parent must be an account of the file or of the
 * portfolio. Reads the portfolio once, with three projection queries, whatever the size of the file.
 */
final class PortfolioCheck {

    private final Map<String, Long> idByCrmId = new HashMap<>();
    private final Map<String, Long> idByName = new HashMap<>();
    private final Map<String, String> nameWithoutCrmId = new HashMap<>();
    private final ColumnMapping mapping;

    PortfolioCheck(EntityManager em, ColumnMapping mapping) {
        this.mapping = mapping;
        for (Object[] account : em.createQuery("select a.id, a.crmId, a.name from Account a", Object[].class)
                .getResultList()) {
            Long id = (Long) account[0];
            String crmId = (String) account[1];
            String name = (String) account[2];
            if (crmId != null) {
                idByCrmId.put(crmId, id);
            } else {
                nameWithoutCrmId.put(key(name), name);
            }
            idByName.merge(key(name), id, (first, second) -> -1L);
        }
    }

    /** Plans each good row (create or update) and refuses the duplicates and the rows with no parent to hang on. */
    void check(List<AccountRow> rows) {
        Set<String> crmIdsInFile = new HashSet<>();
        Map<String, Integer> linesOfNewNames = new HashMap<>();
        for (AccountRow row : rows) {
            if (!row.isValid()) {
                continue;
            }
            String name = key(row.getName());
            if (row.getCrmId() != null) {
                boolean known = idByCrmId.containsKey(row.getCrmId()) || crmIdsInFile.contains(row.getCrmId());
                if (!known && nameWithoutCrmId.containsKey(name)) {
                    row.reject(duplicate(row, nameWithoutCrmId.get(name)));
                    continue;
                }
                crmIdsInFile.add(row.getCrmId());
                row.plan(known ? AccountRow.Action.UPDATE : AccountRow.Action.CREATE);
            } else if (idByName.containsKey(name)) {
                row.reject(duplicate(row, row.getName()));
            } else if (linesOfNewNames.containsKey(name)) {
                row.reject(new RowProblem(row.getLine(), column(AccountField.NAME), row.getName(),
                        RowProblem.SAME_NAME_IN_FILE, linesOfNewNames.get(name)));
            } else {
                linesOfNewNames.put(name, row.getLine());
                row.plan(AccountRow.Action.CREATE);
            }
        }
        checkParents(rows);
    }

    /** Until nothing changes: a row whose parent row was refused is refused too. */
    private void checkParents(List<AccountRow> rows) {
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, AccountRow> byCrmId = new HashMap<>();
            Map<String, AccountRow> byName = new HashMap<>();
            for (AccountRow row : rows) {
                if (row.getCrmId() != null) {
                    byCrmId.merge(row.getCrmId(), row, (first, second) -> first.isValid() ? first : second);
                }
                if (row.getName() != null) {
                    byName.merge(key(row.getName()), row, (first, second) -> first.isValid() ? first : second);
                }
            }
            for (AccountRow row : rows) {
                String parent = row.getParentReference();
                if (!row.isValid() || parent == null || idByCrmId.containsKey(parent)) {
                    continue;
                }
                AccountRow parentRow = byCrmId.getOrDefault(parent, byName.get(key(parent)));
                if (parentRow != null && !parentRow.isValid()) {
                    row.reject(new RowProblem(row.getLine(), column(AccountField.PARENT), parent,
                            RowProblem.PARENT_REJECTED, parentRow.getLine()));
                    changed = true;
                } else if (parentRow == null && idByName.getOrDefault(key(parent), -1L) < 0) {
                    row.reject(new RowProblem(row.getLine(), column(AccountField.PARENT), parent,
                            RowProblem.UNKNOWN_PARENT, parent));
                    changed = true;
                }
            }
        }
    }

    /** The portfolio's id of the account the reference names, by CRM id then by name; null if none. */
    Long existingId(String reference) {
        Long byCrmId = idByCrmId.get(reference);
        if (byCrmId != null) {
            return byCrmId;
        }
        Long byName = idByName.get(key(reference));
        return byName == null || byName < 0 ? null : byName;
    }

    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private String column(AccountField field) {
        return mapping.headerOf(field);
    }

    private RowProblem duplicate(AccountRow row, String existing) {
        return new RowProblem(row.getLine(), column(AccountField.NAME), row.getName(), RowProblem.POSSIBLE_DUPLICATE,
                existing);
    }
}
