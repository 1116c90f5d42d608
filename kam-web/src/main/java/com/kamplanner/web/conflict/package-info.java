/**
 * The web side of kam-ejb {@code conflict}: the KA Director's conflict register ({@code programme/conflicts.xhtml})
 * and its Excel export at {@code /programme/conflicts/export}.
 */
package com.kamplanner.web.conflict;
