package com.kamplanner.web.workspace;

import com.kamplanner.platform.PageView;
import jakarta.annotation.Resource;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * One transaction for the whole GET of an account's document pages (plan, strategy workspace, account, Key Account
 * Database) and of its KA team's page (the action plans, which the load test found the slowest page), which the service calls of the view join (issue 17). Each call used to be its own transaction with its
 * own persistence context, so a view read the account, its KAM and their roles, and committed, once per call (14
 * to 22 times a view) and batch-read the same strategy twice; in one transaction they share one persistence
 * context. The services check the caller's rights on every call as before ({@code AccountAccess} keeps the rights
 * for the transaction). Postbacks (the saves) keep their transaction per service call, so optimistic locking and
 * the messages of a refused save are unchanged. The transaction is marked as a {@link PageView}, so that a read two
 * parts of the page make (the matrix quadrant) is made once. A service refusing the view (a business exception, which marks the
 * transaction for rollback) rolls the whole view back; otherwise it commits, as each call did.
 */
@WebFilter(urlPatterns = {"/plan/plan.xhtml", "/strategy/workspace.xhtml", "/accounts/account.xhtml",
        "/situation/database.xhtml", "/plan/team.xhtml"}, dispatcherTypes = DispatcherType.REQUEST)
public class PageViewTransaction extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Resource
    transient UserTransaction transaction;

    @Resource
    transient TransactionSynchronizationRegistry transactions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        try {
            transaction.begin();
            PageView.begin(transactions);
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new ServletException("no transaction for the page view", e);
        }
        boolean done = false;
        try {
            chain.doFilter(request, response);
            done = true;
        } finally {
            end(done);
        }
    }

    private void end(boolean done) throws ServletException {
        try {
            if (done && transaction.getStatus() == Status.STATUS_ACTIVE) {
                transaction.commit();
            } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (Exception e) {
            throw new ServletException("the page view's transaction did not end", e);
        }
    }
}
