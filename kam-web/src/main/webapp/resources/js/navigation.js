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

    // PrimeFaces' data tables make their cells a grid for the arrow keys, and ENTER in a cell "clicks" the cell's first
    // link through jQuery, which never follows a link: a keyboard user could not open an account from the portfolio.
    // ENTER on a link in a table cell is kept from that handler (capture phase) and left to the browser, which
    // follows the link as it does everywhere else. Arrow keys between cells keep working.
    document.addEventListener("keydown", function (event) {
        var target = event.target;
        if ((event.key === "Enter") && target.matches && target.matches("td[role=gridcell] a[href]")) {
            event.stopPropagation();
        }
    }, true);

    // An ajax update that replaces the control holding the focus (a form closed by its own Save) drops the focus to
    // the page's top. The page marks where the focus goes back with the class kam-focus-back (WCAG 2.4.3);
    // p:focus cannot do it, as it never focuses a button.
    function giveFocusBack() {
        var target = document.querySelector(".kam-focus-back");
        if (target) {
            target.classList.remove("kam-focus-back");
            target.focus();
        }
    }

    // PrimeFaces' simple p:fileUpload marks its native file field aria-hidden="true", although that field is the
    // control the keyboard reaches: screen readers would skip it (axe aria-hidden-focus). Give it back to them.
    function showFileFields() {
        document.querySelectorAll("input[type=file][aria-hidden=true]").forEach(function (input) {
            input.removeAttribute("aria-hidden");
        });
    }
    function ready() {
        showFileFields();
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxComplete", giveFocusBack);
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", ready);
    } else {
        ready();
    }
}());
