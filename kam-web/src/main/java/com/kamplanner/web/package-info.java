/**
 * The web module: JSF pages, their backing beans and the REST API, in the same feature packages as kam-ejb
 * ({@code people}, {@code account}, ...), plus {@code security}, {@code i18n}, {@code faces} and {@code api} for
 * what every page and endpoint shares.
 */
package com.kamplanner.web;
