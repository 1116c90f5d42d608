package com.kamplanner.web.situation;

import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.platform.NotFoundException;
import com.kamplanner.platform.StaleEditException;
import com.kamplanner.situation.DatabaseExport;
import com.kamplanner.situation.DatabaseExports;
import com.kamplanner.situation.DatabaseView;
import com.kamplanner.situation.FieldProblem;
import com.kamplanner.situation.InvalidSectionException;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.RemovedValue;
import com.kamplanner.situation.RichText;
import com.kamplanner.situation.SectionChange;
import com.kamplanner.situation.SectionInput;
import com.kamplanner.situation.SectionView;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.DocumentKind;
import com.kamplanner.template.DocumentTemplate;
import com.kamplanner.template.TableColumn;
import com.kamplanner.template.TemplateField;
import com.kamplanner.template.TemplateService;
import com.kamplanner.web.faces.PageMessages;
import com.kamplanner.web.i18n.Bundle;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.StreamedContent;

/**
 * Backs {@code situation/database.xhtml?account=}: the Key Account Database of one account, rendered from its
 * template, one form per section saved on its own. Holds what the user typed per section, so that a refused save
 * (invalid value, someone else's newer save) keeps it on screen with the message on the field.
 */
@Named
@ViewScoped
public class DatabasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    DatabaseExports exports;

    @Inject
    TemplateService templates;

    @Inject
    PageMessages messages;

    private Long account;
    private DatabaseView view;
    private final Map<String, SectionInput> inputs = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private final Set<String> conflicts = new HashSet<>();
    private String historySection;
    private SectionHistoryModel history;
    private DocumentTemplate newerTemplate;

    /** Loads the database of {@code ?account=}; someone else's account gives the forbidden page. */
    public void load() {
        if (account == null) {
            throw new NotFoundException();
        }
        view = databases.open(account);
        for (SectionView section : view.getSections()) {
            reset(section);
        }
        newerTemplate = view.getRights().isKam() ? templates.activeFor(DocumentKind.KEY_ACCOUNT_DATABASE,
                        view.getAccount().getSegment()).filter(t -> !t.getId().equals(view.getTemplate().getId()))
                .orElse(null) : null;
    }

    /** The KAM moves the database to the template version now active for the account's segment. */
    public void moveToNewerTemplate() {
        List<RemovedValue> removed = databases.moveToTemplate(account, newerTemplate.getId());
        messages.info("situation.moved", newerTemplate.getNumber(), removed.size());
        load();
    }

    public void save(String sectionKey) {
        errors.keySet().removeIf(k -> k.startsWith(sectionKey + "."));
        SectionView section = view.section(sectionKey);
        try {
            long version = databases.saveSection(account, sectionKey, versions.get(sectionKey), inputs.get(sectionKey));
            view = databases.open(account);
            versions.put(sectionKey, version);
            reset(view.section(sectionKey));
            conflicts.remove(sectionKey);
            messages.info("situation.saved", section.getSection().label(locale()));
        } catch (InvalidSectionException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                errors.merge(sectionKey + "." + problem.getFieldKey(), text(section, problem), (a, b) -> a + " " + b);
            }
            messages.error(InvalidSectionException.KEY, invalid.problems().size());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (StaleEditException stale) {
            conflicts.add(sectionKey);
            messages.error(StaleEditException.KEY);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** Drops the user's unsaved text of a section and shows what is stored now. */
    public void reload(String sectionKey) {
        view = databases.open(account);
        errors.keySet().removeIf(k -> k.startsWith(sectionKey + "."));
        conflicts.remove(sectionKey);
        reset(view.section(sectionKey));
    }

    public void addRow(String sectionKey, String fieldKey) {
        inputs.get(sectionKey).addRow(fieldKey);
    }

    public void removeRow(String sectionKey, String fieldKey, int index) {
        inputs.get(sectionKey).removeRow(fieldKey, index);
    }

    public void showHistory(String sectionKey) {
        historySection = sectionKey;
        history = new SectionHistoryModel(databases, account, sectionKey);
    }

    public void hideHistory() {
        historySection = null;
        history = null;
    }

    public StreamedContent getDocx() {
        Locale locale = locale();
        return DownloadResponse.streamed(exports.docx(account, locale, key -> Bundle.text(locale, key)));
    }

    public StreamedContent getXlsx() {
        Locale locale = locale();
        return DownloadResponse.streamed(exports.xlsx(account, locale, key -> Bundle.text(locale, key)));
    }

    // ---- for the page ------------------------------------------------------------------------------------------

    /** A stored value as a reader sees it (choices by label, dates and amounts formatted). */
    public String display(SectionView section, TemplateField field) {
        return DatabaseExport.display(field.getType(), field.getChoiceOptions(), section.getValues().get(field.getKey()),
                locale(), currency());
    }

    /** Rich text, sanitised again on the way out. */
    public String html(SectionView section, TemplateField field) {
        String clean = RichText.sanitize(section.getValues().get(field.getKey()));
        return clean == null ? "" : clean;
    }

    public List<Map<String, String>> storedRows(SectionView section, TemplateField field) {
        return TableRows.read(section.getValues().get(field.getKey()));
    }

    public String cell(TableColumn column, String value) {
        return DatabaseExport.display(column.getType(), column.getChoiceOptions(), value, locale(), currency());
    }

    public String fieldLabel(String sectionKey, String fieldKey) {
        return view.getTemplate().field(sectionKey, fieldKey).map(f -> f.label(locale())).orElse(fieldKey);
    }

    /** The currency of the account's amounts. */
    private String currency() {
        return view.getAccount().getCurrency();
    }

    /** An old or new value of the history as a reader sees it: table rows as "column: value" lines. */
    public String changeText(SectionChange change, String value) {
        if (value == null) {
            return "";
        }
        TemplateField field = view.getTemplate().field(change.getSectionKey(), change.getFieldKey()).orElse(null);
        if (field == null) {
            return RichText.plain(value);
        }
        if (!field.isTable()) {
            return DatabaseExport.display(field.getType(), field.getChoiceOptions(), value, locale(), currency());
        }
        StringBuilder text = new StringBuilder();
        for (Map<String, String> row : TableRows.read(value)) {
            StringBuilder line = new StringBuilder();
            for (TableColumn column : field.getColumns()) {
                String cell = row.get(column.getKey());
                if (cell != null) {
                    line.append(line.length() == 0 ? "" : " · ").append(column.label(locale())).append(": ")
                            .append(cell(column, cell));
                }
            }
            text.append(line).append('\n');
        }
        return text.toString().trim();
    }

    public String error(String sectionKey, String fieldKey) {
        return errors.get(sectionKey + "." + fieldKey);
    }

    public boolean conflicted(String sectionKey) {
        return conflicts.contains(sectionKey);
    }

    public String sectionUrl(String sectionKey) {
        return "#section-" + sectionKey;
    }

    // ---- state -------------------------------------------------------------------------------------------------

    private void reset(SectionView section) {
        SectionInput input = new SectionInput();
        for (TemplateField field : section.getSection().getFields()) {
            String stored = section.getValues().get(field.getKey());
            if (field.isTable()) {
                for (Map<String, String> row : TableRows.read(stored)) {
                    input.row(field.getKey(), new LinkedHashMap<>(row));
                }
                if (input.rows(field.getKey()).isEmpty() && section.isWritable()) {
                    input.addRow(field.getKey());
                }
            } else {
                input.value(field.getKey(), stored);
            }
        }
        inputs.put(section.getKey(), input);
        versions.put(section.getKey(), section.getVersion());
    }

    private String text(SectionView section, FieldProblem problem) {
        if (problem.getColumnKey() == null) {
            return Bundle.text(locale(), problem.getMessageKey());
        }
        String column = section.getSection().field(problem.getFieldKey()).flatMap(f -> f.getColumns().stream()
                        .filter(c -> c.getKey().equals(problem.getColumnKey())).findFirst())
                .map(c -> c.label(locale())).orElse(problem.getColumnKey());
        return Bundle.text(locale(), problem.getMessageKey(), problem.getRow(), column);
    }

    Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public Long getAccount() {
        return account;
    }

    public void setAccount(Long account) {
        this.account = account;
    }

    public DatabaseView getView() {
        return view;
    }

    public Map<String, SectionInput> getInputs() {
        return inputs;
    }

    public String getHistorySection() {
        return historySection;
    }

    public SectionHistoryModel getHistory() {
        return history;
    }

    public DocumentTemplate getNewerTemplate() {
        return newerTemplate;
    }

    public Locale getLocale() {
        return locale();
    }
}
