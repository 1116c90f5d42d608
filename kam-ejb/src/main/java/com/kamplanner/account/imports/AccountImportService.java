package com.kamplanner.account.imports;

import com.kamplanner.account.Account;
import com.kamplanner.audit.AuditAction;
import com.kamplanner.audit.AuditTrail;
import com.kamplanner.platform.ProgrammeMetrics;
import com.kamplanner.people.Role;
import com.kamplanner.platform.BusinessRuleException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Imports accounts from a CRM export, for the KA Director only. A commit is one transaction: every row checked
 * first, then written in flushed batches of {@value #BATCH} (so that 20,000 rows keep a small persistence
 * context), then the parents linked; a crash rolls all of it back, so nothing is ever half-imported. A known
 * CRM id updates its account instead of adding another. The audit trail records who imported which file.
 */
@Stateless
@RolesAllowed(Role.Names.KA_DIRECTOR)
public class AccountImportService {

    private static final Logger LOG = Logger.getLogger(AccountImportService.class.getName());

    static final int BATCH = 500;
    public static final String FAILED = "import.failed";
    public static final String BAD_CURRENCY = "import.settings.currency";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    ProgrammeMetrics metrics;

    @Resource
    SessionContext context;

    /** The dry run: the report the import would give, and nothing written. */
    public ImportReport preview(byte[] csv, ImportSettings settings, String fileName) {
        return new ImportReport(fileName, settings, false, checkedRows(csv, settings));
    }

    /** Imports in the caller's transaction and returns the report. */
    public ImportReport importAccounts(byte[] csv, ImportSettings settings, String fileName) {
        return importAccounts(csv, settings, fileName, new ImportJob(context.getCallerPrincipal().getName(), fileName));
    }

    /** Imports in the caller's transaction, reporting progress to the job. */
    public ImportReport importAccounts(byte[] csv, ImportSettings settings, String fileName, ImportJob progress) {
        List<AccountRow> rows = checkedRows(csv, settings);
        boolean refused = settings.mode() == ImportMode.ALL_OR_NOTHING && rows.stream().anyMatch(r -> !r.isValid());
        if (refused) {
            ImportReport report = new ImportReport(fileName, settings, false, rows);
            audit.record(AuditAction.ACCOUNT_IMPORT_REFUSED, "Account", null, report.toString());
            return report;
        }
        new PortfolioWrite(em, progress).write(rows);
        ImportReport report = new ImportReport(fileName, settings, true, rows);
        audit.record(AuditAction.ACCOUNT_IMPORTED, "Account", null, report.toString());
        metrics.importCompleted(settings.preset().name().toLowerCase(java.util.Locale.ROOT));
        return report;
    }

    /**
     * Runs the import on a container thread, in a transaction of its own, and leaves its report or the reason
     * it failed in the job that the page polls.
     */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run(ImportJob job, byte[] csv, ImportSettings settings) {
        try {
            job.finish(context.getBusinessObject(AccountImportService.class)
                    .importAccounts(csv, settings, job.getFileName(), job));
        } catch (RuntimeException e) {
            BusinessRuleException business = businessError(e);
            if (business != null) {
                job.fail(business.messageKey(), business.arguments());
            } else {
                LOG.log(Level.SEVERE, "Account import of " + job.getFileName() + " failed; nothing was imported", e);
                job.fail(FAILED);
            }
        }
    }

    private List<AccountRow> checkedRows(byte[] csv, ImportSettings settings) {
        checkCurrency(settings.defaultCurrency());
        AccountFile file = AccountFile.read(csv, settings);
        new PortfolioCheck(em, file.mapping()).check(file.rows());
        return file.rows();
    }

    private static void checkCurrency(String code) {
        try {
            if (code.matches("[A-Z]{3}") && Currency.getInstance(code) != null) {
                return;
            }
        } catch (IllegalArgumentException unknown) {
            // refused below
        }
        throw new BusinessRuleException(BAD_CURRENCY, code);
    }

