package com.kamplanner.web.situation;

import com.kamplanner.platform.Download;
import com.kamplanner.platform.JsonBuilders;
import com.kamplanner.web.faces.DownloadResponse;
import com.kamplanner.situation.DatabaseExports;
import com.kamplanner.situation.DatabaseView;
import com.kamplanner.situation.KeyAccountDatabaseService;
import com.kamplanner.situation.RemovedValue;
import com.kamplanner.situation.SectionView;
import com.kamplanner.situation.Stakeholder;
import com.kamplanner.situation.StakeholderFlags;
import com.kamplanner.situation.TableRows;
import com.kamplanner.template.TemplateField;
import com.kamplanner.web.i18n.Bundle;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/accounts/{id}/database}: the account's Key Account Database as JSON, the filled template as the
 * caller may see it (labels in the caller's language), with completeness, stale flags and the stakeholder map;
 * {@code .../database/docx} and {@code .../database/xlsx} give the exports. The class path names the whole
 * {@code accounts/{id}/database} prefix so that it never shadows {@code GET /api/accounts/{id}}. The service decides who sees what: a
 * KAM asking for another KAM's account gets 403.
 */
@Path("accounts/{id}/database")
public class DatabaseResource {

    @Inject
    KeyAccountDatabaseService databases;

    @Inject
    DatabaseExports exports;

    @Context
    HttpHeaders headers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject get(@PathParam("id") long accountId) {
        Locale locale = locale();
        DatabaseView view = databases.open(accountId);
        JsonArrayBuilder sections = JsonBuilders.array();
        for (SectionView section : view.getSections()) {
            JsonArrayBuilder fields = JsonBuilders.array();
            for (TemplateField field : section.getSection().getFields()) {
                JsonObjectBuilder json = JsonBuilders.object().add("key", field.getKey())
                        .add("label", field.label(locale)).add("type", field.getType().name())
                        .add("mandatory", field.isMandatory());
                String value = section.getValues().get(field.getKey());
                if (field.isTable()) {
                    JsonArrayBuilder rows = JsonBuilders.array();
                    for (Map<String, String> row : TableRows.read(value)) {
                        JsonObjectBuilder cells = JsonBuilders.object();
                        row.forEach(cells::add);
                        rows.add(cells);
                    }
                    json.add("rows", rows);
                } else if (value == null) {
                    json.addNull("value");
                } else {
                    json.add("value", value);
                }
                fields.add(json);
            }
            JsonObjectBuilder json = JsonBuilders.object().add("key", section.getKey())
                    .add("label", section.getSection().label(locale))
                    .add("completeness", section.getCompleteness()).add("stale", section.isStale())
                    .add("writable", section.isWritable()).add("version", section.getVersion())
                    .add("fields", fields);
            if (section.getUpdatedAt() != null) {
                json.add("updatedAt", section.getUpdatedAt().toString()).add("updatedBy", section.getUpdatedBy());
            }
            sections.add(json);
        }
        JsonArrayBuilder removed = JsonBuilders.array();
        for (RemovedValue value : view.getRemovedValues()) {
            removed.add(JsonBuilders.object().add("section", value.getSectionKey())
                    .add("field", value.getFieldKey()).add("value", value.getValue()));
        }
        return JsonBuilders.object()
                .add("accountId", accountId)
                .add("account", view.getAccount().getName())
                .add("template", JsonBuilders.object().add("id", view.getTemplate().getId())
                        .add("number", view.getTemplate().getNumber()).add("name", view.getTemplate().getName()))
                .add("completeness", view.getCompleteness().getOverall())
                .add("minimumCompleteness", view.getCompleteness().getMinimum())
                .add("reviewMonths", view.getReviewMonths())
                .add("sections", sections)
                .add("removedValues", removed)
                .add("stakeholders", stakeholders(databases.stakeholders(accountId)))
                .build();
    }

    @GET
    @Path("docx")
    @Produces(Download.DOCX)
    public Response docx(@PathParam("id") long accountId) {
        Locale locale = locale();
        return DownloadResponse.response(exports.docx(accountId, locale, key -> Bundle.text(locale, key)));
    }

    @GET
    @Path("xlsx")
    @Produces(Download.XLSX)
    public Response xlsx(@PathParam("id") long accountId) {
        Locale locale = locale();
        return DownloadResponse.response(exports.xlsx(accountId, locale, key -> Bundle.text(locale, key)));
    }

    private static JsonArrayBuilder stakeholders(List<Stakeholder> contacts) {
        JsonArrayBuilder array = JsonBuilders.array();
        LocalDate today = LocalDate.now();
        for (Stakeholder s : contacts) {
            JsonObjectBuilder json = JsonBuilders.object().add("id", s.getId()).add("name", s.getName())
                    .add("decisionRole", s.getDecisionRole().name()).add("influence", s.getInfluence())
                    .add("attitude", s.getAttitude().name())
                    .add("influentialOpponent", s.isInfluentialOpponent())
                    .add("notMetRecently", s.notMetFor(StakeholderFlags.NOT_MET_MONTHS, today));
            if (s.getTitle() != null) {
                json.add("title", s.getTitle());
            }
            if (s.getReportsTo() != null) {
                json.add("reportsTo", s.getReportsTo().getId());
            }
            if (s.getRelationshipOwner() != null) {
                json.add("relationshipOwner", s.getRelationshipOwner().getUsername());
            }
            if (s.getLastContact() != null) {
                json.add("lastContact", s.getLastContact().toString());
            }
            array.add(json);
        }
        return array;
    }

    private Locale locale() {
        return headers == null || headers.getAcceptableLanguages().isEmpty() ? Locale.ENGLISH
                : Bundle.supported(headers.getAcceptableLanguages().get(0));
    }
}
