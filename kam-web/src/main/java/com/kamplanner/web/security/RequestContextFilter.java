package com.kamplanner.web.security;

import com.kamplanner.platform.CorrelationId;
import com.kamplanner.platform.SecurityLog;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every response the request's correlation id, keeps it on the thread for the services' log lines, and
 * logs forbidden access, whether a service refused (403 from a page or the API) or the container did (the 403
 * error page dispatch).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST,
        DispatcherType.ERROR})
public class RequestContextFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object known = request.getAttribute(LoginMechanism.CORRELATION_ATTRIBUTE);
        String correlationId = known instanceof String id ? id
                : CorrelationId.accept(request.getHeader(CorrelationId.HEADER));
        CorrelationId.set(correlationId);
        if (!response.isCommitted()) {
            response.setHeader(CorrelationId.HEADER, correlationId);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            logForbidden(request, response);
            CorrelationId.clear();
        }
    }

    private static void logForbidden(HttpServletRequest request, HttpServletResponse response) {
        boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
        Object errorStatus = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        boolean forbidden = errorDispatch ? Integer.valueOf(403).equals(errorStatus)
                : response.getStatus() == 403 && request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null;
        if (forbidden) {
            Object uri = errorDispatch ? request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)
                    : request.getRequestURI();
            SecurityLog.log(SecurityLog.Event.FORBIDDEN, request.getRemoteUser(), null, request.getRemoteAddr(),
                    String.valueOf(uri));
        }
    }
}
