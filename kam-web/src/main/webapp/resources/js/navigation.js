/*
 * The header's disclosures (menu groups and the user menu) are native <details>: they open and close with the
 * keyboard and without this script. It only makes them behave like menus: opening one closes the others, and
 * Escape or a click elsewhere closes them (Escape gives the focus back to the group's summary). No inline script,
 * so it runs under a strict Content-Security-Policy.
 */
(function () {
    "use strict";

    var SELECTOR = "details.kam-disclosure";

    function openOnes() {
        return Array.prototype.slice.call(document.querySelectorAll(SELECTOR + "[open]"));
    }

    // "toggle" does not bubble: listen in the capture phase.
    document.addEventListener("toggle", function (event) {
        var opened = event.target;
        if (!opened.matches || !opened.matches(SELECTOR) || !opened.open) {
            return;
        }
        openOnes().forEach(function (other) {
            if (other !== opened) {
                other.open = false;
            }
        });
    }, true);

    document.addEventListener("keydown", function (event) {
        if (event.key !== "Escape") {
            return;
        }
        openOnes().forEach(function (details) {
            var hadFocus = details.contains(document.activeElement);
            details.open = false;
            if (hadFocus) {
                details.querySelector("summary").focus();
            }
        });
    });

    document.addEventListener("click", function (event) {
        openOnes().forEach(function (details) {
            if (!details.contains(event.target)) {
                details.open = false;
            }
        });
    });

    // PrimeFaces' simple p:fileUpload marks its native file field aria-hidden="true", although that field is the
    // control the keyboard reaches: screen readers would skip it (axe aria-hidden-focus). Give it back to them.
    function showFileFields() {
        document.querySelectorAll("input[type=file][aria-hidden=true]").forEach(function (input) {
            input.removeAttribute("aria-hidden");
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", showFileFields);
    } else {
        showFileFields();
    }
}());
