/**
 * The account workspace in the pages: the one header include every page of an account shows
 * ({@code WEB-INF/templates/account-header.xhtml}), fed by the {@code AccountWorkspace} service, and the page each
 * of its tabs opens.
 */
package com.kamplanner.web.workspace;
