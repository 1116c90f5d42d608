package com.kamplanner.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * What a browser does with a JSF page, done by hand: every page is checked (status, heading) and leaves its
 * {@code jakarta.faces.ViewState} and PrimeFaces' CSP nonce in the virtual user's session, and every AJAX post sends
 * them back as PrimeFaces would ({@code Faces-Request: partial/ajax}, {@code primefaces.nonce}), then takes the
 * view state of the partial response. A partial response holding an {@code <error>} or a {@code <redirect>} (an
 * expired view or session) is a failed request, not a silent 200.
 */
final class Jsf {

    static final String VIEW_STATE = "jakarta.faces.ViewState";

    private Jsf() {
    }

    /** The real login form: the page, then its post with the page's view state; the home page must follow. */
    static ChainBuilder login() {
        return exec(http("login: page").get("/login.xhtml")
                .check(status().is(200), css("h1").is("Sign in"),
                        css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState")))
                .exec(http("login: post").post("/login.xhtml")
                        .formParam("login", "login")
                        .formParam("login:username", "#{username}")
                        .formParam("login:password", "#{password}")
                        .formParam("login:submit", "")
                        .formParam(VIEW_STATE, "#{viewState}")
                        .check(status().is(200), css("h1.kam-title").is("Home")))
                // A user who could not log in goes no further: one failure, not one per page that follows.
                .exitHereIfFailed();
    }

    /** A page with a known heading. */
    static HttpRequestActionBuilder page(String name, String url, String heading) {
        return http(name).get(url).check(status().is(200), css("h1.kam-title").is(heading));
    }

    /** A page whose heading is the account's name. */
    static HttpRequestActionBuilder accountPage(String name, String url) {
        return http(name).get(url).check(status().is(200), css("h1#account-name").exists());
    }

    /** A page whose form the user goes on to post: its view state and nonce are kept. */
    static HttpRequestActionBuilder formPage(HttpRequestActionBuilder page) {
        return page.check(css("input[name='" + VIEW_STATE + "']", "value").saveAs("viewState"),
                css("script[nonce]", "nonce").saveAs("nonce"));
    }

    /**
     * A PrimeFaces AJAX post from the form {@code form}: the component {@code source} fires, {@code execute} is
     * processed, {@code render} comes back.
     */
    static HttpRequestActionBuilder ajax(String name, String url, String form, String source, String execute,
                                         String render) {
        return http(name).post(url)
                .header("Faces-Request", "partial/ajax")
                .header("X-Requested-With", "XMLHttpRequest")
                .formParam("jakarta.faces.partial.ajax", "true")
                .formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute)
                .formParam("jakarta.faces.partial.render", render)
                .formParam(form, form)
                .formParam(VIEW_STATE, "#{viewState}")
                .formParam("primefaces.nonce", "#{nonce}")
                .check(status().is(200), substring("<partial-response").exists(),
                        substring("<error>").notExists(), substring("<redirect").notExists(),
                        regex("ViewState:0\"><!\\[CDATA\\[([^\\]]+)]]>").saveAs("viewState"));
    }
}
