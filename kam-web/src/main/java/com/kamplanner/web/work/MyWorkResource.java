package com.kamplanner.web.work;

import com.kamplanner.web.api.ApiLanguage;
import com.kamplanner.work.WorkItem;
import com.kamplanner.work.WorkList;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/me/work}: the caller's work list, as their home page shows it, most urgent first, at most 200
 * items; titles in the caller's language (Accept-Language, else their stored preference), dates as ISO dates or null. Every role may ask; what
 * each sees is decided by {@link WorkList} and the services behind it.
 */
@Path("me/work")
@Produces(MediaType.APPLICATION_JSON)
public class MyWorkResource {

    /** One item as the API shows it; {@code kind} is a {@code WorkKind} constant, {@code url} relative to the root. */
    @JsonbNillable
    public record Item(String kind, Long accountId, String title, String due, String since, String url) {
    }

    /** The answer: the items, most urgent first. */
    public record Work(List<Item> items) {
    }

    @Inject
    WorkList work;

    @Context
    HttpHeaders headers;

    @Inject
    ApiLanguage language;

    @GET
    public Work mine() {
        Locale locale = language.of(headers);
        return new Work(work.mine().stream().map(i -> item(i, locale)).toList());
    }

    static Item item(WorkItem item, Locale locale) {
        return new Item(item.kind().name(), item.accountId(), WorkTitles.title(item, locale), iso(item.due()),
                iso(item.since()), item.url());
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