    private static BusinessRuleException businessError(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t instanceof EJBException ejb && ejb.getCausedByException() != null
                && ejb.getCausedByException() != t ? ejb.getCausedByException() : t.getCause()) {
            if (t instanceof BusinessRuleException business) {
                return business;
            }
        }
        return null;
    }

    /** The writing half of a commit: accounts in file order, batch by batch, then their parents. */
    private static final class PortfolioWrite {

        private final EntityManager em;
        private final ImportJob progress;
        private final Map<String, Long> idByCrmId = new HashMap<>();
        private final Map<String, Long> idByName = new HashMap<>();

        PortfolioWrite(EntityManager em, ImportJob progress) {
            this.em = em;
            this.progress = progress;
        }

        void write(List<AccountRow> rows) {
            List<AccountRow> valid = rows.stream().filter(AccountRow::isValid).toList();
            List<AccountRow> children = valid.stream().filter(r -> r.getParentReference() != null).toList();
            progress.start(valid.size() + children.size());
            for (int from = 0; from < valid.size(); from += BATCH) {
                writeAccounts(valid.subList(from, Math.min(valid.size(), from + BATCH)));
            }
            if (!children.isEmpty()) {
                linkParents(children);
            }
        }

        private void writeAccounts(List<AccountRow> batch) {
            List<String> crmIds = batch.stream().map(AccountRow::getCrmId).filter(id -> id != null).distinct().toList();
            Map<String, Account> byCrmId = new HashMap<>();
            if (!crmIds.isEmpty()) {
                em.createQuery("select a from Account a where a.crmId in :ids", Account.class)
                        .setParameter("ids", crmIds).getResultList().forEach(a -> byCrmId.put(a.getCrmId(), a));
            }
            List<Account> written = new ArrayList<>(batch.size());
            for (AccountRow row : batch) {
                Account account = row.getCrmId() == null ? null : byCrmId.get(row.getCrmId());
                if (account == null) {
                    account = new Account(row.getName(), row.getIndustry(), row.getCountry());
                    account.setCrmId(row.getCrmId());
                    em.persist(account);
                    if (row.getCrmId() != null) {
                        byCrmId.put(row.getCrmId(), account);
                    }
                }
                apply(row, account);
                written.add(account);
            }
            em.flush();
            for (Account account : written) {
                if (account.getCrmId() != null) {
                    idByCrmId.put(account.getCrmId(), account.getId());
                }
                idByName.putIfAbsent(PortfolioCheck.key(account.getName()), account.getId());
            }
            em.clear();
            progress.advance(batch.size());
        }

        private void linkParents(List<AccountRow> children) {
            PortfolioCheck portfolio = new PortfolioCheck(em, null); // the portfolio as written so far
            for (int from = 0; from < children.size(); from += BATCH) {
                List<AccountRow> batch = children.subList(from, Math.min(children.size(), from + BATCH));
                for (AccountRow row : batch) {
                    Long childId = row.getCrmId() != null ? idByCrmId.get(row.getCrmId())
                            : idByName.get(PortfolioCheck.key(row.getName()));
                    String reference = row.getParentReference();
                    Long parentId = idByCrmId.containsKey(reference) ? idByCrmId.get(reference)
                            : portfolio.existingId(reference);
                    Account child = em.find(Account.class, childId);
                    child.setParent(em.getReference(Account.class, parentId));
                }
                em.flush();
                em.clear();
                progress.advance(batch.size());
            }
        }

        private static void apply(AccountRow row, Account account) {
            account.setName(row.getName());
            if (row.getLegalId() != null) {
                account.setLegalId(row.getLegalId());
            }
            if (row.getIndustry() != null) {
                account.setIndustry(row.getIndustry());
            }
            if (row.getCountry() != null) {
                account.setCountry(row.getCountry());
            }
            if (row.getAnnualRevenue() != null || row.getCurrency() != null) {
                account.setRevenue(row.getAnnualRevenue() != null ? row.getAnnualRevenue() : account.getAnnualRevenue(),
                        row.getCurrency() != null ? row.getCurrency() : account.getCurrency());
            }
            if (row.getOurSales() != null) {
                account.setOurSalesLast12Months(row.getOurSales());
            }
            if (row.getCategorySpend() != null) {
                account.setTotalCategorySpend(row.getCategorySpend());
            }
            if (row.getNotes() != null) {
                account.setNotes(row.getNotes());
            }
        }
    }
}
