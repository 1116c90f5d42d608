package com.kamplanner.web.faces;

import com.kamplanner.platform.Download;
import com.kamplanner.platform.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The one way the web layer serves a {@link Download}, whether a page, a servlet or the REST API hands it out:
 * the file's media type, its length and a {@code Content-Disposition} naming the file, and for servlets the same
 * answer to every failure (400 for a malformed parameter, 403 when refused, 404 when unknown).
 */
public final class DownloadResponse {

    private DownloadResponse() {
    }

    /** {@code attachment; filename="..."}: the browser saves the file under the name the service gave it. */
    public static String contentDisposition(Download file) {
        return "attachment; filename=\"" + file.fileName() + "\"";
    }

    /** For a page's {@code p:fileDownload}. */
    public static StreamedContent streamed(Download file) {
        return DefaultStreamedContent.builder().name(file.fileName()).contentType(file.mediaType())
                .contentLength((long) file.bytes().length).stream(() -> new ByteArrayInputStream(file.bytes()))
                .build();
    }

    /** For a REST resource; refusals and unknown ids are the API's exception mappers' business, as everywhere. */
    public static Response response(Download file) {
        return Response.ok(file.bytes(), file.mediaType()).header("Content-Disposition", contentDisposition(file))
                .build();
    }

    /** For a servlet: builds the file and writes it, or answers the failure with its status. */
    public static void serve(HttpServletResponse response, Supplier<Download> build) throws IOException {
        Download file;
        try {
            file = build.get();
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        } catch (RuntimeException e) {
            if (BusinessErrors.isAccessDenied(e)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else if (BusinessErrors.find(e).filter(b -> b instanceof NotFoundException).isPresent()) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
            } else {
                throw e;
            }
            return;
        }
        response.setContentType(file.mediaType());
        response.setHeader("Content-Disposition", contentDisposition(file));
        response.setContentLength(file.bytes().length);
        response.getOutputStream().write(file.bytes());
    }
}
