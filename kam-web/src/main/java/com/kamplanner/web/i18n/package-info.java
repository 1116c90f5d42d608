/** English and French: the UI bundles, the language a user picked for the session, and text lookup by key. */
package com.kamplanner.web.i18n;
